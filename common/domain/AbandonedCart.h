#pragma once

#include "money/Money.h"

#include <QDateTime>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace nomo {

// A cart a shopper left before paying (abandoned.cart), or bought later.
struct AbandonedCart
{
    qint64 id = 0;
    qint64 sallaId = 0;
    std::optional<qint64> customerId;
    Money total;
    QString checkoutUrl;
    QJsonArray items; // as Salla sends them: [{product_id, quantity}] (names are not in the webhook)
    QString status = QStringLiteral("abandoned"); // abandoned | purchased
    QDateTime abandonedAt;
    QDateTime updatedAt;
    QDateTime sourceAt; // Salla's time of this state (invalid: unknown); older states are refused
};

} // namespace nomo
