#pragma once

#include <QDateTime>
#include <QString>

namespace nomo {

// One event from Salla as the daemon processed it: a row of the daemon's event log,
// an item of GET /api/v1/activity, and a row of the console's activity list.
struct ActivityEvent
{
    qint64 id = 0;
    QString eventType; // "order.created"
    QString source;    // webhook | reconcile
    QString status;    // pending | processed | ignored | failed
    int attempts = 0;
    QString lastError; // empty: none
    QDateTime receivedAt;
    QDateTime processedAt; // invalid: not yet
};

} // namespace nomo
