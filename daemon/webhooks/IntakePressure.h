#pragma once

#include <atomic>
#include <chrono>

namespace nomo {

// Whether deliveries are queuing at the webhook intake's door: its groups have held
// many deliveries each, lately. A group is every delivery verified while the one
// before it was stored, so its size is how many wait on one commit. Then every core
// the worker takes is taken from the 200s they wait for, and the worker yields between
// its batches until the queue has gone (QueueWorker::setHold, EventDrain::setHold).
//
// Why not a lower priority alone: it did not keep the worker off the cores the intake
// needed (measured: five steps nicer, or nineteen, the worker still took half a core
// or more during a burst and delayed each wake-up of the intake thread by over a
// millisecond; docs/benchmarks.md). An idle-class worker did, but then it held locks
// the intake needed while it waited for a core. Yielding between batches holds nothing.
//
// A stream that Salla sends at a pace keeps few deliveries in flight, so its groups are
// small and the worker keeps up with it; a burst with many deliveries at once makes
// large groups, and the worker catches up after.
class IntakePressure
{
public:
    using Clock = std::chrono::steady_clock;

    // `queued`: the groups' running mean size from which deliveries count as queuing;
    // `lasting`: how long after the last group that still holds.
    explicit IntakePressure(double queued = 12, std::chrono::milliseconds lasting = std::chrono::milliseconds(50))
        : m_queued(queued)
        , m_lasting(lasting)
    {
    }

    // The intake thread, as it takes each group.
    void group(int deliveries, Clock::time_point now = Clock::now())
    {
        // A running mean over the last few groups: one large group is not a queue.
        const double mean = m_mean.load(std::memory_order_relaxed);
        m_mean.store(mean + (deliveries - mean) * kWeight, std::memory_order_relaxed);
        m_lastGroup.store(now.time_since_epoch().count(), std::memory_order_relaxed);
    }

    // Any thread.
    bool high(Clock::time_point now = Clock::now()) const
    {
        const Clock::duration since = now.time_since_epoch() - Clock::duration(m_lastGroup.load(std::memory_order_relaxed));
        return since < m_lasting && m_mean.load(std::memory_order_relaxed) >= m_queued;
    }

private:
    static constexpr double kWeight = 0.25;
    const double m_queued;
    const std::chrono::milliseconds m_lasting;
    std::atomic<double> m_mean{0};
    std::atomic<Clock::rep> m_lastGroup{0};
};

} // namespace nomo
