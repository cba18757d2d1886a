#pragma once

#include "SimClock.h"
#include "SimHttp.h"

#include <QHttpServer>
#include <QObject>

#include <memory>

class QTimer;

namespace nomo::sim {

class SimCoupons;
class SimData;
class SimMerchantApi;
class SimOAuth;
class SimWebhooks;
struct SimStore;

// A loopback Salla: accounts (OAuth), the Merchant API, webhook delivery, a store that
// lives, and faults on demand. Everything under /_sim is the simulator's own control
// surface for tests and the demo; everything else speaks Salla's protocol.
class SallaSimulator : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        quint64 seed = 1;
        int stores = 1;
        QString clientId = QStringLiteral("nomo-sim-client");
        QString clientSecret = QStringLiteral("nomo-sim-client-secret");
        QString dataDir;
        bool autoApprove = false;
        double eventsPerMinute = 0; // living store: 0 = only on request
        // A real effect for the demo's lift report: shoppers a cart reminder reaches
        // come back for their carts this many points more often than the base rate
        // (kBaseComebackPercent), those the daemon's control group holds back do not.
        // Who is held back is the daemon's rule (reports/Holdout.h) at its share.
        QString effectTool;     // "abandoned_cart", or empty: no comebacks at all
        int effectPoints = 0;
        int holdoutPercent = 5; // the share the store's notifications hold back
    };
    static constexpr int kBaseComebackPercent = 10;

    explicit SallaSimulator(Options options, QObject *parent = nullptr);
    ~SallaSimulator() override;

    quint16 listen(const QHostAddress &address, quint16 port);
    QJsonObject readyLine() const;

    SimWebhooks &webhooks() { return *m_webhooks; }

    // One step of the living store; returns the events it caused.
    QStringList step();

private:
    // One shopper with a cart left behind comes back and buys it (abandoned.cart.purchased,
    // then order.created), or decides never to; the events sent.
    QStringList comeBack(SimStore &store);

    // Set all at once by POST /_sim/faults (a field left out is off). Salla's paths
    // only: /_sim answers are never delayed, failed or dropped.
    struct Faults
    {
        int latencyMs = 0;
        double errorRate = 0;
        // Any request, at random: it is carried out (a write is stored) and then its
        // connection is closed before the answer is written.
        double dropRate = 0;
        // The next N requests to a path starting with `failPrefix` ("/oauth2/user",
        // "/admin/v2/orders") answer 503: a deterministic outage for retry tests.
        int failNext = 0;
        QString failPrefix;
        // A lost reply: the next N writes (any method but GET/HEAD) to a path starting
        // with `dropReplyPrefix` ("/admin/v2/coupons") are carried out, whatever their
        // answer, and then their connection is closed before it is written. Salla has
        // the coupon; the client saw only a closed connection and must find out.
        int dropReplyNext = 0;
        QString dropReplyPrefix;
    };

    void dispatch(const SimRequest &request, QHttpServerResponder &&responder);
    SimResponse answer(const SimRequest &request);
    SimResponse control(const SimRequest &request);
    SimResponse dashboardCoupons(const SimRequest &request);
    QJsonObject state() const;
    qint64 storeFrom(const QJsonObject &body) const;
    QList<qint64> emitEvent(qint64 storeId, const QString &event, const QJsonObject &data);
    QJsonObject install(qint64 storeId);

    Options m_options;
    SimClock m_clock;
    std::unique_ptr<SimData> m_data;
    std::unique_ptr<SimCoupons> m_coupons;
    std::unique_ptr<SimOAuth> m_oauth;
    SimWebhooks *m_webhooks;
    std::unique_ptr<SimMerchantApi> m_api;
    QHttpServer m_server;
    QTimer *m_living;
    Faults m_faults;
    QString m_baseUrl;
    quint16 m_port = 0;
};

} // namespace nomo::sim
