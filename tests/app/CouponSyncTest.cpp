// Coupon changes through the outbox against a loopback daemon speaking the console
// API: a new coupon is one POST (201) shown as pending until the change feed brings
// it synced; an edit is a PATCH with If-Match, and the change behind it rests on its
// answer; a conflict keeps the daemon's copy; a 422 names its problems by field; stop
// and delete; and a campaign's codes exported as a spreadsheet.
#include "api/ApiClient.h"
#include "app/ConsoleController.h"
#include "app/CouponFlows.h"
#include "cache/CouponStore.h"
#include "cache/Outbox.h"
#include "i18n/Language.h"
#include "support/CacheFixture.h"
#include "support/Coupons.h"
#include "support/FakeDaemon.h"
#include "sync/CouponRequests.h"
#include "salla/SallaCoupons.h"
#include "sync/SyncEngine.h"
#include "ui/DashboardWindow.h"
#include "viewmodels/CouponsModel.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {

class CouponSyncTest : public CacheFixture
{
protected:
    void SetUp() override
    {
        CacheFixture::SetUp();
        m_api = std::make_unique<ApiClient>(m_daemon.baseUrl());
        m_api->setToken(u"test-token"_s);
        m_api->setTimeoutMs(3000);
        m_engine = std::make_unique<SyncEngine>(cache(), *m_api);
        m_engine->setSignedIn(true);
        m_daemon.on("GET /api/v1/status", [](const FakeRequest &) { return FakeReply{200, statusBody(StoreStatus::Authorization::Ok)}; });
        m_daemon.on("GET /api/v1/activity", [](const FakeRequest &) { return FakeReply{200, {{u"events"_s, QJsonArray{}}}}; });
        m_daemon.on("GET /api/v1/devices", [](const FakeRequest &) { return FakeReply{200, {{u"devices"_s, QJsonArray{}}}}; });
        m_daemon.on("GET /api/v1/changes", [this](const FakeRequest &request) {
            qint64 next = request.query(u"since"_s).toLongLong();
            QJsonArray changes;
            for (const QJsonValue &item : std::as_const(m_feed))
                if (item[u"seq"_s].toInteger() > next) {
                    changes.append(item);
                    next = item[u"seq"_s].toInteger();
                }
            return FakeReply{200, pageBody(changes, next, false)};
        });
    }
    void TearDown() override { Language::apply(*static_cast<QApplication *>(QCoreApplication::instance()), Language::localeFor(u"ar"_s)); }

    bool runPass()
    {
        QSignalSpy finished(m_engine.get(), &SyncEngine::passFinished);
        m_engine->syncNow();
        return finished.wait(5000) && finished.takeFirst().at(0).toBool();
    }
    // The daemon's copy on its change feed, as its coupon routes and push job put it there.
    void feed(const Coupon &coupon)
    {
        m_feed.append(change(++m_seq, u"coupon"_s, QString::number(coupon.id), toJson(coupon)));
    }
    void feedDeleted(qint64 id) { m_feed.append(change(++m_seq, u"coupon"_s, QString::number(id), {}, u"delete"_s)); }
    // The coupon a POST or PATCH body makes, as the daemon stores it: pending for Salla.
    static Coupon stored(qint64 id, qint64 version, const QJsonObject &body)
    {
        Coupon coupon;
        coupon.id = id;
        coupon.version = version;
        coupon.terms = salla::readCouponRequest(body, CouponDraft(), nullptr, couponReadOnlyFields());
        coupon.status = coupon.terms.active ? Coupon::Status::Active : Coupon::Status::Inactive;
        coupon.syncState = Coupon::SyncState::Pending;
        coupon.updatedAt = QDateTime::currentDateTimeUtc();
        return coupon;
    }
    static CouponDraft terms(const QString &code)
    {
        return sampleCoupon(0, code, 2000, QDate::currentDate().addDays(30)).terms;
    }

    FakeDaemon m_daemon;
    QJsonArray m_feed;
    qint64 m_seq = 100; // after what applyCoupons puts in the cache
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace

TEST_F(CouponSyncTest, ANewCouponIsPostedOnceAndShowsPendingUntilTheFeedBringsItSynced)
{
    int posts = 0;
    m_daemon.on("POST /api/v1/coupons", [&posts](const FakeRequest &request) {
        if (++posts == 1)
            return FakeReply{503, {}}; // not now: the same request, same key, goes again
        return FakeReply{201, toJson(stored(41, 1, request.json()))};
    });
    QSignalSpy changed(m_engine.get(), &SyncEngine::couponsChanged);
    ASSERT_TRUE(m_engine->changeCoupon(couponCreateRequest(terms(u"EID25"_s))).has_value());
    EXPECT_EQ(changed.count(), 1) << "the list shows it at once";
    ASSERT_EQ(CouponStore(cache()).all().size(), 1);
    EXPECT_FALSE(CouponStore(cache()).all().first().onDaemon);
    runPass();
    ASSERT_TRUE(runPass());
    const QList<FakeRequest> sent = m_daemon.requestsTo("POST /api/v1/coupons");
    ASSERT_EQ(sent.size(), 2);
    EXPECT_EQ(sent[0].headers.value("idempotency-key"), sent[1].headers.value("idempotency-key"));
    EXPECT_FALSE(sent[0].headers.contains("if-match"));
    EXPECT_EQ(sent[1].json(), salla::couponRequest(terms(u"EID25"_s)));
    EXPECT_EQ(Outbox(cache()).count(), 0);
    std::optional<CouponRecord> saved = CouponStore(cache()).find(41);
    ASSERT_TRUE(saved.has_value()) << "the 201's copy is in the cache";
    EXPECT_TRUE(saved->onDaemon);
    EXPECT_EQ(CouponsModel::syncKey(*saved), u"pending"_s) << "waiting for Salla";
    EXPECT_EQ(CouponStore(cache()).all().size(), 1) << "one row, not the queued one beside it";

    Coupon synced = stored(41, 1, sent[1].json());
    synced.syncState = Coupon::SyncState::Synced;
    synced.sallaId = 9001;
    feed(synced);
    ASSERT_TRUE(runPass());
    saved = CouponStore(cache()).find(41);
    EXPECT_EQ(CouponsModel::syncKey(*saved), u"synced"_s);
}

TEST_F(CouponSyncTest, AnEditIsAPatchWithIfMatchAndTheChangeBehindItRestsOnItsAnswer)
{
    Coupon eid = sampleCoupon(7, u"EID25"_s, 2500, QDate::currentDate().addDays(30));
    eid.version = 4;
    applyCoupons(cache(), {eid});
    m_daemon.on("PATCH /api/v1/coupons/7", [](const FakeRequest &request) {
        const qint64 version = request.headers.value("if-match").toLongLong();
        return FakeReply{200, toJson(stored(7, version + 1, request.json()))};
    });
    m_daemon.on("DELETE /api/v1/coupons/7", [](const FakeRequest &) { return FakeReply{202, QJsonObject{}}; });
    CouponDraft edited = eid.terms;
    edited.amount = 3000;
    ASSERT_TRUE(m_engine->changeCoupon(couponEditRequest(7, edited, 4)).has_value());
    ASSERT_TRUE(m_engine->changeCoupon(couponDeleteRequest(7, 4)).has_value());
    ASSERT_TRUE(runPass());
    const QList<FakeRequest> patches = m_daemon.requestsTo("PATCH /api/v1/coupons/7");
    ASSERT_EQ(patches.size(), 1);
    EXPECT_EQ(patches[0].headers.value("if-match"), "4");
    EXPECT_EQ(patches[0].json().value(u"amount"_s).toDouble(), 30.0);
    const QList<FakeRequest> deletes = m_daemon.requestsTo("DELETE /api/v1/coupons/7");
    ASSERT_EQ(deletes.size(), 1);
    EXPECT_EQ(deletes[0].headers.value("if-match"), "5") << "made after the edit, it rests on the edit's answer";
    const std::optional<CouponRecord> deleted = CouponStore(cache()).find(7);
    ASSERT_TRUE(deleted.has_value()) << "kept, marked, until Salla has deleted it too";
    EXPECT_EQ(deleted->coupon.status, Coupon::Status::Deleted);
    // The feed's delete, once Salla has deleted it.
    feedDeleted(7);
    ASSERT_TRUE(runPass());
    EXPECT_FALSE(CouponStore(cache()).find(7).has_value());
}

TEST_F(CouponSyncTest, AConflictKeepsTheDaemonsCopyAndTheMerchantIsTold)
{
    Coupon eid = sampleCoupon(7, u"EID25"_s, 2500, QDate::currentDate().addDays(30));
    applyCoupons(cache(), {eid});
    Coupon theirs = eid;
    theirs.version = 2;
    theirs.terms.amount = 4000; // saved on another device first
    m_daemon.on("PATCH /api/v1/coupons/7", [theirs](const FakeRequest &) {
        return FakeReply{409, QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"conflict"_s}, {u"message"_s, u"stale"_s}}},
                                          {u"current"_s, toJson(theirs)}}};
    });
    QSignalSpy rejected(m_engine.get(), &SyncEngine::couponRejected);
    CouponDraft mine = eid.terms;
    mine.amount = 3000;
    ASSERT_TRUE(m_engine->changeCoupon(couponEditRequest(7, mine, 1)).has_value());
    ASSERT_TRUE(m_engine->changeCoupon(couponDisableRequest(7)).has_value());
    ASSERT_TRUE(runPass());
    ASSERT_EQ(rejected.count(), 1);
    EXPECT_EQ(rejected.first().at(1).value<SyncEngine::Rejection>(), SyncEngine::Rejection::Conflict);
    EXPECT_EQ(Outbox(cache()).count(), 0) << "the stop queued behind rested on the stale copy";
    EXPECT_TRUE(m_daemon.requestsTo("POST /api/v1/coupons/7/disable").isEmpty());
    const std::optional<CouponRecord> now = CouponStore(cache()).find(7);
    EXPECT_EQ(now->coupon.terms.amount, 4000);
    EXPECT_EQ(now->version, 2);
    EXPECT_FALSE(now->pendingChange);
}

TEST_F(CouponSyncTest, ARefusedCouponNamesItsProblemsByFieldAndLeavesTheList)
{
    m_daemon.on("POST /api/v1/coupons", [](const FakeRequest &) {
        const QJsonArray problems{QJsonObject{{u"field"_s, u"code"_s}, {u"key"_s, u"coupon.code_taken"_s}, {u"message"_s, u"taken"_s}},
                                  QJsonObject{{u"field"_s, u"expiry_date"_s}, {u"key"_s, u"coupon.expiry_past"_s}, {u"message"_s, u"past"_s}}};
        return FakeReply{422, QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"validation_failed"_s}, {u"message"_s, u"problems"_s},
                                                                    {u"field"_s, u"code"_s}, {u"problems"_s, problems}}}}};
    });
    QSignalSpy rejected(m_engine.get(), &SyncEngine::couponRejected);
    ASSERT_TRUE(m_engine->changeCoupon(couponCreateRequest(terms(u"EID25"_s))).has_value());
    ASSERT_TRUE(runPass());
    ASSERT_EQ(rejected.count(), 1);
    EXPECT_EQ(rejected.first().at(1).value<SyncEngine::Rejection>(), SyncEngine::Rejection::Invalid);
    const ApiResponse response = rejected.first().at(2).value<ApiResponse>();
    EXPECT_EQ(couponProblems(response), (QList<CouponProblem>{{u"code"_s, u"coupon.code_taken"_s}, {u"expiry_date"_s, u"coupon.expiry_past"_s}}));
    EXPECT_TRUE(CouponStore(cache()).all().isEmpty()) << "nothing was made";
}

TEST_F(CouponSyncTest, StoppingACouponIsAPostOfItsDisable)
{
    Coupon eid = sampleCoupon(7, u"EID25"_s, 2500, QDate::currentDate().addDays(30));
    applyCoupons(cache(), {eid});
    m_daemon.on("POST /api/v1/coupons/7/disable", [eid](const FakeRequest &) {
        Coupon stopped = eid;
        stopped.terms.active = false;
        stopped.status = Coupon::Status::Inactive;
        stopped.version = 2;
        stopped.syncState = Coupon::SyncState::Pending;
        return FakeReply{200, toJson(stopped)};
    });
    ASSERT_TRUE(m_engine->changeCoupon(couponDisableRequest(7)).has_value());
    EXPECT_EQ(CouponStore(cache()).find(7)->coupon.status, Coupon::Status::Inactive) << "shown stopped at once";
    ASSERT_TRUE(runPass());
    ASSERT_EQ(m_daemon.requestsTo("POST /api/v1/coupons/7/disable").size(), 1);
    const std::optional<CouponRecord> stopped = CouponStore(cache()).find(7);
    EXPECT_EQ(stopped->coupon.status, Coupon::Status::Inactive);
    EXPECT_EQ(stopped->version, 2);
    EXPECT_FALSE(stopped->pendingChange);
}

TEST_F(CouponSyncTest, ACampaignsCodesAreExportedAsASpreadsheetExcelReadsInArabic)
{
    Coupon gifts = sampleCoupon(9, u"VIP"_s, 2000, QDate::currentDate().addDays(30));
    gifts.terms.isGroup = true;
    gifts.terms.groupCount = 3;
    gifts.terms.groupName = u"هدايا"_s;
    applyCoupons(cache(), {gifts});
    m_daemon.on("GET /api/v1/coupons/9/codes", [](const FakeRequest &) {
        return FakeReply{200, QJsonObject{{u"coupon_id"_s, 9}, {u"codes"_s, QJsonArray{u"VIP7KQ2MX"_s, u"VIPPH4N9A"_s, u"VIPZ3T8WC"_s}}}};
    });
    m_engine.reset();
    m_api.reset();
    Language::apply(*static_cast<QApplication *>(QCoreApplication::instance()), Language::localeFor(u"ar"_s));
    auto controller = ConsoleController::create({m_daemon.baseUrl(), dataDir(), false});
    ASSERT_TRUE(controller.has_value());
    (*controller)->window().show();
    CouponFlows &flows = (*controller)->coupons();
    const QString file = dataDir() + u"/codes.csv"_s;
    QString suggested;
    flows.setFileChooser([&](const QString &name) {
        suggested = name;
        return file;
    });
    QSignalSpy exported(&flows, &CouponFlows::exported);
    flows.exportCodes(9);
    ASSERT_TRUE(exported.wait(5000));
    EXPECT_EQ(suggested, u"VIP-codes.csv"_s);
    EXPECT_EQ(exported.first().at(1).toInt(), 3);
    QFile csv(file);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_EQ(csv.readAll(), QByteArray("\xEF\xBB\xBF") + u"رمز الكوبون"_s.toUtf8() + "\r\nVIP7KQ2MX\r\nVIPPH4N9A\r\nVIPZ3T8WC\r\n");
    EXPECT_TRUE((*controller)->window().notice().contains(u"حفظنا ٣ رموز في الملف"_s)) << (*controller)->window().notice().toStdString();
}
