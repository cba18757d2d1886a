#pragma once

#include "jobs/Job.h"
#include "jobs/JobKinds.h"

#include <QJsonObject>

namespace nomo {

// The send job of one message, due when it is: unique per message (a plan seen twice
// queues once). Salla's own messages go by their kind with slots of their own, and
// fewer tries (an OTP late is no OTP).
inline JobSpec messageSendJob(qint64 merchantId, qint64 messageId, const QDateTime &due, bool salla = false)
{
    const QString kind = QString::fromUtf16(salla ? job_kinds::kMessageSendSalla : job_kinds::kMessageSend);
    return JobSpec{kind, merchantId, QStringLiteral("%1:%2:%3").arg(kind).arg(merchantId).arg(messageId),
                   QJsonObject{{QStringLiteral("message_id"), messageId}}, due, salla ? 5 : 12, 0};
}

} // namespace nomo
