#include "cache/DemoData.h"

#include "cache/CacheDatabase.h"
#include "cache/CouponStore.h"
#include "cache/DemoSales.h"
#include "cache/SyncStateStore.h"
#include "core/Time.h"
#include "coupons/CouponCodes.h"
#include "domain/Coupon.h"
#include "domain/Broadcast.h"
#include "domain/Message.h"
#include "domain/VisitorDay.h"
#include "calendar/SaudiOccasions.h"
#include "json/DomainJson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

Status exec(QSqlQuery &query)
{
    if (!query.exec())
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, query.lastError().text());
    return {};
}

Status seedStorefront(QSqlDatabase &db, QRandomGenerator &random, qint64 nowMs, int days);

Status seedRows(QSqlDatabase &db, const DemoSize &size, qint64 nowMs)
{
    QRandomGenerator random(7);
    const QStringList cities{u"الرياض"_s, u"جدة"_s, u"الدمام"_s, u"مكة المكرمة"_s, u"المدينة المنورة"_s, u"أبها"_s};
    // Codes the orders used: three coupons and a campaign's one-use codes.
    const QStringList coupons{u"EID25"_s, u"WELCOME10"_s, u"RAMADAN"_s, u"VIP-GIFT-"_s};
    constexpr qint64 day = 24LL * 3600 * 1000;

    QSqlQuery order(db);
    order.prepare(u"INSERT OR REPLACE INTO orders (id, salla_id, reference_id, customer_id, status, total_halalas, "
                  "discount_halalas, coupon_code, payment_method, city, item_count, ordered_at, updated_at) "
                  "VALUES (?, ?, ?, NULL, 'completed', ?, ?, ?, 'mada', ?, ?, ?, ?)"_s);
    for (int i = 1; i <= size.orders; ++i) {
        const qint64 at = nowMs - static_cast<qint64>(random.bounded(double(size.days)) * day) - 60000;
        const bool withCoupon = random.bounded(4) == 0;
        const qint64 total = 4500 + random.bounded(60000);
        order.addBindValue(i);
        order.addBindValue(100000 + i);
        order.addBindValue(QString::number(20000 + i));
        order.addBindValue(total);
        order.addBindValue(withCoupon ? total / 10 : 0);
        QString code = withCoupon ? coupons[random.bounded(static_cast<int>(coupons.size()))] : QString();
        // A campaign's one-use code, drawn from the demo's own seed: the same every run.
        if (code.endsWith(u'-'))
            for (int c = 0; c < 6; ++c)
                code += QLatin1Char(CouponCodes::kAlphabet[random.bounded(static_cast<int>(sizeof(CouponCodes::kAlphabet) - 1))]);
        order.addBindValue(code);
        order.addBindValue(cities[random.bounded(static_cast<int>(cities.size()))]);
        order.addBindValue(1 + random.bounded(4));
        order.addBindValue(at);
        order.addBindValue(at);
        if (auto done = exec(order); !done)
            return done;
    }
    // The newest order a few minutes ago, so "latest purchase" reads naturally.
    QSqlQuery latest(db);
    latest.prepare(u"UPDATE orders SET ordered_at = ?, city = ? WHERE id = 1"_s);
    latest.addBindValue(nowMs - 4 * 60000);
    latest.addBindValue(cities.first());
    if (auto done = exec(latest); !done)
        return done;

    QSqlQuery cart(db);
    cart.prepare(u"INSERT OR REPLACE INTO carts (id, total_halalas, status, abandoned_at, updated_at) VALUES (?, ?, ?, ?, ?)"_s);
    for (int i = 1; i <= std::max(1, size.orders / 20); ++i) {
        const qint64 at = nowMs - random.bounded(14) * day;
        cart.addBindValue(i);
        cart.addBindValue(8000 + random.bounded(40000));
        cart.addBindValue(i % 3 ? u"abandoned"_s : u"purchased"_s);
        cart.addBindValue(at);
        cart.addBindValue(at);
        if (auto done = exec(cart); !done)
            return done;
    }

    QSqlQuery view(db);
    view.prepare(u"INSERT INTO page_views (viewed_at, path) VALUES (?, ?)"_s);
    const QStringList paths{u"/"_s, u"/p/oud-perfume"_s, u"/p/dates-box"_s, u"/c/gifts"_s, u"/cart"_s};
    for (qint64 i = 0; i < size.pageViews; ++i) {
        view.addBindValue(nowMs - static_cast<qint64>(random.bounded(double(size.days)) * day));
        view.addBindValue(paths[random.bounded(static_cast<int>(paths.size()))]);
        if (auto done = exec(view); !done)
            return done;
    }
    return seedStorefront(db, random, nowMs, size.days);
}

// The storefront's: ninety Riyadh days of visitors as the daemon's rollup sends them
// (more on weekends and in the evening of paydays, mostly phones, Instagram and Google
// first), and an email list that grew over the same time, a few gone again.
Status seedStorefront(QSqlDatabase &db, QRandomGenerator &random, qint64 nowMs, int days)
{
    QSqlQuery day(db);
    day.prepare(u"INSERT OR REPLACE INTO visitor_days (day, visitors, sessions, page_views, json) VALUES (?, ?, ?, ?, ?)"_s);
    const QDate today = time::riyadhDay(QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()));
    const QStringList pages{u"/"_s, u"/oud-royal/p1562093847"_s, u"/dates-box/p983746102"_s, u"/gifts/c12"_s, u"/bakhoor/p77310"_s,
                            u"/musk-tahara/p55012"_s};
    const QStringList sources{u"instagram"_s, u"google.com"_s, QString(), u"snapchat"_s, u"tiktok"_s, u"x.com"_s};
    for (int back = days - 1; back >= 0; --back) {
        const QDate date = today.addDays(-back);
        const bool weekend = date.dayOfWeek() == 5 || date.dayOfWeek() == 6; // Friday and Saturday
        VisitorDay v;
        v.day = date;
        v.visitors = (back == 0 ? 70 : 140) + random.bounded(60) + (weekend ? 70 : 0) + (days - back) * 90 / days;
        v.sessions = v.visitors + v.visitors / 5 + random.bounded(10);
        v.pageViews = v.sessions * 3 + random.bounded(static_cast<int>(v.sessions));
        qint64 left = v.pageViews;
        for (int i = 0; i < pages.size(); ++i) {
            const qint64 n = i + 1 == pages.size() ? left : left * (45 - i * 5) / 100;
            v.pages.append(NamedCount{pages[i], n});
            left -= n;
        }
        left = v.sessions;
        for (int i = 0; i < sources.size(); ++i) {
            const qint64 n = i + 1 == sources.size() ? left : left * (38 - i * 6) / 100;
            v.sources.append(NamedCount{sources[i], n});
            left -= n;
        }
        const qint64 phones = v.sessions * 78 / 100, tablets = v.sessions * 6 / 100;
        v.devices = {NamedCount{u"mobile"_s, phones}, NamedCount{u"desktop"_s, v.sessions - phones - tablets}, NamedCount{u"tablet"_s, tablets}};
        std::sort(v.pages.begin(), v.pages.end(), [](const NamedCount &a, const NamedCount &b) { return a.count > b.count; });
        std::sort(v.sources.begin(), v.sources.end(), [](const NamedCount &a, const NamedCount &b) { return a.count > b.count; });
        day.addBindValue(date.toString(Qt::ISODate));
        day.addBindValue(v.visitors);
        day.addBindValue(v.sessions);
        day.addBindValue(v.pageViews);
        day.addBindValue(QString::fromUtf8(QJsonDocument(toJson(v)).toJson(QJsonDocument::Compact)));
        if (auto done = exec(day); !done)
            return done;
    }
    QSqlQuery subscriber(db);
    subscriber.prepare(u"INSERT OR REPLACE INTO subscribers (id, email, name, source, language, consent_at, unsubscribed_at, created_at) "
                       "VALUES (?, ?, '', 'storefront_form', ?, ?, ?, ?)"_s);
    constexpr qint64 kDay = 24 * 3600 * 1000LL;
    for (int i = 1; i <= 260; ++i) {
        const qint64 at = nowMs - static_cast<qint64>(random.bounded(90.0) * kDay);
        subscriber.addBindValue(i);
        subscriber.addBindValue(u"shopper%1@example.com"_s.arg(i));
        subscriber.addBindValue(i % 7 ? u"ar"_s : u"en"_s);
        subscriber.addBindValue(at);
        subscriber.addBindValue(i % 23 == 0 ? QVariant(at + kDay) : QVariant(QMetaType::fromType<qint64>()));
        subscriber.addBindValue(at);
        if (auto done = exec(subscriber); !done)
            return done;
    }
    return {};
}

// The store's coupons, each a whole copy as the daemon sends it (toJson(Coupon)), so
// the editor opens them: what they brought in from the orders above, one stopped,
// one past its expiry, one waiting for Salla, a campaign, and one Salla refused with
// its own (Arabic) words, as CouponPush keeps them.
Status seedCoupons(CacheDatabase &cache, QSqlDatabase &db, const QDateTime &now)
{
    struct Usage
    {
        qint64 uses = 0;
        qint64 discount = 0;
        qint64 revenue = 0;
    };
    QHash<QString, Usage> usage;
    QSqlQuery orders(db);
    if (!orders.exec(u"SELECT coupon_code, discount_halalas, total_halalas FROM orders WHERE coupon_code <> ''"_s))
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, orders.lastError().text());
    while (orders.next()) {
        QString code = orders.value(0).toString();
        if (code.startsWith(u"VIP-GIFT-"_s))
            code = u"VIP-GIFT"_s;
        Usage &u = usage[code];
        ++u.uses;
        u.discount += orders.value(1).toLongLong();
        u.revenue += (orders.value(2).toLongLong() * 100 + 57) / 115; // net of 15 % VAT, as the daemon counts
    }
    struct CouponSeed
    {
        const char16_t *code;
        CouponDraft::Type type;
        qint64 amount;
        qint64 maximum, minimum; // halalas; 0: none
        bool freeShipping;
        int expiresInDays;
        bool active;
        Coupon::SyncState sync;
        qint64 groupCount;
        const char16_t *groupName;
    };
    const CouponSeed seeds[] = {
        {u"EID25", CouponDraft::Type::Percentage, 2500, 10000, 15000, false, 20, true, Coupon::SyncState::Synced, 0, u""},
        {u"WELCOME10", CouponDraft::Type::Percentage, 1000, 0, 0, false, 60, true, Coupon::SyncState::Synced, 0, u""},
        {u"RAMADAN", CouponDraft::Type::Fixed, 5000, 0, 30000, false, -12, true, Coupon::SyncState::Synced, 0, u""},
        {u"VIP-GIFT", CouponDraft::Type::Percentage, 2000, 0, 0, false, 90, true, Coupon::SyncState::Synced, 500,
         u"هدايا العملاء المميزين"},
        {u"FREESHIP", CouponDraft::Type::Percentage, 500, 0, 20000, true, 30, true, Coupon::SyncState::Pending, 0, u""},
        {u"SUMMER", CouponDraft::Type::Percentage, 1500, 0, 0, false, 45, true, Coupon::SyncState::Failed, 0, u""},
        {u"BLACKFRIDAY", CouponDraft::Type::Percentage, 3000, 20000, 0, false, 5, false, Coupon::SyncState::Synced, 0, u""},
    };
    const QDate today = time::riyadhDay(now);
    qint64 id = 0;
    for (const CouponSeed &seed : seeds) {
        Coupon coupon;
        coupon.id = ++id;
        coupon.sallaId = seed.sync == Coupon::SyncState::Synced ? std::optional<qint64>(771200 + id) : std::nullopt;
        CouponDraft &terms = coupon.terms;
        terms.code = QString::fromUtf16(seed.code);
        terms.type = seed.type;
        terms.amount = seed.amount;
        if (seed.maximum > 0)
            terms.maximumDiscount = Money::fromHalalas(seed.maximum);
        if (seed.minimum > 0)
            terms.minimumPurchase = Money::fromHalalas(seed.minimum);
        terms.freeShipping = seed.freeShipping;
        terms.expiresAt = QDateTime(today.addDays(seed.expiresInDays), QTime(23, 59, 59), time::riyadh()).toUTC();
        terms.active = seed.active;
        terms.usageLimitPerCustomer = seed.groupCount > 0 ? std::optional<qint64>(1) : std::nullopt;
        if (seed.groupCount > 0) {
            terms.isGroup = true;
            terms.groupCount = seed.groupCount;
            terms.groupName = QString::fromUtf16(seed.groupName);
            coupon.groupCodes = seed.groupCount;
        }
        coupon.status = seed.active ? Coupon::Status::Active : Coupon::Status::Inactive;
        coupon.version = 1 + id % 3;
        coupon.syncState = seed.sync;
        coupon.pushedVersion = seed.sync == Coupon::SyncState::Synced ? coupon.version : 0;
        if (seed.sync == Coupon::SyncState::Synced)
            coupon.syncedAt = now.addSecs(-3600 * id);
        if (seed.sync == Coupon::SyncState::Failed)
            coupon.syncError = QJsonObject{{u"message"_s, u"Salla refused the coupon"_s},
                                           {u"key"_s, u"salla.validation_failed"_s},
                                           {u"fields"_s, QJsonObject{{u"code"_s, QJsonArray{u"لقد قمت بتسجيل كوبون بنفس الاسم من قبل"_s}}}}};
        const Usage used = usage.value(terms.code);
        coupon.uses = used.uses;
        coupon.customers = used.uses - used.uses / 8; // some customers came back with it
        coupon.discount = Money::fromHalalas(used.discount);
        coupon.revenue = Money::fromHalalas(used.revenue);
        coupon.createdAt = now.addDays(-40 + static_cast<int>(id) * 3);
        coupon.updatedAt = now.addSecs(-5400 * id);
        if (auto saved = CouponStore(cache).save(coupon); !saved)
            return saved;
    }
    return {};
}

Status seedStateAndActivity(QSqlDatabase &db, qint64 nowMs)
{
    struct FeatureSeed
    {
        const char *key;
        bool enabled;
        const char *settings;
    };
    const FeatureSeed features[] = {
        {"coupons", true, R"({"default_percent":15,"default_type":"percentage","free_shipping":false,"minimum_order_sar":100,"valid_days":30})"},
        {"notifications", true, R"({"email":true,"sms":false,"whatsapp":true,"push":false,"abandoned_cart_delay_minutes":60,"quiet_hours_start":23,"quiet_hours_end":9})"},
        {"visitor_counter", false, "{}"},
        {"email_collector", false, "{}"},
        {"visitor_data", true, "{}"},
        {"latest_purchase", true, R"({"position":"bottom_start","display_seconds":6,"interval_seconds":30,"max_age_hours":48,"hide_names":true})"},
    };
    QSqlQuery feature(db);
    feature.prepare(u"INSERT OR REPLACE INTO features (key, enabled, settings_json, version, updated_at) VALUES (?, ?, ?, ?, ?)"_s);
    for (const FeatureSeed &seed : features) {
        feature.addBindValue(QString::fromLatin1(seed.key));
        feature.addBindValue(seed.enabled ? 1 : 0);
        feature.addBindValue(QString::fromLatin1(seed.settings));
        feature.addBindValue(seed.enabled ? 2 : 0);
        feature.addBindValue(nowMs - 86400000);
        if (auto done = exec(feature); !done)
            return done;
    }
    struct EventSeed
    {
        const char *event;
        const char *source;
        const char *status;
        int attempts;
        const char *error;
    };
    const EventSeed events[] = {
        {"app.store.authorize", "webhook", "processed", 1, ""},
        {"customer.created", "webhook", "processed", 1, ""},
        {"order.created", "webhook", "processed", 1, ""},
        {"abandoned.cart", "webhook", "processed", 1, ""},
        {"order.created", "reconcile", "processed", 1, ""},
        {"order.status.updated", "webhook", "processed", 1, ""},
        {"order.updated", "webhook", "failed", 5, "customer 88231 not found at Salla (404)"},
        {"coupon.applied", "webhook", "processed", 1, ""},
        {"app.settings.updated", "webhook", "ignored", 1, ""},
        {"order.created", "webhook", "pending", 0, ""},
    };
    QSqlQuery activity(db);
    activity.prepare(u"INSERT OR REPLACE INTO activity (id, event, source, status, attempts, error, received_at, processed_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    qint64 id = 0;
    for (const EventSeed &seed : events) {
        ++id;
        const qint64 at = nowMs - (11 - id) * 7 * 60000;
        activity.addBindValue(id);
        activity.addBindValue(QString::fromLatin1(seed.event));
        activity.addBindValue(QString::fromLatin1(seed.source));
        activity.addBindValue(QString::fromLatin1(seed.status));
        activity.addBindValue(seed.attempts);
        activity.addBindValue(QString::fromLatin1(seed.error));
        activity.addBindValue(at);
        activity.addBindValue(at + 800);
        if (auto done = exec(activity); !done)
            return done;
    }
    SyncStateStore state(db);
    StoreStatus status;
    status.merchantId = 1487302251;
    status.merchantName = u"متجر نومو للعطور"_s;
    status.merchantStatus = Merchant::Status::Active;
    status.sallaAuthorization = StoreStatus::Authorization::Ok;
    status.events = {1, 1284, 37, 1, 6};
    status.jobs.done = 96;
    status.lastEventAt = time::fromStorage(nowMs - 7 * 60000);
    status.lastSeq = 1428;
    if (auto done = state.setStatus(status); !done)
        return done;
    return state.setLastSyncAt(time::fromStorage(nowMs - 2 * 60000));
}

// The message log of a store whose automations have run for a while: reminders by
// WhatsApp and email that were read, clicked and bought from, a second reminder
// cancelled by the purchase, an SMS without the shopper's consent, Salla's codes,
// one waiting for the quiet hours to end, one WhatsApp refused outside its window.
Status seedMessageLog(QSqlDatabase &db, qint64 nowMs)
{
    struct Seed
    {
        const char *automation, *channel, *status, *recipient, *reason;
        int minutesAgo, attempts;
        bool opened, clicked;
        qint64 order;
    };
    const Seed seeds[] = {
        {"abandoned_cart", "whatsapp", "read", "966501234501", "", 12, 1, true, true, 113},
        {"abandoned_cart_last", "email", "cancelled", "noura.alqahtani@example.com", "the cart was bought", 12, 0, false, false, 0},
        {"salla", "sms", "sent", "966553200114", "", 25, 1, false, false, 0},
        {"order_update", "whatsapp", "delivered", "966541000270", "", 41, 1, false, false, 102},
        {"abandoned_cart", "email", "sent", "faisal.otaibi@example.com", "", 58, 1, true, false, 0},
        {"abandoned_cart", "sms", "skipped", "966559870031", "no consent", 73, 0, false, false, 0},
        {"abandoned_cart_last", "email", "scheduled", "reem.harbi@example.com", "quiet hours", 95, 0, false, false, 0},
        {"abandoned_cart", "whatsapp", "failed", "966500017744", "whatsapp 400 (#131026) Message undeliverable", 130, 1, false, false, 0},
        {"order_update", "email", "sent", "sara.ghamdi@example.com", "", 180, 1, true, true, 77},
        {"abandoned_cart", "email", "sent", "maha.dosari@example.com", "", 240, 2, true, true, 71},
        {"salla", "whatsapp", "read", "966533300812", "", 300, 1, true, false, 0},
        {"abandoned_cart_last", "whatsapp", "read", "966560004411", "", 420, 1, true, true, 52},
        {"win_back", "email", "sent", "abdullah.shehri@example.com", "", 600, 1, false, false, 0},
        {"abandoned_cart", "email", "skipped", "khalid.zahrani@example.com", "over the shopper's daily allowance", 700, 0, false, false, 0},
        {"order_update", "sms", "sent", "966507770019", "", 900, 1, false, false, 31},
    };
    QSqlQuery insert(db);
    insert.prepare(u"INSERT OR REPLACE INTO message_log (id, at, json) VALUES (?, ?, ?)"_s);
    qint64 id = 5300;
    for (const Seed &seed : seeds) {
        Message m;
        m.id = id--;
        m.automation = QString::fromLatin1(seed.automation);
        m.channel = QString::fromLatin1(seed.channel);
        m.marketing = m.automation != u"order_update" && m.automation != u"salla";
        m.recipient = QString::fromLatin1(seed.recipient);
        m.status = QString::fromLatin1(seed.status);
        m.reason = QString::fromLatin1(seed.reason);
        m.attempts = seed.attempts;
        m.provider = m.channel == u"email" ? u"smtp"_s : m.channel == u"sms" ? u"taqnyat"_s : m.channel;
        const qint64 at = nowMs - qint64(seed.minutesAgo) * 60000;
        m.createdAt = time::fromStorage(at - 60000);
        m.dueAt = time::fromStorage(seed.reason == std::string_view("quiet hours") ? nowMs + 5 * 3600000LL : at);
        if (m.status == u"sent" || m.status == u"delivered" || m.status == u"read")
            m.sentAt = time::fromStorage(at);
        if (m.status == u"delivered" || m.status == u"read")
            m.deliveredAt = time::fromStorage(at + 4000);
        if (seed.opened)
            m.openedAt = time::fromStorage(at + 9 * 60000);
        if (seed.clicked)
            m.clickedAt = time::fromStorage(at + 10 * 60000);
        if (seed.order)
            m.orderId = seed.order;
        if (m.channel == u"email")
            m.subject = m.automation == u"order_update" ? u"طلبك رقم 20077: تم التوصيل"_s : u"سلتك في متجر نومو للعطور بانتظارك"_s;
        insert.addBindValue(m.id);
        insert.addBindValue(time::toStorage(m.createdAt));
        insert.addBindValue(QString::fromUtf8(QJsonDocument(toJson(m)).toJson(QJsonDocument::Compact)));
        if (auto done = exec(insert); !done)
            return done;
    }
    return {};
}

// Broadcasts: White Friday's, sent and bought from; one waiting for the first day of
// Ramadan after iftar; National Day's, cancelled before it went.
Status seedBroadcasts(QSqlDatabase &db, qint64 nowMs)
{
    const QDateTime now = time::fromStorage(nowMs);
    QList<Broadcast> seeds;
    Broadcast white;
    white.id = 3;
    white.name = u"الجمعة البيضاء: خصم ٢٠٪"_s;
    white.segment = u"everyone"_s;
    white.channels = {u"whatsapp"_s, u"email"_s};
    white.sendAt = calendar::SaudiOccasions::at(u"white_friday"_s, *calendar::SaudiOccasions::dayIn(u"white_friday"_s, now.date().year()),
                                               calendar::Moment::Evening);
    if (white.sendAt > now)
        white.sendAt = now.addDays(-5);
    white.occasion = u"white_friday:evening"_s;
    white.status = u"sent"_s;
    white.planned = 1840;
    white.counts = {1812, 1650, 930, 212, 41, 28, 0};
    Broadcast ramadan;
    ramadan.id = 4;
    ramadan.name = u"رمضان كريم"_s;
    ramadan.segment = u"recent_buyers"_s;
    ramadan.segmentDays = 180;
    ramadan.channels = {u"whatsapp"_s, u"sms"_s, u"email"_s};
    const calendar::Occasion first = calendar::SaudiOccasions::upcoming(now.date(), 1).value(0);
    ramadan.occasion = first.key + u":after_iftar"_s;
    ramadan.sendAt = calendar::SaudiOccasions::at(first.key, first.day.isValid() ? first.day : now.date().addDays(60), calendar::Moment::AfterIftar);
    Broadcast national;
    national.id = 2;
    national.name = u"اليوم الوطني"_s;
    national.segment = u"lapsed"_s;
    national.segmentDays = 90;
    national.channels = {u"email"_s};
    national.occasion = u"national_day:morning"_s;
    national.sendAt = calendar::SaudiOccasions::at(u"national_day"_s, QDate(now.date().year(), 9, 23), calendar::Moment::Morning);
    national.status = u"cancelled"_s;
    seeds << ramadan << white << national;
    QSqlQuery insert(db);
    insert.prepare(u"INSERT OR REPLACE INTO broadcasts (id, at, json) VALUES (?, ?, ?)"_s);
    for (Broadcast &b : seeds) {
        b.createdAt = now.addDays(-20);
        insert.addBindValue(b.id);
        insert.addBindValue(time::toStorage(b.sendAt));
        insert.addBindValue(QString::fromUtf8(QJsonDocument(toJson(b)).toJson(QJsonDocument::Compact)));
        if (auto done = exec(insert); !done)
            return done;
    }
    return {};
}

} // namespace

Status seedDemoData(CacheDatabase &cache, const DemoSize &size, const QDateTime &now)
{
    QSqlDatabase db = cache.database();
    const qint64 nowMs = time::toStorage(now);
    // One transaction: a million rows commit in seconds, not hours.
    if (!db.transaction())
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, db.lastError().text());
    Status done = seedRows(db, size, nowMs);
    if (done)
        done = seedCoupons(cache, db, now);
    if (done)
        done = seedStateAndActivity(db, nowMs);
    if (done)
        done = seedMessageLog(db, nowMs);
    if (done)
        done = seedBroadcasts(db, nowMs);
    if (done)
        done = seedSalesDays(db, nowMs, size.days);
    if (!done) {
        db.rollback();
        return done;
    }
    if (!db.commit())
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, db.lastError().text());
    return {};
}

} // namespace nomo
