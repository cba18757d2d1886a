#pragma once

#include "money/Money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace nomo {

// An order as Nomo Flow needs it for reports and attribution.
struct Order
{
    qint64 id = 0;
    qint64 sallaId = 0;
    QString referenceId; // the number merchant and shopper see
    std::optional<qint64> customerId; // our customers.id
    QString status;                   // Salla's slug
    Money total;
    Money discount;
    std::optional<Money> tax; // VAT (amounts.tax): unknown in the light model
    QString couponCode;
    QString paymentMethod;
    QString city;
    int itemCount = 0;
    // The first line's product, as the latest-purchase toast shows it (Salla's name,
    // thumbnail and page address); empty when the payload has no items.
    QString productName;
    QString productImage;
    QString productUrl;
    QDateTime orderedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime sourceAt; // Salla's time of this state (invalid: unknown); older states are refused
    // order.status.updated carries a light order: a status and a total, no amounts,
    // items or coupon. Its upsert keeps what the stored order knows of those.
    bool light = false;
    // The address and browser Salla saw the shopper check out from (source_details):
    // never stored, only hashed with the day's salt to find their visit (attribution).
    QString shopperAddress;
    QString shopperAgent;
};

} // namespace nomo
