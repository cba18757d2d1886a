#pragma once

#include "json/WireCodec.h"

#include <QJsonObject>
#include <QStringList>

namespace nomo {

struct AbandonedCart;
struct ActivityEvent;
struct ApiError;
struct Change;
struct ChangePage;
struct ConsoleDevice;
struct Coupon;
struct Customer;
struct DeviceRevocation;
struct EmailSubscriber;
struct FeatureConflict;
struct FeatureEdit;
struct FeatureState;
struct JobFailure;
struct Message;
struct Broadcast;
struct MessageTemplate;
struct NamedCount;
struct Order;
struct SignInToken;
struct StoreStatus;
struct VisitorDay;

// Wire forms of the types the console API carries, both ways: money as integer
// halalas, times as ISO 8601 UTC, ids as numbers. One definition file per family
// (FeatureJson.cpp, CouponJson.cpp, ...); each also names its golden file in
// tests/data/wire, which WireCodecsTest holds both directions to.

// The change feed: ChangeJson.cpp
QJsonObject toJson(const Change &change);
QJsonObject toJson(const ChangePage &page);
template<> QString wireName<Change>();
template<> QString wireName<ChangePage>();
template<> Result<Change> fromJson<Change>(const JsonField &at);
template<> Result<ChangePage> fromJson<ChangePage>(const JsonField &at);

// Features, the edit the console sends, and the 409 it may get: FeatureJson.cpp
QJsonObject toJson(const FeatureState &feature);
QJsonObject toJson(const FeatureEdit &edit);
QJsonObject toJson(const FeatureConflict &conflict);
template<> QString wireName<FeatureState>();
template<> QString wireName<FeatureEdit>();
template<> QString wireName<FeatureConflict>();
template<> Result<FeatureState> fromJson<FeatureState>(const JsonField &at);
template<> Result<FeatureEdit> fromJson<FeatureEdit>(const JsonField &at);
template<> Result<FeatureConflict> fromJson<FeatureConflict>(const JsonField &at);

// CouponJson.cpp: the terms in Salla's request names beside ours (id, version, sync,
// usage); couponReadOnlyFields() are the names a client may send back unread.
QJsonObject toJson(const Coupon &coupon);
const QStringList &couponReadOnlyFields();
template<> QString wireName<Coupon>();
template<> Result<Coupon> fromJson<Coupon>(const JsonField &at);

// CustomerJson.cpp
QJsonObject toJson(const Customer &customer);
template<> QString wireName<Customer>();
template<> Result<Customer> fromJson<Customer>(const JsonField &at);

// OrderJson.cpp
QJsonObject toJson(const Order &order);
template<> QString wireName<Order>();
template<> Result<Order> fromJson<Order>(const JsonField &at);

// AbandonedCartJson.cpp
QJsonObject toJson(const AbandonedCart &cart);
template<> QString wireName<AbandonedCart>();
template<> Result<AbandonedCart> fromJson<AbandonedCart>(const JsonField &at);

// ActivityJson.cpp: an item of GET /api/v1/activity
QJsonObject toJson(const ActivityEvent &event);
template<> QString wireName<ActivityEvent>();
template<> Result<ActivityEvent> fromJson<ActivityEvent>(const JsonField &at);

// StatusJson.cpp: GET /api/v1/status, and its jobs' failures
QJsonObject toJson(const StoreStatus &status);
QJsonObject toJson(const JobFailure &failure);
template<> QString wireName<StoreStatus>();
template<> QString wireName<JobFailure>();
template<> Result<StoreStatus> fromJson<StoreStatus>(const JsonField &at);
template<> Result<JobFailure> fromJson<JobFailure>(const JsonField &at);

// DeviceJson.cpp: an item of GET /api/v1/devices, and the answer of a revocation
QJsonObject toJson(const ConsoleDevice &device);
QJsonObject toJson(const DeviceRevocation &revocation);
template<> QString wireName<ConsoleDevice>();
template<> QString wireName<DeviceRevocation>();
template<> Result<ConsoleDevice> fromJson<ConsoleDevice>(const JsonField &at);
template<> Result<DeviceRevocation> fromJson<DeviceRevocation>(const JsonField &at);

// SignInJson.cpp: the answer of POST /api/v1/token
QJsonObject toJson(const SignInToken &token);
template<> QString wireName<SignInToken>();
template<> Result<SignInToken> fromJson<SignInToken>(const JsonField &at);

// ErrorJson.cpp: {"error": {"code", "message", "key", "field"}}
QJsonObject toJson(const ApiError &error);
template<> QString wireName<ApiError>();
template<> Result<ApiError> fromJson<ApiError>(const JsonField &at);

// The message log's entry (no texts): MessageJson.cpp
QJsonObject toJson(const Message &message);
template<> QString wireName<Message>();
template<> Result<Message> fromJson<Message>(const JsonField &at);

// A broadcast with what its messages became: BroadcastJson.cpp
QJsonObject toJson(const Broadcast &broadcast);
template<> QString wireName<Broadcast>();
template<> Result<Broadcast> fromJson<Broadcast>(const JsonField &at);

// A message template, the store's own or the gallery's: TemplateJson.cpp
QJsonObject toJson(const MessageTemplate &tmpl);
template<> QString wireName<MessageTemplate>();
template<> Result<MessageTemplate> fromJson<MessageTemplate>(const JsonField &at);

// The storefront's, on the change feed: StorefrontJson.cpp
QJsonObject toJson(const EmailSubscriber &subscriber);
template<> QString wireName<EmailSubscriber>();
template<> Result<EmailSubscriber> fromJson<EmailSubscriber>(const JsonField &at);
QJsonObject toJson(const NamedCount &count);
template<> QString wireName<NamedCount>();
template<> Result<NamedCount> fromJson<NamedCount>(const JsonField &at);
QJsonObject toJson(const VisitorDay &day);
template<> QString wireName<VisitorDay>();
template<> Result<VisitorDay> fromJson<VisitorDay>(const JsonField &at);

} // namespace nomo
