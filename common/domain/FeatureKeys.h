#pragma once

#include <QStringList>

namespace nomo {

// The marketing features a merchant can switch on, in dashboard order.
inline QStringList featureKeys()
{
    return {QStringLiteral("coupons"),
            QStringLiteral("notifications"),
            QStringLiteral("visitor_counter"),
            QStringLiteral("email_collector"),
            QStringLiteral("visitor_data"),
            QStringLiteral("latest_purchase")};
}

} // namespace nomo
