#include "core/Clock.h"

namespace nomo {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

ManualClock::ManualClock(QDateTime startUtc)
    : m_now(startUtc.toUTC())
{
}

QDateTime ManualClock::nowUtc() const
{
    return m_now;
}

void ManualClock::set(QDateTime utc)
{
    m_now = utc.toUTC();
}

void ManualClock::advance(qint64 milliseconds)
{
    m_now = m_now.addMSecs(milliseconds);
}

} // namespace nomo
