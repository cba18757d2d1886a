#pragma once

#include <QDateTime>

namespace nomo::sim {

// The simulator's "now": the real clock plus an offset that tests move forward
// (POST /_sim/clock/advance) to expire tokens and codes without waiting.
class SimClock
{
public:
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs); }
    qint64 nowSecs() const { return now().toSecsSinceEpoch(); }
    void advance(qint64 milliseconds) { m_offsetMs += milliseconds; }
    qint64 offsetMs() const { return m_offsetMs; }

private:
    qint64 m_offsetMs = 0;
};

} // namespace nomo::sim
