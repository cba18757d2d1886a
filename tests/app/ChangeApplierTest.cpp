// A page of the change feed lands in the cache with its cursor in one transaction:
// a crash in the middle leaves nothing of the page, and applying again finishes it.
#include "cache/ChangeApplier.h"
#include "cache/DashboardQueries.h"
#include "cache/FeatureStore.h"
#include "cache/SyncStateStore.h"
#include "support/CacheFixture.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {

class ChangeApplierTest : public CacheFixture
{
protected:
    ChangePage fivePage()
    {
        QJsonArray changes;
        for (int i = 1; i <= 4; ++i)
            changes.append(change(i, u"order"_s, QString::number(i), orderPayload(i, 10000 * i, i % 2 ? u"EID"_s : QString(),
                                                                                    u"2025-11-2%1T10:00:00.000Z"_s.arg(i))));
        changes.append(change(5, u"feature"_s, u"coupons"_s, featurePayload(u"coupons"_s, true, {}, 3)));
        return decodedPage(changes, 5, false);
    }
    qint64 orderCount()
    {
        QSqlQuery query(cache().database());
        query.exec(u"SELECT COUNT(*) FROM orders"_s);
        return query.next() ? query.value(0).toLongLong() : -1;
    }
};

} // namespace

TEST_F(ChangeApplierTest, AppliesAPageAndMovesTheCursor)
{
    auto cursor = ChangeApplier(cache()).apply(fivePage());
    ASSERT_TRUE(cursor.has_value());
    EXPECT_EQ(*cursor, 5);
    EXPECT_EQ(SyncStateStore(cache()).cursor(), 5);
    EXPECT_EQ(orderCount(), 4);
    const FeatureRecord coupons = FeatureStore(cache()).serverCopy(u"coupons"_s);
    EXPECT_TRUE(coupons.enabled);
    EXPECT_EQ(coupons.version, 3);
    EXPECT_EQ(coupons.settings.value(u"default_percent"_s).toInt(), 10); // defaults filled in
}

TEST_F(ChangeApplierTest, KilledMidPageLeavesNothingPartialAndReapplyFinishesIt)
{
    const ChangePage page = fivePage();
    // Stands for the process dying after the third row: the transaction never commits.
    auto crashed = ChangeApplier(cache()).apply(page, [](qsizetype applied) -> Status {
        if (applied == 3)
            return fail(ErrorCode::Internal, u"test.crash"_s);
        return {};
    });
    ASSERT_FALSE(crashed.has_value());
    reopen(); // as after a restart
    EXPECT_EQ(orderCount(), 0);
    EXPECT_EQ(SyncStateStore(cache()).cursor(), 0);

    ASSERT_TRUE(ChangeApplier(cache()).apply(page).has_value());
    EXPECT_EQ(orderCount(), 4);
    EXPECT_EQ(SyncStateStore(cache()).cursor(), 5);
}

TEST_F(ChangeApplierTest, APageAlreadyAppliedChangesNothing)
{
    const ChangePage page = fivePage();
    ASSERT_TRUE(ChangeApplier(cache()).apply(page).has_value());
    const Tally before = DashboardQueries(cache()).ordersSince(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    ASSERT_TRUE(ChangeApplier(cache()).apply(page).has_value());
    const Tally after = DashboardQueries(cache()).ordersSince(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    EXPECT_EQ(before.count, after.count);
    EXPECT_EQ(before.halalas, after.halalas);
    EXPECT_EQ(SyncStateStore(cache()).cursor(), 5);
}

TEST_F(ChangeApplierTest, DeletesRemoveRows)
{
    ASSERT_TRUE(ChangeApplier(cache()).apply(fivePage()).has_value());
    const ChangePage page = decodedPage(QJsonArray{change(6, u"order"_s, u"2"_s, {{u"id"_s, 2}}, u"delete"_s)}, 6, false);
    ASSERT_TRUE(ChangeApplier(cache()).apply(page).has_value());
    EXPECT_EQ(orderCount(), 3);
}

TEST_F(ChangeApplierTest, CountsCouponOrdersWithIndexedAggregates)
{
    ASSERT_TRUE(ChangeApplier(cache()).apply(fivePage()).has_value());
    const Tally withCoupon = DashboardQueries(cache()).couponOrdersSince(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    EXPECT_EQ(withCoupon.count, 2); // orders 1 and 3
    EXPECT_EQ(withCoupon.halalas, 40000);
    QSqlQuery plan(cache().database());
    plan.exec(u"EXPLAIN QUERY PLAN SELECT COUNT(*), SUM(total_halalas) FROM orders WHERE ordered_at >= 0 AND coupon_code <> ''"_s);
    ASSERT_TRUE(plan.next());
    EXPECT_TRUE(plan.value(3).toString().contains(u"orders_by_time"_s)) << plan.value(3).toString().toStdString();
}

TEST_F(ChangeApplierTest, RefusesAMalformedPage)
{
    EXPECT_FALSE(fromJson<ChangePage>(QJsonObject{{u"changes"_s, 3}}).has_value());
    EXPECT_FALSE(fromJson<ChangePage>(pageBody(QJsonArray{change(1, u"order"_s, u"1"_s, {}, u"merge"_s)}, 1, false)).has_value());
}

TEST_F(ChangeApplierTest, APayloadThatDoesNotReadIsSkippedWholeAndTheRestOfThePageApplies)
{
    QJsonObject broken = orderPayload(2, 20000, {}, u"2025-11-22T10:00:00.000Z"_s);
    broken.insert(u"total_halalas"_s, u"200.00"_s); // a decimal string where halalas belong
    QJsonObject noCity = orderPayload(3, 30000, {}, u"2025-11-22T11:00:00.000Z"_s);
    noCity.remove(u"city"_s);
    const QJsonArray changes{change(1, u"order"_s, u"1"_s, orderPayload(1, 10000, {}, u"2025-11-22T09:00:00.000Z"_s)),
                             change(2, u"order"_s, u"2"_s, broken), change(3, u"order"_s, u"3"_s, noCity),
                             change(4, u"order"_s, u"4"_s, orderPayload(4, 40000, {}, u"2025-11-22T12:00:00.000Z"_s))};
    auto cursor = ChangeApplier(cache()).apply(decodedPage(changes, 4, false));
    ASSERT_TRUE(cursor.has_value());
    EXPECT_EQ(*cursor, 4); // the feed moves on: the same page would not read better next time
    QSqlQuery rows(cache().database());
    rows.exec(u"SELECT id, total_halalas FROM orders ORDER BY id"_s);
    QList<std::pair<qint64, qint64>> stored;
    while (rows.next())
        stored.append({rows.value(0).toLongLong(), rows.value(1).toLongLong()});
    // Nothing of orders 2 and 3: not a row with a zero total, not a row without its city.
    EXPECT_EQ(stored, (QList<std::pair<qint64, qint64>>{{1, 10000}, {4, 40000}}));
}

TEST_F(ChangeApplierTest, BindsEveryEntityFromItsCodec)
{
    QJsonObject cart{{u"id"_s, 7}, {u"salla_id"_s, 77310452}, {u"customer_id"_s, QJsonValue::Null}, {u"total_halalas"_s, 18900},
                     {u"checkout_url"_s, u"https://store.example.sa/checkout/77310452"_s}, {u"status"_s, u"abandoned"_s},
                     {u"abandoned_at"_s, u"2025-11-22T19:05:44.000Z"_s}};
    QJsonObject customer{{u"id"_s, 812}, {u"salla_id"_s, 560771234}, {u"first_name"_s, u"نورة"_s}, {u"last_name"_s, u"القحطاني"_s},
                         {u"email"_s, u"noura@example.sa"_s}, {u"mobile"_s, u"+966551234567"_s}, {u"city"_s, u"جدة"_s},
                         {u"country"_s, u"SA"_s}, {u"updated_at"_s, QJsonValue::Null}};
    const QJsonArray changes{change(1, u"abandoned_cart"_s, u"7"_s, cart), change(2, u"customer"_s, u"812"_s, customer)};
    ASSERT_TRUE(ChangeApplier(cache()).apply(decodedPage(changes, 2, false)).has_value());
    EXPECT_EQ(DashboardQueries(cache()).abandonedCarts().halalas, 18900);
    QSqlQuery row(cache().database());
    row.exec(u"SELECT first_name, city, updated_at IS NULL FROM customers WHERE id = 812"_s);
    ASSERT_TRUE(row.next());
    EXPECT_EQ(row.value(0).toString(), u"نورة"_s);
    EXPECT_EQ(row.value(1).toString(), u"جدة"_s);
    EXPECT_TRUE(row.value(2).toBool());
}
