#pragma once

#include <QDateTime>

namespace nomo {

// Where "now" comes from. Production code asks a Clock, never QDateTime directly, so
// tests can move time (token expiry, grace periods, day buckets) without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    // The process-wide system clock.
    static const Clock &system();
};

// A clock that stands still until told to move; for tests and the simulator.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime startUtc);
    QDateTime nowUtc() const override;
    void set(QDateTime utc);
    void advance(qint64 milliseconds);

private:
    QDateTime m_now;
};

} // namespace nomo
