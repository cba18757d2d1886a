#include "db/WriteGate.h"

#include <atomic>
#include <functional>
#include <thread>

#include <QList>
#include <QString>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using nomo::db::WriteGate;
using nomo::db::WritePriority;

namespace {
void waitUntil(const std::function<bool()> &condition)
{
    for (int i = 0; i < 2000 && !condition(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
}
} // namespace

TEST(WriteGate, ForegroundWritersGoBeforeQueuedBackgroundOnes)
{
    WriteGate &gate = WriteGate::forDatabase(u"write-gate-test-priority"_s);
    gate.lock(WritePriority::Background); // the worker holds the lock
    std::mutex orderMutex;
    QList<QString> order;
    std::atomic<int> queued = 0;
    auto writer = [&](WritePriority priority, QString name) {
        return std::thread([&, priority, name] {
            ++queued;
            gate.lock(priority);
            {
                std::lock_guard guard(orderMutex);
                order.append(name);
            }
            gate.unlock();
        });
    };
    std::thread background = writer(WritePriority::Background, u"background"_s);
    waitUntil([&] {
        return gate.waiting() == 1; // queued on the gate
    });
    EXPECT_EQ(gate.waiting(), 1);
    EXPECT_FALSE(gate.foregroundWaiting());
    std::thread foreground = writer(WritePriority::Foreground, u"foreground"_s);
    waitUntil([&] {
        return gate.foregroundWaiting();
    });
    EXPECT_TRUE(gate.foregroundWaiting()) << "the holder is told someone waits";
    gate.unlock();
    background.join();
    foreground.join();
    EXPECT_EQ(order, (QList<QString> { u"foreground"_s, u"background"_s }));
    EXPECT_FALSE(gate.foregroundWaiting());
}

TEST(WriteGate, WritersOfOneKindTakeTurnsInArrivalOrder)
{
    WriteGate &gate = WriteGate::forDatabase(u"write-gate-test-fifo"_s);
    gate.lock(WritePriority::Foreground);
    std::mutex orderMutex;
    QList<int> order;
    std::vector<std::thread> writers;
    std::atomic<int> queued = 0;
    for (int i = 0; i < 5; ++i) {
        writers.emplace_back([&, i] {
            ++queued;
            gate.lock(WritePriority::Foreground);
            {
                std::lock_guard guard(orderMutex);
                order.append(i);
            }
            gate.unlock();
        });
        waitUntil([&] {
            return gate.waiting() == i + 1; // in the queue before the next
        });
        EXPECT_EQ(gate.waiting(), i + 1);
    }
    gate.unlock();
    for (auto &writer : writers)
        writer.join();
    EXPECT_EQ(order, (QList<int> { 0, 1, 2, 3, 4 }));
}
