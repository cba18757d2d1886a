#pragma once

#include "domain/Merchant.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace nomo {

// A background job that gave up (or a periodic one's last error), with its reason.
struct JobFailure
{
    QString kind; // salla.profile, salla.reconcile.store, ...
    int attempts = 0;
    QString error;
    QDateTime at;
};

// The answer of GET /api/v1/status: the store, its Salla authorization, what became
// of its events and how its background work goes. The console keeps the last one, so
// the banner and the counts show offline too.
struct StoreStatus
{
    enum class Authorization { Ok, NeedsReauth, Missing };

    qint64 merchantId = 0;
    QString merchantName;
    QString merchantAvatarUrl; // the store's logo ("" when Salla gave none)
    Merchant::Status merchantStatus = Merchant::Status::Pending;
    Authorization sallaAuthorization = Authorization::Missing;

    struct EventCounts
    {
        qint64 pending = 0, processed = 0, ignored = 0, failed = 0;
        qint64 recovered = 0; // stored by reconcile: webhooks Salla never delivered
    } events;

    struct JobCounts
    {
        qint64 pending = 0, running = 0, done = 0, failed = 0;
        QList<JobFailure> failures; // newest first
    } jobs;

    QDateTime lastEventAt; // invalid: no event yet
    qint64 lastSeq = 0;
};

} // namespace nomo
