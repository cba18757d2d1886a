#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace nomo {

// One entry of a merchant's change feed: what the console must apply to its cache.
struct Change
{
    qint64 seq = 0;
    QString entity;   // feature, coupon, customer, order, ...
    QString entityId;
    QString op;       // upsert | delete
    QJsonObject payload;
    QDateTime changedAt;
};

} // namespace nomo
