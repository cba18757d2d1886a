#pragma once

#include <QJsonObject>

namespace nomo {

struct Change;
struct Coupon;
struct Customer;
struct FeatureState;
struct Order;

// Wire forms of the domain types, as the change feed and the console API carry
// them: money as integer halalas, times as ISO 8601 UTC, ids as numbers.
// One definition file per family (FeatureJson.cpp, CouponJson.cpp, ...).
QJsonObject toJson(const Change &change);
QJsonObject toJson(const FeatureState &feature);
QJsonObject toJson(const Coupon &coupon);
QJsonObject toJson(const Customer &customer);
QJsonObject toJson(const Order &order);

} // namespace nomo
