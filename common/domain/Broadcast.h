#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace nomo {

// One message to a segment of the store's shoppers at a chosen time (0014_broadcasts.sql).
struct Broadcast
{
    qint64 id = 0;
    QString name;
    QString segment = QStringLiteral("everyone"); // everyone | recent_buyers | lapsed | never_bought
    int segmentDays = 0; // recent_buyers: bought within; lapsed: not bought for
    QStringList channels; // in order of preference
    QString language = QStringLiteral("ar");
    std::optional<qint64> couponId;
    QDateTime sendAt;
    QString occasion;
    QString status = QStringLiteral("scheduled"); // scheduled | sending | sent | cancelled
    qint64 cursor = 0;
    int planned = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    // What its messages became (from the messages table).
    struct Counts
    {
        int sent = 0, delivered = 0, opened = 0, clicked = 0, orders = 0, notSent = 0, waiting = 0;
    } counts;
};

} // namespace nomo
