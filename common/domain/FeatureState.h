#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace nomo {

// One marketing feature of one merchant: on or off, its settings, and a version
// that every change bumps (the console sends it back as If-Match).
struct FeatureState
{
    QString key; // coupons, notifications, visitor_counter, email_collector, visitor_data, latest_purchase
    bool enabled = false;
    QJsonObject settings;
    qint64 version = 0;
    QDateTime updatedAt;
};

} // namespace nomo
