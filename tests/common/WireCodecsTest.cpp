// The console API's wire, both ways, for every type the console receives (and the
// feature edit it sends): each golden file in tests/data/wire reads and writes back
// to the very same object, a value built field by field writes it too, a missing or
// mistyped field is refused naming the field, and a field a newer daemon adds is
// passed over.
#include "core/Time.h"
#include "domain/AbandonedCart.h"
#include "domain/ActivityEvent.h"
#include "domain/ApiError.h"
#include "domain/ChangePage.h"
#include "domain/ConsoleDevice.h"
#include "domain/Message.h"
#include "messages/MessageTemplate.h"
#include "domain/Coupon.h"
#include "domain/Customer.h"
#include "domain/EmailSubscriber.h"
#include "domain/VisitorDay.h"
#include "domain/SalesDay.h"
#include "domain/FeatureConflict.h"
#include "domain/FeatureEdit.h"
#include "domain/Order.h"
#include "domain/SignInToken.h"
#include "domain/StoreStatus.h"
#include "json/DomainJson.h"
#include "json/SalesJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {

QDateTime at(const QString &wire)
{
    return *time::fromWire(wire);
}

QJsonObject golden(const QString &name)
{
    QFile file(QStringLiteral(NOMO_SOURCE_DIR "/tests/data/wire/") + name + u".json"_s);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << name.toStdString() << ": " << error.errorString().toStdString();
    return document.object();
}

std::string text(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented).toStdString();
}

// The field a read was refused at, or a note that it was not refused.
template<class T>
QString refusedAt(const Result<T> &read)
{
    return read ? u"(not refused)"_s : read.error().field;
}

// "jobs.failures[0].kind" -> jobs, failures, 0, kind
QStringList stepsOf(const QString &path)
{
    QString dotted = path;
    dotted.replace(QRegularExpression(u"\\[(\\d+)\\]"_s), u".\\1"_s);
    return dotted.split(u'.');
}

// The value at `steps` replaced by `value`, or removed when `value` is undefined.
QJsonValue edited(const QJsonValue &node, QStringList steps, const QJsonValue &value)
{
    const QString step = steps.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const auto index = step.toLongLong();
        array[index] = steps.isEmpty() ? value : edited(array.at(index), steps, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (steps.isEmpty()) {
        if (value.isUndefined())
            object.remove(step);
        else
            object.insert(step, value);
    } else {
        object.insert(step, edited(object.value(step), steps, value));
    }
    return object;
}

QJsonValue valueAt(const QJsonValue &node, const QStringList &steps)
{
    QJsonValue here = node;
    for (const QString &step : steps)
        here = here.isArray() ? here.toArray().at(step.toLongLong()) : here.toObject().value(step);
    return here;
}

// A value of another JSON type than `value`.
QJsonValue otherType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return 42;
    case QJsonValue::Double: return u"42"_s;
    case QJsonValue::Bool: return u"true"_s;
    case QJsonValue::Object: return QJsonArray{1};
    default: return QJsonObject{};
    }
}

// Per type: a value built in C++ field by field that the golden file describes, a
// required field, and a field to give the wrong type (paths as JsonField names them).
template<class T>
struct Sample;

template<>
struct Sample<Order>
{
    static Order built()
    {
        Order order;
        order.id = 4117;
        order.sallaId = 1938474629;
        order.referenceId = u"20250114"_s;
        order.customerId = 812;
        order.status = u"completed"_s;
        order.total = Money::fromHalalas(34650);
        order.discount = Money::fromHalalas(3850);
        order.couponCode = u"EID25"_s;
        order.paymentMethod = u"mada"_s;
        order.city = u"الرياض"_s;
        order.itemCount = 3;
        order.orderedAt = at(u"2025-11-23T07:42:10.000Z"_s);
        order.updatedAt = at(u"2025-11-23T08:05:31.250Z"_s);
        return order;
    }
    static inline const QString required = u"ordered_at"_s;
    static inline const QString mistyped = u"total_halalas"_s;
};

template<>
struct Sample<Customer>
{
    static Customer built()
    {
        Customer customer;
        customer.id = 812;
        customer.sallaId = 560771234;
        customer.firstName = u"نورة"_s;
        customer.lastName = u"القحطاني"_s;
        customer.email = u"noura.alqahtani@example.sa"_s;
        customer.mobile = u"+966551234567"_s;
        customer.city = u"جدة"_s;
        customer.country = u"السعودية"_s;
        customer.updatedAt = at(u"2025-11-20T16:30:00.000Z"_s);
        return customer;
    }
    static inline const QString required = u"salla_id"_s;
    static inline const QString mistyped = u"first_name"_s;
};

template<>
struct Sample<Coupon>
{
    static Coupon built()
    {
        Coupon coupon;
        coupon.id = 31;
        coupon.sallaId = 88120044;
        CouponDraft &terms = coupon.terms;
        terms.code = u"EID25"_s;
        terms.type = CouponDraft::Type::Percentage;
        terms.amount = 2500;
        terms.minimumPurchase = Money::fromHalalas(10000);
        terms.maximumDiscount = Money::fromHalalas(5050);
        terms.excludeSaleProducts = true;
        terms.usageLimit = 500;
        terms.usageLimitPerCustomer = 1;
        terms.startsAt = at(u"2025-11-20T21:00:00.000Z"_s);
        terms.expiresAt = at(u"2025-12-05T20:59:59.000Z"_s);
        terms.appliedIn = CouponDraft::AppliedIn::Web;
        terms.beneficiaryDomain = u"aramco.com"_s;
        terms.includeCategories = {u"1120"_s, u"1121"_s};
        terms.paymentMethods = {u"mada"_s, u"apple_pay"_s};
        coupon.status = Coupon::Status::Active;
        coupon.version = 4;
        coupon.pushedVersion = 4;
        coupon.syncState = Coupon::SyncState::Failed;
        coupon.syncError = QJsonObject{{u"message"_s, u"Salla refused the coupon"_s},
                                       {u"key"_s, u"salla.validation_failed"_s},
                                       {u"fields"_s, QJsonObject{{u"expiry_date"_s, QJsonArray{u"يجب أن يقع تاريخ انتهاء الكوبون فيما بعد تاريخ اليوم"_s}}}}};
        coupon.syncedAt = at(u"2025-11-23T06:10:00.000Z"_s);
        coupon.uses = 142;
        coupon.customers = 120;
        coupon.discount = Money::fromHalalas(356025);
        coupon.revenue = Money::fromHalalas(4120050);
        coupon.vat = Money::fromHalalas(618007);
        coupon.createdAt = at(u"2025-11-20T09:00:00.000Z"_s);
        coupon.updatedAt = at(u"2025-11-23T06:12:00.000Z"_s);
        return coupon;
    }
    static inline const QString required = u"version"_s;
    static inline const QString mistyped = u"free_shipping"_s;
};

template<>
struct Sample<AbandonedCart>
{
    static AbandonedCart built()
    {
        AbandonedCart cart;
        cart.id = 209;
        cart.sallaId = 77310452;
        cart.customerId = 812;
        cart.total = Money::fromHalalas(18900);
        cart.checkoutUrl = u"https://store.example.sa/checkout/77310452"_s;
        cart.status = u"abandoned"_s;
        cart.abandonedAt = at(u"2025-11-22T19:05:44.000Z"_s);
        return cart;
    }
    static inline const QString required = u"total_halalas"_s;
    static inline const QString mistyped = u"abandoned_at"_s;
};

QJsonObject latestPurchaseSettings(const QString &position, int display, int interval, int maxAge, bool hideNames)
{
    return {{u"position"_s, position},
            {u"display_seconds"_s, display},
            {u"interval_seconds"_s, interval},
            {u"max_age_hours"_s, maxAge},
            {u"hide_names"_s, hideNames}};
}

template<>
struct Sample<FeatureState>
{
    static FeatureState built()
    {
        return FeatureState{u"latest_purchase"_s, true, latestPurchaseSettings(u"bottom_start"_s, 8, 45, 48, true), 7,
                            at(u"2025-11-22T12:00:00.000Z"_s)};
    }
    static inline const QString required = u"version"_s;
    static inline const QString mistyped = u"enabled"_s;
};

template<>
struct Sample<FeatureEdit>
{
    static FeatureEdit built() { return FeatureEdit{true, latestPurchaseSettings(u"bottom_end"_s, 10, 60, 24, false)}; }
    static inline const QString required = u"settings"_s;
    static inline const QString mistyped = u"enabled"_s;
};

template<>
struct Sample<FeatureConflict>
{
    static FeatureConflict built()
    {
        return FeatureConflict{ApiError{u"conflict"_s, u"the feature was changed elsewhere; here is the current copy"_s,
                                        u"features.version_conflict"_s, {}},
                               FeatureState{u"latest_purchase"_s, false, latestPurchaseSettings(u"bottom_start"_s, 6, 30, 48, true),
                                            8, at(u"2025-11-23T09:14:02.500Z"_s)}};
    }
    static inline const QString required = u"current.version"_s;
    static inline const QString mistyped = u"error.code"_s;
};

Change orderChange()
{
    return Change{1042, u"order"_s, u"4117"_s, u"upsert"_s, toJson(Sample<Order>::built()), at(u"2025-11-23T08:05:31.300Z"_s)};
}

template<>
struct Sample<Change>
{
    static Change built() { return orderChange(); }
    static inline const QString required = u"changed_at"_s;
    static inline const QString mistyped = u"seq"_s;
};

template<>
struct Sample<ChangePage>
{
    static ChangePage built()
    {
        ChangePage page;
        page.changes = {orderChange(),
                        Change{1043, u"coupon"_s, u"29"_s, u"delete"_s, {{u"id"_s, 29}}, at(u"2025-11-23T08:06:00.000Z"_s)}};
        page.nextSince = 1043;
        page.hasMore = true;
        page.lastSeq = 5120;
        return page;
    }
    static inline const QString required = u"has_more"_s;
    static inline const QString mistyped = u"changes[1].seq"_s;
};

template<>
struct Sample<ActivityEvent>
{
    static ActivityEvent built()
    {
        return ActivityEvent{90311, u"order.updated"_s, u"webhook"_s, u"failed"_s, 5, u"customer 88231 not found at Salla (404)"_s,
                             at(u"2025-11-23T07:50:12.120Z"_s), at(u"2025-11-23T08:20:12.900Z"_s)};
    }
    static inline const QString required = u"received_at"_s;
    static inline const QString mistyped = u"attempts"_s;
};

JobFailure profileFailure()
{
    return JobFailure{u"salla.profile"_s, 8, u"Salla answered 503 Service Unavailable"_s, at(u"2025-11-23T05:00:00.000Z"_s)};
}

template<>
struct Sample<JobFailure>
{
    static JobFailure built() { return profileFailure(); }
    static inline const QString required = u"at"_s;
    static inline const QString mistyped = u"attempts"_s;
};

template<>
struct Sample<StoreStatus>
{
    static StoreStatus built()
    {
        StoreStatus status;
        status.merchantId = 1487302251;
        status.merchantName = u"متجر نومو للعطور"_s;
        status.merchantAvatarUrl = u"https://cdn.salla.sa/aXbQ/store-logo-noura.png"_s;
        status.merchantStatus = Merchant::Status::Active;
        status.sallaAuthorization = StoreStatus::Authorization::Ok;
        status.events = {1, 1284, 37, 1, 6};
        status.jobs.pending = 2;
        status.jobs.running = 1;
        status.jobs.done = 96;
        status.jobs.failed = 1;
        status.jobs.failures = {profileFailure()};
        status.lastEventAt = at(u"2025-11-23T07:50:12.120Z"_s);
        status.lastSeq = 1043;
        return status;
    }
    static inline const QString required = u"jobs.failures[0].kind"_s;
    static inline const QString mistyped = u"events.failed"_s;
};

template<>
struct Sample<ConsoleDevice>
{
    static ConsoleDevice built()
    {
        return ConsoleDevice{17, u"Nomo Flow — حاسوب المكتب"_s, at(u"2025-10-02T09:30:00.000Z"_s),
                             at(u"2025-11-23T08:01:00.000Z"_s), true};
    }
    static inline const QString required = u"created_at"_s;
    static inline const QString mistyped = u"current"_s;
};

template<>
struct Sample<DeviceRevocation>
{
    static DeviceRevocation built() { return DeviceRevocation{18, true}; }
    static inline const QString required = u"id"_s;
    static inline const QString mistyped = u"revoked"_s;
};

template<>
struct Sample<SignInToken>
{
    static SignInToken built()
    {
        return SignInToken{u"nomo_Jm3xQ0b9sV2kTq7LrW5yZ8aC1dE4fG6hJ9kM2nP5rS8"_s, u"Bearer"_s, 17, 1487302251,
                           u"متجر نومو للعطور"_s};
    }
    static inline const QString required = u"merchant.name"_s;
    static inline const QString mistyped = u"device_id"_s;
};

template<>
struct Sample<MessageTemplate>
{
    static MessageTemplate built()
    {
        return MessageTemplate{u"abandoned_cart"_s, u"email"_s, u"ar"_s, u"سلتك في {{store.name}} بانتظارك"_s,
                               u"{{#shopper.first_name}}\nمرحبًا {{shopper.first_name}}،\n{{/shopper.first_name}}\n\nسلتك بقيمة {{cart.total}} بانتظارك."_s,
                               u"إكمال الطلب"_s, true, 3};
    }
    static inline const QString required = u"body"_s;
    static inline const QString mistyped = u"custom"_s;
};

template<>
struct Sample<Message>
{
    static Message built()
    {
        Message m;
        m.id = 301;
        m.automation = u"abandoned_cart"_s;
        m.channel = u"email"_s;
        m.language = u"ar"_s;
        m.marketing = true;
        m.customerId = 7;
        m.cartId = 42;
        m.orderId = 9001;
        m.recipient = u"sara.ghamdi@example.com"_s;
        m.step = 0;
        m.status = u"sent"_s;
        m.subject = u"سلتك في عطور نورة بانتظارك"_s;
        m.attempts = 2;
        m.provider = u"smtp"_s;
        m.reason = u""_s;
        m.dueAt = at(u"2026-12-01T18:12:03.000Z"_s);
        m.createdAt = at(u"2026-12-01T18:00:00.000Z"_s);
        m.sentAt = at(u"2026-12-01T18:12:05.000Z"_s);
        m.openedAt = at(u"2026-12-01T19:01:10.000Z"_s);
        m.clickedAt = at(u"2026-12-01T19:02:00.000Z"_s);
        return m;
    }
    static inline const QString required = u"recipient"_s;
    static inline const QString mistyped = u"marketing"_s;
};

template<>
struct Sample<ApiError>
{
    static ApiError built()
    {
        return ApiError{u"invalid_argument"_s, u"settings.display_seconds: must be between 3 and 30"_s, u"settings.range"_s,
                        u"settings.display_seconds"_s};
    }
    static inline const QString required = u"error.message"_s;
    static inline const QString mistyped = u"error.code"_s;
};

template<>
struct Sample<EmailSubscriber>
{
    static EmailSubscriber built()
    {
        EmailSubscriber s;
        s.id = 57;
        s.email = u"huda.alharbi@example.sa"_s;
        s.name = u"هدى"_s;
        s.source = u"storefront_form"_s;
        s.language = u"ar"_s;
        s.consentAt = at(u"2026-11-28T18:04:12.000Z"_s);
        s.createdAt = at(u"2026-11-28T18:04:12.000Z"_s);
        return s;
    }
    static inline const QString required = u"consent_at"_s;
    static inline const QString mistyped = u"email"_s;
};

template<>
struct Sample<VisitorDay>
{
    static VisitorDay built()
    {
        VisitorDay day;
        day.day = QDate(2026, 11, 30);
        day.visitors = 412;
        day.sessions = 488;
        day.pageViews = 1733;
        day.pages = {NamedCount{u"/"_s, 640}, NamedCount{u"/oud/p1562093847"_s, 212}};
        day.sources = {NamedCount{QString(), 230}, NamedCount{u"instagram"_s, 151}, NamedCount{u"google.com"_s, 107}};
        day.devices = {NamedCount{u"mobile"_s, 401}, NamedCount{u"desktop"_s, 87}};
        return day;
    }
    static inline const QString required = u"page_views"_s;
    static inline const QString mistyped = u"visitors"_s;
};

template<>
struct Sample<SalesDay>
{
    static SalesDay built()
    {
        SalesDay day;
        day.day = QDate(2026, 11, 30);
        day.orders = 14;
        day.revenue = 532910;
        day.vat = 69510;
        day.discount = 12400;
        day.sources = {SalesSource{u"coupon"_s, QString(), 4, 180000, 23478},
                       SalesSource{u"message"_s, u"abandoned_cart"_s, 2, 76130, 9930},
                       SalesSource{u"none"_s, QString(), 8, 276780, 36102}};
        day.coupons = {CouponSales{41, u"EID25"_s, 4, 12400, 180000}};
        day.messages = {MessageSales{u"abandoned_cart"_s, u"sms"_s, 12, 11, 0, 3, 1, 24, 2, 76130}};
        day.cartsAbandoned = 9;
        day.cartsMessaged = 7;
        day.cartsRecovered = 2;
        day.recoveredRevenue = 76130;
        day.lift = {ToolLift{u"abandoned_cart"_s, LiftGroup{7, 76130, 3400000000}, LiftGroup{1, 0, 0}}};
        return day;
    }
    static inline const QString required = u"carts.recovered"_s;
    static inline const QString mistyped = u"revenue_halalas"_s;
};

template<class T>
class WireCodecsTest : public ::testing::Test
{
protected:
    static QJsonObject goldenObject() { return golden(wireName<T>()); }
    // Where a refusal must point: the type's name, then the field's path.
    static QString fieldName(const QString &path) { return wireName<T>() + u'.' + path; }
    static void expectRefusedAt(const Result<T> &read, const QString &path, const char *what)
    {
        ASSERT_FALSE(read.has_value()) << what << " " << path.toStdString() << " was read";
        EXPECT_EQ(read.error().code, ErrorCode::ParseError);
        EXPECT_EQ(read.error().field, fieldName(path));
        EXPECT_TRUE(read.error().detail.startsWith(fieldName(path) + u": "_s)) << read.error().detail.toStdString();
    }
};

using WireTypes = ::testing::Types<Change, ChangePage, FeatureState, FeatureEdit, FeatureConflict, Order, Customer, Coupon,
                                   AbandonedCart, ActivityEvent, JobFailure, StoreStatus, ConsoleDevice, DeviceRevocation,
                                   SignInToken, ApiError, MessageTemplate, Message, EmailSubscriber, VisitorDay, SalesDay>;
TYPED_TEST_SUITE(WireCodecsTest, WireTypes);

} // namespace

TYPED_TEST(WireCodecsTest, TheGoldenFileReadsAndWritesBackUnchanged)
{
    const QJsonObject expected = TestFixture::goldenObject();
    ASSERT_FALSE(expected.isEmpty());
    auto read = fromJson<TypeParam>(expected);
    ASSERT_TRUE(read.has_value()) << read.error().toString().toStdString();
    EXPECT_EQ(toJson(*read), expected) << text(toJson(*read));
}

TYPED_TEST(WireCodecsTest, AValueBuiltFieldByFieldWritesTheGoldenFile)
{
    EXPECT_EQ(toJson(Sample<TypeParam>::built()), TestFixture::goldenObject()) << text(toJson(Sample<TypeParam>::built()));
}

TYPED_TEST(WireCodecsTest, AMissingRequiredFieldIsRefusedByName)
{
    const QString path = Sample<TypeParam>::required;
    const QJsonValue without = edited(TestFixture::goldenObject(), stepsOf(path), QJsonValue(QJsonValue::Undefined));
    ASSERT_TRUE(valueAt(without, stepsOf(path)).isUndefined());
    TestFixture::expectRefusedAt(fromJson<TypeParam>(without.toObject()), path, "without");
}

TYPED_TEST(WireCodecsTest, AFieldOfTheWrongTypeIsRefusedByName)
{
    const QString path = Sample<TypeParam>::mistyped;
    const QJsonObject original = TestFixture::goldenObject();
    const QJsonValue wrong = otherType(valueAt(original, stepsOf(path)));
    TestFixture::expectRefusedAt(fromJson<TypeParam>(edited(original, stepsOf(path), wrong).toObject()), path, "mistyped");
}

TYPED_TEST(WireCodecsTest, AFieldANewerDaemonAddsIsPassedOver)
{
    const QJsonObject original = TestFixture::goldenObject();
    QJsonObject newer = original;
    newer.insert(u"added_by_a_newer_daemon"_s, QJsonObject{{u"anything"_s, QJsonArray{1, u"٢"_s}}});
    auto read = fromJson<TypeParam>(newer);
    ASSERT_TRUE(read.has_value()) << read.error().toString().toStdString();
    EXPECT_EQ(toJson(*read), original);
}

TEST(CouponWire, ADeletedCouponReadsAsDeletedAndInactive)
{
    QJsonObject deleted = golden(u"coupon"_s);
    deleted[u"status"_s] = u"deleted"_s;
    auto read = fromJson<Coupon>(deleted);
    ASSERT_TRUE(read.has_value()) << read.error().toString().toStdString();
    EXPECT_EQ(read->status, Coupon::Status::Deleted);
    EXPECT_FALSE(read->terms.active);
    EXPECT_EQ(toJson(*read)[u"status"_s].toString(), u"deleted"_s);
}

// What the typed tests do not reach: money is whole halalas, nullable fields take null
// or nothing, closed lists refuse a stranger, and a list names the item at fault.

TEST(WireCodecs, MoneyIsWholeHalalasOnly)
{
    QJsonObject order = golden(u"order"_s);
    order.insert(u"total_halalas"_s, 346.5);
    auto read = fromJson<Order>(order);
    ASSERT_FALSE(read.has_value());
    EXPECT_TRUE(read.error().detail.startsWith(u"order.total_halalas: expected a whole number"_s)) << read.error().detail.toStdString();
}

TEST(WireCodecs, NullableFieldsTakeNullOrNothing)
{
    QJsonObject order = golden(u"order"_s);
    order.insert(u"customer_id"_s, QJsonValue::Null);
    order.remove(u"updated_at"_s);
    auto read = fromJson<Order>(order);
    ASSERT_TRUE(read.has_value()) << read.error().toString().toStdString();
    EXPECT_FALSE(read->customerId.has_value());
    EXPECT_FALSE(read->updatedAt.isValid());
    EXPECT_EQ(toJson(*read).value(u"updated_at"_s), QJsonValue(QJsonValue::Null));

    QJsonObject required = golden(u"order"_s);
    required.insert(u"city"_s, QJsonValue::Null);
    EXPECT_EQ(refusedAt(fromJson<Order>(required)), u"order.city"_s);
}

TEST(WireCodecs, TimesAreReadAsUtcAndRefusedWithoutAZone)
{
    QJsonObject order = golden(u"order"_s);
    order.insert(u"ordered_at"_s, u"2025-11-23T10:42:10.000+03:00"_s);
    auto read = fromJson<Order>(order);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->orderedAt, at(u"2025-11-23T07:42:10.000Z"_s));
    EXPECT_EQ(read->orderedAt.timeSpec(), Qt::UTC);
    order.insert(u"ordered_at"_s, u"2025-11-23 10:42:10"_s);
    EXPECT_EQ(refusedAt(fromJson<Order>(order)), u"order.ordered_at"_s);
}

TEST(WireCodecs, ClosedListsRefuseAValueTheyDoNotHave)
{
    QJsonObject change = golden(u"change"_s);
    change.insert(u"op"_s, u"merge"_s);
    EXPECT_EQ(refusedAt(fromJson<Change>(change)), u"change.op"_s);
    QJsonObject status = golden(u"store_status"_s);
    status.insert(u"salla_authorization"_s, u"perhaps"_s);
    EXPECT_EQ(refusedAt(fromJson<StoreStatus>(status)), u"store_status.salla_authorization"_s);
}

TEST(WireCodecs, AListNamesTheItemAtFault)
{
    QJsonObject second = toJson(Sample<ActivityEvent>::built());
    second.remove(u"received_at"_s);
    const QJsonObject body{{u"events"_s, QJsonArray{toJson(Sample<ActivityEvent>::built()), second}}};
    auto read = listFromJson<ActivityEvent>(body, u"events"_s);
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().field, u"events[1].received_at"_s);
    EXPECT_FALSE(listFromJson<ActivityEvent>(QJsonObject{{u"events"_s, 3}}, u"events"_s).has_value());
    auto both = listFromJson<ActivityEvent>(QJsonObject{{u"events"_s, toJsonArray(QList<ActivityEvent>{Sample<ActivityEvent>::built()})}},
                                            u"events"_s);
    ASSERT_TRUE(both.has_value());
    EXPECT_EQ(both->size(), 1);
}

TEST(WireCodecs, AnErrorBodyWithoutKeyOrFieldWritesNeither)
{
    const ApiError bare{u"not_found"_s, u"no device 99"_s, {}, {}};
    const QJsonObject body = toJson(bare);
    EXPECT_EQ(body, (QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"not_found"_s}, {u"message"_s, u"no device 99"_s}}}}));
    auto read = fromJson<ApiError>(body);
    ASSERT_TRUE(read.has_value());
    EXPECT_TRUE(read->key.isEmpty());
    EXPECT_TRUE(read->field.isEmpty());
}
