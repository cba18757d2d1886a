#pragma once

#include "json/WireCodec.h"

#include <QJsonObject>

namespace nomo {

struct SalesSource;
struct CouponSales;
struct MessageSales;
struct SalesDay;
struct LiftGroup;
struct ToolLift;

// The Reports page's day on the change feed ("sales_day") and in the reports API, both
// ways: halalas as integers, the day as YYYY-MM-DD (Riyadh). Golden file:
// tests/data/wire/sales_day.json.
QJsonObject toJson(const SalesSource &source);
template<> QString wireName<SalesSource>();
template<> Result<SalesSource> fromJson<SalesSource>(const JsonField &at);
QJsonObject toJson(const CouponSales &coupon);
template<> QString wireName<CouponSales>();
template<> Result<CouponSales> fromJson<CouponSales>(const JsonField &at);
QJsonObject toJson(const MessageSales &messages);
template<> QString wireName<MessageSales>();
template<> Result<MessageSales> fromJson<MessageSales>(const JsonField &at);
QJsonObject toJson(const LiftGroup &group);
template<> QString wireName<LiftGroup>();
template<> Result<LiftGroup> fromJson<LiftGroup>(const JsonField &at);
QJsonObject toJson(const ToolLift &lift);
template<> QString wireName<ToolLift>();
template<> Result<ToolLift> fromJson<ToolLift>(const JsonField &at);
QJsonObject toJson(const SalesDay &day);
template<> QString wireName<SalesDay>();
template<> Result<SalesDay> fromJson<SalesDay>(const JsonField &at);

} // namespace nomo
