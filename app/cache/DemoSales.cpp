#include "cache/DemoSales.h"

#include "core/Time.h"
#include "domain/SalesDay.h"
#include "json/SalesJson.h"
#include "reports/AttributionRules.h"

#include <QHash>

#include <algorithm>
#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
Status failed(const QSqlQuery &query)
{
    return fail(ErrorCode::DatabaseError, u"cache.write"_s, query.lastError().text());
}

void addSource(SalesDay &day, const QString &source, const QString &automation, qint64 total)
{
    for (SalesSource &s : day.sources)
        if (s.source == source && s.automation == automation) {
            ++s.orders;
            s.revenue += total;
            s.vat += vatIn(total, std::nullopt);
            return;
        }
    day.sources.append(SalesSource{source, automation, 1, total, vatIn(total, std::nullopt)});
}
} // namespace

Status seedSalesDays(QSqlDatabase &db, qint64 nowMs, int dayCount)
{
    QRandomGenerator random(11);
    QRandomGenerator drawn(29); // the experiments' own, so they leave the other figures as they were
    QHash<QString, std::pair<qint64, QString>> couponIds; // code key -> id, code
    QSqlQuery coupons(db);
    if (!coupons.exec(u"SELECT id, code FROM coupons"_s))
        return failed(coupons);
    while (coupons.next())
        couponIds.insert(coupons.value(1).toString().toUpper(), {coupons.value(0).toLongLong(), coupons.value(1).toString()});

    QMap<QDate, SalesDay> days;
    QSqlQuery orders(db);
    if (!orders.exec(u"SELECT total_halalas, discount_halalas, COALESCE(coupon_code, ''), ordered_at FROM orders"_s))
        return failed(orders);
    while (orders.next()) {
        const qint64 total = orders.value(0).toLongLong();
        const QDate date = time::riyadhDay(QDateTime::fromMSecsSinceEpoch(orders.value(3).toLongLong(), QTimeZone::utc()));
        SalesDay &day = days[date];
        day.day = date;
        ++day.orders;
        day.revenue += total;
        day.vat += vatIn(total, std::nullopt);
        const QString code = orders.value(2).toString();
        if (!code.isEmpty()) {
            day.discount += orders.value(1).toLongLong();
            // A campaign's one-use codes count for their campaign.
            auto found = couponIds.constFind(code.toUpper());
            if (found == couponIds.cend())
                for (auto it = couponIds.cbegin(); it != couponIds.cend(); ++it)
                    if (code.toUpper().startsWith(it.key()))
                        found = it;
            const qint64 id = found != couponIds.cend() ? found->first : 0;
            const QString name = found != couponIds.cend() ? found->second : code;
            addSource(day, u"coupon"_s, QString(), total);
            bool known = false;
            for (CouponSales &c : day.coupons)
                if (c.couponId == id) {
                    ++c.uses;
                    c.discount += orders.value(1).toLongLong();
                    c.revenue += total;
                    known = true;
                }
            if (!known)
                day.coupons.append(CouponSales{id, name, 1, orders.value(1).toLongLong(), total});
            continue;
        }
        const int roll = static_cast<int>(random.bounded(100));
        if (roll < 9) {
            addSource(day, u"message"_s, u"abandoned_cart"_s, total);
            ++day.cartsRecovered;
            day.recoveredRevenue += total;
        } else if (roll < 14) {
            addSource(day, u"message"_s, u"broadcast"_s, total);
        } else if (roll < 16) {
            addSource(day, u"message"_s, u"welcome"_s, total);
        } else if (roll < 19) {
            addSource(day, u"collector"_s, QString(), total);
        } else if (roll < 21) {
            addSource(day, u"toast"_s, QString(), total);
        } else {
            addSource(day, u"none"_s, QString(), total);
        }
    }

    // The messages of each day, and what they earned (the orders above).
    const QDate today = time::riyadhDay(QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()));
    for (int back = dayCount - 1; back >= 0; --back) {
        const QDate date = today.addDays(-back);
        SalesDay &day = days[date];
        day.day = date;
        day.cartsAbandoned = day.cartsRecovered * 4 + random.bounded(6);
        day.cartsMessaged = day.cartsAbandoned * 8 / 10;
        const auto earned = [&day](const QString &automation) {
            std::pair<qint64, qint64> sum{0, 0};
            for (const SalesSource &s : std::as_const(day.sources))
                if (s.source == u"message" && s.automation == automation)
                    sum = {s.orders, s.revenue};
            return sum;
        };
        const auto [cartOrders, cartRevenue] = earned(u"abandoned_cart"_s);
        const qint64 cartSent = day.cartsMessaged;
        const qint64 emails = cartSent * 2 / 3, sms = cartSent - emails;
        day.messages.append(MessageSales{u"abandoned_cart"_s, u"email"_s, emails, emails, emails / 2, emails / 5, 0, 0,
                                         cartOrders * 2 / 3, cartRevenue * 2 / 3});
        day.messages.append(MessageSales{u"abandoned_cart"_s, u"sms"_s, sms, sms, 0, sms / 4, 0, sms * 2, cartOrders - cartOrders * 2 / 3,
                                         cartRevenue - cartRevenue * 2 / 3});
        const auto [broadcastOrders, broadcastRevenue] = earned(u"broadcast"_s);
        if (date.dayOfWeek() == 4 || broadcastOrders > 0) { // Thursday's offers
            const qint64 sent = 180 + random.bounded(60);
            day.messages.append(MessageSales{u"broadcast"_s, u"email"_s, sent, sent - 4, sent * 38 / 100, sent / 12, random.bounded(3), 0,
                                             broadcastOrders, broadcastRevenue});
        }
        const auto [welcomeOrders, welcomeRevenue] = earned(u"welcome"_s);
        const qint64 welcomes = 2 + random.bounded(4);
        day.messages.append(MessageSales{u"welcome"_s, u"email"_s, welcomes, welcomes, welcomes * 3 / 4, welcomes / 3, 0, 0, welcomeOrders,
                                         welcomeRevenue});

        // The experiments: each holding tool's shoppers of the day, 5% held back. Cart
        // reminders and the toast have a real effect, the rest little or none, so
        // the lift table shows both verdicts (and, over a short period, "not yet").
        const qint64 visitors = 250 + random.bounded(150);
        const struct
        {
            const char16_t *tool;
            qint64 shoppers;
            int treatedPermille, heldPermille; // who buys within the window
        } experiments[] = {{u"abandoned_cart", day.cartsAbandoned, 260, 110}, {u"welcome", welcomes, 60, 60},
                           {u"win_back", 3, 50, 40},                          {u"email_collector", visitors, 21, 20},
                           {u"latest_purchase", visitors, 30, 18},            {u"visitor_counter", visitors, 20, 20}};
        for (const auto &experiment : experiments) {
            ToolLift lift;
            lift.tool = QString::fromUtf16(experiment.tool);
            for (qint64 i = 0; i < experiment.shoppers; ++i) {
                const bool held = drawn.bounded(100) < 5;
                const qint64 bought = static_cast<int>(drawn.bounded(1000)) < (held ? experiment.heldPermille : experiment.treatedPermille)
                                          ? 15000 + drawn.bounded(45000)
                                          : 0;
                LiftGroup &group = held ? lift.heldBack : lift.treated;
                ++group.shoppers;
                group.revenue += bought;
                group.revenueSquares += bought * bought;
            }
            day.lift.append(lift);
        }
    }

    QSqlQuery insert(db);
    insert.prepare(u"INSERT OR REPLACE INTO sales_days (day, orders, revenue, json) VALUES (?, ?, ?, ?)"_s);
    for (SalesDay &day : days) {
        std::sort(day.sources.begin(), day.sources.end(), [](const SalesSource &a, const SalesSource &b) { return a.revenue > b.revenue; });
        insert.addBindValue(day.day.toString(Qt::ISODate));
        insert.addBindValue(day.orders);
        insert.addBindValue(day.revenue);
        insert.addBindValue(QString::fromUtf8(QJsonDocument(toJson(day)).toJson(QJsonDocument::Compact)));
        if (!insert.exec())
            return failed(insert);
    }
    return {};
}

} // namespace nomo
