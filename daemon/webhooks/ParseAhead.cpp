#include "webhooks/ParseAhead.h"

#include <algorithm>

namespace nomo {

ParseAhead::ParseAhead(JsonLimits limits)
    : m_limits(limits)
    , m_useHelper(std::thread::hardware_concurrency() > 1)
{
}

ParseAhead::~ParseAhead()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_helper.joinable())
        m_helper.join();
}

void ParseAhead::expect(QList<std::pair<qint64, QByteArray>> bodies)
{
    if (!m_useHelper)
        return;
    {
        const std::lock_guard lock(m_mutex);
        ++m_lists;
        // Older than the last list: stale guesses, but for the one the helper holds.
        m_slots.remove_if([this](const Slot &slot) {
            return slot.state != State::Parsing && slot.list + 1 < m_lists;
        });
        for (auto &[id, body] : bodies)
            m_slots.push_back(Slot { id, std::move(body), m_lists });
        if (!m_helper.joinable())
            m_helper = std::thread([this] {
                run();
            });
    }
    m_changed.notify_all();
}

Result<QJsonObject> ParseAhead::take(qint64 id, const QByteArray &body)
{
    {
        std::unique_lock lock(m_mutex);
        const auto slot = std::find_if(m_slots.begin(), m_slots.end(), [id](const Slot &s) {
            return s.id == id;
        });
        if (slot != m_slots.end() && slot->state != State::Taken) {
            if (slot->state == State::Parsing) // nearly done: waiting beats parsing it twice
                m_changed.wait(lock, [&] {
                    return slot->state == State::Done;
                });
            const bool ready = slot->state == State::Done;
            slot->state = State::Taken; // the helper skips one still waiting
            // The body expected is the body stored: else this one is parsed below.
            if (ready && slot->body == body) {
                ++m_counts.ahead;
                Result<QJsonObject> document = std::move(slot->document);
                m_slots.erase(slot);
                return document;
            }
        }
        ++m_counts.inPlace;
    }
    return parseJsonObject(body, m_limits);
}

ParseAhead::Counts ParseAhead::counts() const
{
    const std::lock_guard lock(m_mutex);
    return m_counts;
}

bool ParseAhead::caughtUp() const
{
    const std::lock_guard lock(m_mutex);
    return std::none_of(m_slots.begin(), m_slots.end(), [](const Slot &s) {
        return s.state == State::Waiting || s.state == State::Parsing;
    });
}

void ParseAhead::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        auto next = m_slots.end();
        m_changed.wait(lock, [&] {
            next = std::find_if(m_slots.begin(), m_slots.end(), [](const Slot &s) {
                return s.state == State::Waiting;
            });
            return m_stopping || next != m_slots.end();
        });
        if (m_stopping)
            return;
        next->state = State::Parsing;
        const QByteArray body = next->body; // shared, not copied
        lock.unlock();
        Result<QJsonObject> document = parseJsonObject(body, m_limits);
        lock.lock();
        next->document = std::move(document);
        next->state = State::Done;
        m_changed.notify_all();
    }
}

} // namespace nomo
