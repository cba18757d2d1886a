#include "reports/SalesRollup.h"

#include "core/Time.h"
#include "db/Database.h"
#include "domain/Order.h"
#include "json/SalesJson.h"
#include "messages/SmsLength.h"
#include "reports/DayFeed.h"
#include "reports/Holdout.h"
#include "reports/OrderAttribution.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
constexpr qint64 kCommitSlackMs = 60 * 1000; // a transaction stamped before the last pass may commit after it

Result<qint64> markOf(const QSqlDatabase &db, const QString &name)
{
    auto read = db::exec(db, u"SELECT mark FROM rollup_marks WHERE name = :name"_s, {{u"name"_s, name}});
    if (!read)
        return fail(read.error());
    return read->next() ? read->value(0).toLongLong() : 0;
}

Status setMark(const QSqlDatabase &db, const QString &name, qint64 mark)
{
    auto written = db::exec(db,
                            u"INSERT INTO rollup_marks (name, mark) VALUES (:name, :mark) "
                            "ON CONFLICT (name) DO UPDATE SET mark = excluded.mark"_s,
                            {{u"name"_s, name}, {u"mark"_s, mark}});
    return written ? Status() : Status(fail(written.error()));
}
} // namespace

SalesRollup::SalesRollup(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

Result<SalesDay> SalesRollup::compute(qint64 store, QDate day) const
{
    const QString key = day.toString(Qt::ISODate);
    const QVariantMap ofDay{{u"m"_s, store}, {u"day"_s, key}};
    const QVariantMap range{{u"m"_s, store},
                            {u"from"_s, time::toStorage(time::riyadhDayStartUtc(day))},
                            {u"to"_s, time::toStorage(time::riyadhDayStartUtc(day.addDays(1)))}};
    SalesDay rolled;
    rolled.day = day;

    // Orders of the day that count, by what earned them.
    auto sources = db::exec(m_db,
                            u"SELECT source, COALESCE(automation, ''), SUM(CASE WHEN counted_halalas <> 0 THEN 1 ELSE 0 END), "
                            "SUM(counted_halalas), SUM(vat_halalas) FROM attributions WHERE merchant_id = :m AND day = :day "
                            "GROUP BY source, COALESCE(automation, '') ORDER BY 1, 2"_s,
                            ofDay);
    if (!sources)
        return fail(sources.error());
    while (sources->next()) {
        SalesSource source{sources->value(0).toString(), sources->value(1).toString(), sources->value(2).toLongLong(),
                           sources->value(3).toLongLong(), sources->value(4).toLongLong()};
        rolled.orders += source.orders;
        rolled.revenue += source.revenue;
        rolled.vat += source.vat;
        if (source.orders != 0 || source.revenue != 0)
            rolled.sources.append(source);
    }
    auto discount = db::scalar(m_db,
                               u"SELECT COALESCE(SUM(o.discount_halalas), 0) FROM attributions a JOIN orders o "
                               "ON o.merchant_id = a.merchant_id AND o.id = a.order_id "
                               "WHERE a.merchant_id = :m AND a.day = :day AND a.counted_halalas <> 0"_s,
                               ofDay);
    if (!discount)
        return fail(discount.error());
    rolled.discount = *discount;

    auto coupons = db::exec(m_db,
                            u"SELECT a.coupon_id, COALESCE(c.code, ''), COUNT(*), COALESCE(SUM(o.discount_halalas), 0), "
                            "SUM(a.counted_halalas) FROM attributions a JOIN orders o ON o.merchant_id = a.merchant_id AND o.id = a.order_id "
                            "LEFT JOIN coupons c ON c.merchant_id = a.merchant_id AND c.id = a.coupon_id "
                            "WHERE a.merchant_id = :m AND a.day = :day AND a.source = 'coupon' AND a.counted_halalas <> 0 "
                            "GROUP BY a.coupon_id, c.code ORDER BY 5 DESC, 1"_s,
                            ofDay);
    if (!coupons)
        return fail(coupons.error());
    while (coupons->next())
        rolled.coupons.append(CouponSales{coupons->value(0).toLongLong(), coupons->value(1).toString(), coupons->value(2).toLongLong(),
                                          coupons->value(3).toLongLong(), coupons->value(4).toLongLong()});

    // Messages: what went that day and what became of it; orders by the order's day.
    QMap<std::pair<QString, QString>, MessageSales> messages;
    const auto entry = [&messages](const QString &automation, const QString &channel) -> MessageSales & {
        MessageSales &m = messages[{automation, channel}];
        m.automation = automation;
        m.channel = channel;
        return m;
    };
    auto sent = db::exec(m_db,
                         u"SELECT automation, channel, COUNT(*), "
                         "SUM(CASE WHEN delivered_at IS NOT NULL OR status IN ('delivered', 'read') THEN 1 ELSE 0 END), "
                         "SUM(CASE WHEN opened_at IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN clicked_at IS NOT NULL THEN 1 ELSE 0 END) "
                         "FROM messages WHERE merchant_id = :m AND sent_at >= :from AND sent_at < :to GROUP BY automation, channel"_s,
                         range);
    if (!sent)
        return fail(sent.error());
    while (sent->next()) {
        MessageSales &m = entry(sent->value(0).toString(), sent->value(1).toString());
        m.sent = sent->value(2).toLongLong();
        m.delivered = sent->value(3).toLongLong();
        m.opened = sent->value(4).toLongLong();
        m.clicked = sent->value(5).toLongLong();
    }
    // What the gateway bills: each SMS's parts, counted as the gateway splits it.
    auto texts = db::exec(m_db,
                          u"SELECT automation, COALESCE(body_text, '') FROM messages WHERE merchant_id = :m AND channel = 'sms' "
                          "AND sent_at >= :from AND sent_at < :to"_s,
                          range);
    if (!texts)
        return fail(texts.error());
    while (texts->next())
        entry(texts->value(0).toString(), u"sms"_s).smsParts += SmsLength::of(texts->value(1).toString()).parts;
    auto unsubscribes = db::exec(m_db,
                                 u"SELECT m.automation, m.channel, COUNT(*) FROM message_links l JOIN messages m "
                                 "ON m.merchant_id = l.merchant_id AND m.id = l.message_id WHERE l.merchant_id = :m "
                                 "AND l.kind = 'unsubscribe' AND l.first_hit_at >= :from AND l.first_hit_at < :to "
                                 "GROUP BY m.automation, m.channel"_s,
                                 range);
    if (!unsubscribes)
        return fail(unsubscribes.error());
    while (unsubscribes->next())
        entry(unsubscribes->value(0).toString(), unsubscribes->value(1).toString()).unsubscribes = unsubscribes->value(2).toLongLong();
    auto earned = db::exec(m_db,
                           u"SELECT automation, channel, COUNT(*), SUM(counted_halalas) FROM attributions WHERE merchant_id = :m "
                           "AND day = :day AND source = 'message' AND counted_halalas <> 0 GROUP BY automation, channel"_s,
                           ofDay);
    if (!earned)
        return fail(earned.error());
    while (earned->next()) {
        MessageSales &m = entry(earned->value(0).toString(), earned->value(1).toString());
        m.orders = earned->value(2).toLongLong();
        m.revenue = earned->value(3).toLongLong();
    }
    rolled.messages = messages.values();

    // Carts: left that day, and reminded; bought back by the order's day.
    auto abandoned = db::scalar(m_db, u"SELECT COUNT(*) FROM abandoned_carts WHERE merchant_id = :m AND abandoned_at >= :from AND abandoned_at < :to"_s,
                                range);
    auto messaged = db::scalar(m_db,
                               u"SELECT COUNT(*) FROM abandoned_carts c WHERE c.merchant_id = :m AND c.abandoned_at >= :from "
                               "AND c.abandoned_at < :to AND EXISTS (SELECT 1 FROM messages g WHERE g.merchant_id = c.merchant_id "
                               "AND g.cart_id = c.id AND g.sent_at IS NOT NULL)"_s,
                               range);
    if (!abandoned || !messaged)
        return fail(!abandoned ? abandoned.error() : messaged.error());
    rolled.cartsAbandoned = *abandoned;
    rolled.cartsMessaged = *messaged;
    auto recovered = db::exec(m_db,
                              u"SELECT COUNT(*), COALESCE(SUM(counted_halalas), 0) FROM attributions WHERE merchant_id = :m AND day = :day "
                              "AND cart_id IS NOT NULL AND counted_halalas <> 0"_s,
                              ofDay);
    if (!recovered)
        return fail(recovered.error());
    if (recovered->next()) {
        rolled.cartsRecovered = recovered->value(0).toLongLong();
        rolled.recoveredRevenue = recovered->value(1).toLongLong();
    }
    if (auto lift = addLift(rolled, store, day); !lift)
        return fail(lift.error());
    return rolled;
}

Status SalesRollup::addLift(SalesDay &rolled, qint64 store, QDate day) const
{
    const QString key = day.toString(Qt::ISODate);
    QMap<QString, ToolLift> tools;
    // A row of a group's sums: held back or not, shoppers, revenue, revenue².
    const auto add = [&tools](const QString &tool, const db::Query &row) {
        ToolLift &lift = tools[tool];
        lift.tool = tool;
        LiftGroup &group = row.value(0).toInt() != 0 ? lift.heldBack : lift.treated;
        group.shoppers += row.value(1).toLongLong();
        group.revenue += row.value(2).toLongLong();
        group.revenueSquares += row.value(3).toLongLong();
    };
    // The automations' shoppers who came in that day, each with what they bought in
    // their window: by customer, or (a subscriber) by the customers with their address.
    auto units = db::exec(
        m_db,
        u"SELECT x.held_back, COUNT(*), SUM(x.r), SUM(x.r * x.r), x.tool FROM ("
        "SELECT u.tool, u.unit_key, u.held_back, COALESCE(SUM(a.counted_halalas), 0) AS r FROM holdout_units u "
        "LEFT JOIN orders o ON o.merchant_id = u.merchant_id AND o.customer_id = u.customer_id "
        "AND o.ordered_at >= u.exposed_at AND o.ordered_at < u.exposed_at + u.window_ms "
        "LEFT JOIN attributions a ON a.merchant_id = o.merchant_id AND a.order_id = o.id "
        "WHERE u.merchant_id = :m AND u.day = :day AND u.customer_id IS NOT NULL GROUP BY u.tool, u.unit_key, u.held_back "
        "UNION ALL "
        "SELECT u.tool, u.unit_key, u.held_back, COALESCE(SUM(a.counted_halalas), 0) AS r FROM holdout_units u "
        "LEFT JOIN customers c ON c.merchant_id = u.merchant_id AND c.email = u.email "
        "LEFT JOIN orders o ON o.merchant_id = c.merchant_id AND o.customer_id = c.id "
        "AND o.ordered_at >= u.exposed_at AND o.ordered_at < u.exposed_at + u.window_ms "
        "LEFT JOIN attributions a ON a.merchant_id = o.merchant_id AND a.order_id = o.id "
        "WHERE u.merchant_id = :m2 AND u.day = :day2 AND u.customer_id IS NULL GROUP BY u.tool, u.unit_key, u.held_back"
        ") x GROUP BY x.tool, x.held_back"_s,
        {{u"m"_s, store}, {u"day"_s, key}, {u"m2"_s, store}, {u"day2"_s, key}});
    if (!units)
        return fail(units.error());
    while (units->next())
        add(units->value(4).toString(), *units);
    // The storefront's: each visitor of the day (an id lives one day) whose visit began
    // with the tool on, in the group the visit recorded, with what they ordered that day.
    for (const QString &tool : holdout::storefrontTools()) {
        const int bit = holdout::storefrontBit(tool);
        auto visitors = db::exec(
            m_db,
            u"SELECT x.held, COUNT(*), SUM(x.r), SUM(x.r * x.r) FROM ("
            "SELECT s.visitor_id, MAX(CASE WHEN (s.held_back & :bit) <> 0 THEN 1 ELSE 0 END) AS held, "
            "(SELECT COALESCE(SUM(a.counted_halalas), 0) FROM attributions a WHERE a.merchant_id = :m2 AND a.day = :day "
            "AND a.visitor_id = s.visitor_id) AS r FROM visitor_sessions s WHERE s.merchant_id = :m AND s.started_at >= :from "
            "AND s.started_at < :to AND (s.tools_on & :bit2) <> 0 GROUP BY s.visitor_id) x GROUP BY x.held"_s,
            {{u"bit"_s, bit},
             {u"m2"_s, store},
             {u"day"_s, key},
             {u"m"_s, store},
             {u"from"_s, time::toStorage(time::riyadhDayStartUtc(day))},
             {u"to"_s, time::toStorage(time::riyadhDayStartUtc(day.addDays(1)))},
             {u"bit2"_s, bit}});
        if (!visitors)
            return fail(visitors.error());
        while (visitors->next())
            add(tool, *visitors);
    }
    for (const QString &tool : holdout::allTools())
        if (tools.contains(tool))
            rolled.lift.append(tools.value(tool));
    return {};
}

Result<bool> SalesRollup::publish(qint64 store, QDate day)
{
    auto rolled = compute(store, day);
    if (!rolled)
        return fail(rolled.error());
    SalesDay empty;
    empty.day = day;
    return DayFeed{u"sales_days"_s, u"sales_day"_s}.publish(m_db, m_clock, store, day, toJson(*rolled), *rolled == empty);
}

Result<int> SalesRollup::backfill(int limit)
{
    const QString name = u"sales.backfill"_s;
    auto mark = markOf(m_db, name);
    if (!mark)
        return fail(mark.error());
    auto orders = db::exec(m_db,
                           u"SELECT o.merchant_id, o.id FROM orders o WHERE o.id > :after AND NOT EXISTS (SELECT 1 FROM attributions a "
                           "WHERE a.merchant_id = o.merchant_id AND a.order_id = o.id) ORDER BY o.id LIMIT :limit"_s,
                           {{u"after"_s, *mark}, {u"limit"_s, limit}});
    if (!orders)
        return fail(orders.error());
    QList<std::pair<qint64, qint64>> missing;
    while (orders->next())
        missing.append({orders->value(0).toLongLong(), orders->value(1).toLongLong()});
    for (const auto &[store, order] : std::as_const(missing))
        if (auto followed = OrderAttribution(m_db, store, m_clock).follow(order, Order{}); !followed)
            return fail(followed.error());
    // Orders recorded from now on are attributed as they come: the mark only moves on.
    auto highest = db::scalar(m_db, u"SELECT COALESCE(MAX(id), 0) FROM orders"_s);
    if (!highest)
        return fail(highest.error());
    const qint64 next = missing.size() < limit ? *highest : missing.constLast().second;
    if (next != *mark)
        if (auto set = setMark(m_db, name, next); !set)
            return fail(set.error());
    return static_cast<int>(missing.size());
}

Result<int> SalesRollup::pass()
{
    if (auto filled = backfill(kBackfillBatch); !filled)
        return fail(filled.error());
    const QString name = u"sales.days"_s;
    auto mark = markOf(m_db, name);
    if (!mark)
        return fail(mark.error());
    auto moved = db::exec(m_db,
                          u"SELECT merchant_id, day, MAX(updated_at) FROM attributions WHERE updated_at > :since "
                          "GROUP BY merchant_id, day ORDER BY 1, 2"_s,
                          {{u"since"_s, *mark - kCommitSlackMs}});
    if (!moved)
        return fail(moved.error());
    QSet<std::pair<qint64, QString>> days;
    qint64 newest = *mark;
    while (moved->next()) {
        days.insert({moved->value(0).toLongLong(), moved->value(1).toString()});
        newest = std::max(newest, moved->value(2).toLongLong());
    }
    // And the days of the experiments' shoppers who came in or bought since.
    auto units = db::exec(m_db,
                          u"SELECT merchant_id, day, MAX(updated_at) FROM holdout_units WHERE updated_at > :since "
                          "GROUP BY merchant_id, day ORDER BY 1, 2"_s,
                          {{u"since"_s, *mark - kCommitSlackMs}});
    if (!units)
        return fail(units.error());
    while (units->next()) {
        days.insert({units->value(0).toLongLong(), units->value(1).toString()});
        newest = std::max(newest, units->value(2).toLongLong());
    }
    auto stores = db::exec(m_db, u"SELECT id FROM merchants WHERE status <> 'uninstalled' ORDER BY id"_s);
    if (!stores)
        return fail(stores.error());
    const QDate today = time::riyadhDay(m_clock.nowUtc());
    while (stores->next())
        for (const QDate day : {today.addDays(-1), today})
            days.insert({stores->value(0).toLongLong(), day.toString(Qt::ISODate)});
    int sent = 0;
    for (const auto &[store, day] : std::as_const(days)) {
        auto published = publish(store, QDate::fromString(day, Qt::ISODate));
        if (!published)
            return fail(published.error());
        sent += *published;
    }
    if (newest != *mark)
        if (auto set = setMark(m_db, name, newest); !set)
            return fail(set.error());
    return sent;
}

Result<int> SalesRollup::rebuild(qint64 store, bool refollowOrders)
{
    const QString only = store > 0 ? u" WHERE merchant_id = :m"_s : QString();
    const QVariantMap binds = store > 0 ? QVariantMap{{u"m"_s, store}} : QVariantMap{};
    // Every order attributed, and what counts in step with its stored status.
    if (refollowOrders) {
        auto orders = db::exec(m_db, u"SELECT merchant_id, id FROM orders"_s + only, binds);
        if (!orders)
            return fail(orders.error());
        QList<std::pair<qint64, qint64>> all;
        while (orders->next())
            all.append({orders->value(0).toLongLong(), orders->value(1).toLongLong()});
        for (const auto &[merchant, order] : std::as_const(all))
            if (auto followed = OrderAttribution(m_db, merchant, m_clock).follow(order, Order{}); !followed)
                return fail(followed.error());
    }
    QSet<std::pair<qint64, QDate>> days;
    for (const QString &table : {u"attributions"_s, u"holdout_units"_s}) {
        auto ordered = db::exec(m_db, u"SELECT DISTINCT merchant_id, day FROM "_s + table + only, binds);
        if (!ordered)
            return fail(ordered.error());
        while (ordered->next())
            days.insert({ordered->value(0).toLongLong(), QDate::fromString(ordered->value(1).toString(), Qt::ISODate)});
    }
    for (const QString &sql : {u"SELECT merchant_id, sent_at FROM messages WHERE sent_at IS NOT NULL"_s,
                               u"SELECT merchant_id, abandoned_at FROM abandoned_carts WHERE abandoned_at IS NOT NULL"_s,
                               u"SELECT merchant_id, started_at FROM visitor_sessions WHERE tools_on <> 0"_s}) {
        auto times = db::exec(m_db, sql + (store > 0 ? u" AND merchant_id = :m"_s : QString()), binds);
        if (!times)
            return fail(times.error());
        while (times->next())
            days.insert({times->value(0).toLongLong(), time::riyadhDay(time::fromStorage(times->value(1).toLongLong()))});
    }
    int sent = 0;
    for (const auto &[merchant, day] : std::as_const(days)) {
        auto published = publish(merchant, day);
        if (!published)
            return fail(published.error());
        sent += *published;
    }
    return sent;
}

} // namespace nomo
