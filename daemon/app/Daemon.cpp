#include "app/Daemon.h"

#include "app/StorePurge.h"
#include "reports/SalesRollup.h"

#include "app/BackgroundWork.h"
#include "app/BenchmarkRoutes.h"
#include "app/DatabaseLock.h"
#include "app/DescriptorLimit.h"
#include "app/TokenKeySetup.h"
#include "db/Database.h"
#include "jobs/QueueWorker.h"
#include "jobs/Subscriptions.h"
#include "security/TokenCipher.h"
#include "webhooks/EventDrain.h"
#include "webhooks/IntakePressure.h"
#include "webhooks/WebhookIntake.h"
#include "health/HealthRoutes.h"
#include "health/MetricsRoutes.h"
#include "oauth/SallaOAuthRoutes.h"
#include "console/ActivityController.h"
#include "console/ReportsController.h"
#include "console/ChangesController.h"
#include "console/CouponsController.h"
#include "console/DevicesController.h"
#include "console/SubscribersController.h"
#include "console/FeaturesController.h"
#include "console/StatusController.h"
#include "http/Routes.h"
#include "console/SignInRoutes.h"
#include "console/MessagesController.h"
#include "console/TemplatesController.h"
#include "mail/MailTransport.h"
#include "messages/EmailChannel.h"
#include "messages/MessageRoutes.h"
#include "console/BroadcastsController.h"
#include "messages/MessageSender.h"
#include "messages/sms/SmsChannel.h"
#include "messages/whatsapp/WhatsAppChannel.h"
#include "messages/whatsapp/WhatsAppWebhook.h"
#include "push/PushChannel.h"
#include "push/VapidKeys.h"
#include "push/WebPushCrypto.h"
#include "storefront/LiveStream.h"
#include "storefront/StorefrontRoutes.h"
#include "outbound/OutboundCaller.h"
#include "repositories/ConsoleDeviceRepository.h"
#include "repositories/MerchantRepository.h"
#include "repositories/WebhookInbox.h"
#include "salla/CouponPush.h"
#include "salla/CouponReconcile.h"
#include "salla/MerchantProfileSync.h"
#include "salla/Reconciler.h"
#include "salla/SallaAccountsClient.h"
#include "salla/SallaApiClient.h"
#include "salla/SallaTokenManager.h"
#include "http/DaemonHttpServer.h"
#include "http/DeferredReply.h"
#include "logging/Logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostInfo>
#include <QTimer>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
const QString kMainConnection = u"nomo-main"_s;

Result<QSqlDatabase> openAndMigrate(const DaemonConfig &config, const Migrator &migrator, const QString &connection)
{
    auto db = db::open(config.databaseUrl(), connection, config.busyTimeoutMs());
    if (!db)
        return fail(db.error());
    auto applied = migrator.migrate(*db);
    if (!applied)
        return fail(applied.error());
    if (*applied > 0)
        qCInfo(lcStartup) << "database migrated to schema version" << migrator.latestVersion();
    return db;
}
} // namespace

Daemon::Daemon(DaemonConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_subscriptions(std::make_unique<Subscriptions>())
{
}

Daemon::~Daemon()
{
    stop();
}

Status Daemon::start()
{
    qCInfo(lcStartup).noquote() << "database" << m_config.databaseUrl().redacted();
    if (m_config.databaseUrl().engine == DbEngine::Sqlite) {
        QDir().mkpath(QFileInfo(m_config.databaseUrl().sqlitePath).absolutePath());
        auto lock = DatabaseLock::acquire(m_config.databaseUrl().sqlitePath);
        if (!lock)
            return fail(lock.error());
        m_lock = std::move(*lock);
    }
    auto db = openAndMigrate(m_config, m_migrator, kMainConnection);
    if (!db)
        return fail(db.error());
    m_databaseOpen = true;
    if (m_config.databaseUrl().engine == DbEngine::Postgres) {
        // A 200 to Salla promises the event is on disk; with this off the cluster may
        // lose the last commits it confirmed when it crashes.
        if (auto sync = db::exec(*db, u"SHOW synchronous_commit"_s); sync && sync->next() && sync->value(0).toString() == u"off")
            qCWarning(lcStartup) << "PostgreSQL runs with synchronous_commit=off: webhooks answered 200 may be lost if the database "
                                    "server crashes; set it to on for this database";
    }
    auto cipher = setUpTokenKey(m_config, *db);
    if (!cipher)
        return fail(cipher.error());
    m_cipher = std::make_unique<TokenCipher>(*cipher);
    if (m_config.webhookSecret().isEmpty())
        qCWarning(lcStartup) << "salla.webhook_secret is not set: every webhook will be refused with 401";

    HttpGuard::Limits limits = m_config.httpLimits();
    const int descriptors = raiseDescriptorLimit();
    limits.maxConnections = connectionsWithin(descriptors, limits.maxConnections);
    qCInfo(lcStartup) << "serving at most" << limits.maxConnections << "connections (descriptor limit" << descriptors << ")";
    http::setTrustedProxies(m_config.trustedProxies());
    if (!http::trustedProxies().isEmpty())
        qCInfo(lcStartup) << "believing X-Forwarded-For from http.trusted_proxies";
    m_http = new DaemonHttpServer(limits, this);
    // Every route goes through one pipeline (http/Routes): request id, rate limits,
    // authentication by kind, idempotency, errors.
    m_routes = new http::Routes(m_http->server(), kMainConnection,
                                http::Routes::Limits{m_config.value(u"http.requests_per_minute_per_client"_s).toInt(),
                                                     m_config.value(u"console.requests_per_minute_per_device"_s).toInt()},
                                Clock::system(), m_http);
    http::Routes &routes = *m_routes;
    HealthRoutes::install(routes, [this] { return readiness(); });
    MetricsRoutes::install(routes, kMainConnection, m_config.value(u"metrics.token"_s));

    // Webhooks: stored and answered by the intake, then processed by the worker.
    auto *intake = new WebhookIntake(m_config.databaseUrl(), m_config.busyTimeoutMs(),
                                     WebhookSignature(m_config.webhookTokenStrategy() ? WebhookSignature::Strategy::Token
                                                                                      : WebhookSignature::Strategy::Signature,
                                                      m_config.webhookSecret()),
                                     m_config.jsonLimits(),
                                     Clock::system(),
                                     m_http);
    if (m_config.databaseUrl().engine == DbEngine::Sqlite) {
        // Read here for the metrics' pending count and reconcile's "is it on its way"
        // (repositories/WebhookInbox.h), now that the intake has made it.
        if (auto attached = WebhookInbox::attach(*db); !attached)
            return fail(attached.error());
    }
    m_pressure = std::make_unique<IntakePressure>();
    intake->setPressure(m_pressure.get());
    intake->install(routes);
    installBenchmarkRoutes(routes); // nothing, unless this is a benchmark build
    // Custom Mode install: the OAuth callback.
    auto *accounts = new SallaAccountsClient(QUrl(m_config.sallaValue(u"accounts_url"_s)),
                                             m_config.sallaValue(u"client_id"_s),
                                             m_config.sallaValue(u"client_secret"_s),
                                             Clock::system(),
                                             m_http);
    QString redirectUri = m_config.sallaValue(u"redirect_uri"_s);
    const bool derivedRedirect = redirectUri.isEmpty();
    auto *oauth = new SallaOAuthRoutes(kMainConnection, *accounts, *m_cipher, *m_subscriptions, redirectUri,
                                       SallaOAuthRoutes::Limits{m_config.sallaValue(u"oauth_state_ttl_seconds"_s).toInt(),
                                                                m_config.value(u"console.signin_starts_per_address"_s).toInt(),
                                                                m_config.value(u"console.signin_pending_max"_s).toInt()},
                                       m_http);
    oauth->install(routes);

    // The console: its REST API and its browser sign-in.
    // One controller per resource of the console API.
    (new StatusController(kMainConnection, Clock::system(), m_http))->install(routes);
    (new ChangesController(kMainConnection, Clock::system(), m_http))->install(routes);
    (new FeaturesController(kMainConnection, m_config.jsonLimits(), *m_cipher, Clock::system(), m_http))->install(routes);
    (new ActivityController(kMainConnection, Clock::system(), m_http))->install(routes);
    (new ReportsController(kMainConnection, Clock::system(), m_http))->install(routes);
    (new DevicesController(kMainConnection, Clock::system(), m_http))->install(routes);
    (new SubscribersController(kMainConnection, Clock::system(), m_http))->install(routes);
    (new TemplatesController(kMainConnection, m_config.jsonLimits(), Clock::system(), m_http))->install(routes);
    MailTransport::Server mailServer;
    mailServer.host = m_config.value(u"mail.smtp_host"_s);
    mailServer.port = static_cast<quint16>(m_config.value(u"mail.smtp_port"_s).toUInt());
    mailServer.tls = MailTransport::Server::tlsFromName(m_config.value(u"mail.smtp_tls"_s)).value_or(MailTransport::Server::Tls::StartTls);
    mailServer.username = m_config.value(u"mail.smtp_username"_s);
    mailServer.password = m_config.value(u"mail.smtp_password"_s);
    mailServer.caFile = m_config.value(u"mail.smtp_ca_file"_s);
    mailServer.heloName = QHostInfo::localHostName();
    mailServer.timeoutMs = m_config.value(u"mail.smtp_timeout_ms"_s).toInt();
    mailServer.connections = m_config.value(u"mail.smtp_connections"_s).toInt();
    auto *mail = new MailTransport(mailServer, m_http);
    const QString publicUrl = m_config.value(u"console.public_url"_s);
    auto *signIn = new SignInRoutes(kMainConnection, *mail,
                                    SignInRoutes::Settings{publicUrl, m_config.value(u"mail.from"_s),
                                                           m_config.value(u"console.signin_ttl_seconds"_s).toInt(),
                                                           accounts->hasClient(),
                                                           m_config.value(u"console.signin_starts_per_address"_s).toInt(),
                                                           m_config.value(u"console.signin_pending_max"_s).toInt()},
                                    m_config.jsonLimits(), Clock::system(), m_http);
    signIn->install(routes);
    if (m_config.value(u"mail.smtp_host"_s).isEmpty())
        qCWarning(lcStartup) << "mail.smtp_host is not set: console sign-in links cannot be emailed";

    // Background work: one queue worker on its own thread and connection runs the
    // stored events and every job kind (app/BackgroundWork).
    auto *tokens = new SallaTokenManager(kMainConnection, *accounts, *m_cipher, Clock::system(), m_http);
    auto *api = new SallaApiClient(QUrl(m_config.sallaValue(u"api_url"_s)), *tokens, m_http);
    auto *reconciler = new Reconciler(kMainConnection, *api, m_config.sallaValue(u"reconcile_lookback_days"_s).toInt(),
                                      Clock::system(), m_http);
    auto *profiles = new MerchantProfileSync(kMainConnection, *tokens, *accounts, Clock::system(), m_http);
    BackgroundWork::subscribe(*m_subscriptions);
    if (auto scheduled = BackgroundWork::schedule(*db, m_config, Clock::system()); !scheduled)
        return fail(scheduled.error());
    m_worker = new QueueWorker(m_config.databaseUrl(), m_config.busyTimeoutMs(), Clock::system());
    m_drain = std::make_unique<EventDrain>(m_worker->connectionName(), *m_cipher, *m_subscriptions, m_config.purgeGraceDays(),
                                           m_config.maxEventAttempts(), Clock::system());
    m_worker->addDrain([drain = m_drain.get()] { return drain->turn(); });
    // While deliveries queue at the door, the worker leaves the cores to the intake and
    // catches up after (webhooks/IntakePressure.h).
    m_drain->setHold([pressure = m_pressure.get()] { return pressure->high(); });
    m_worker->setHold([pressure = m_pressure.get()] { return pressure->high(); });
    auto *couponPush = new CouponPush(kMainConnection, *api, Clock::system(), m_http);
    auto *couponReconcile = new CouponReconcile(kMainConnection, *api, Clock::system(), m_http);
    // Shoppers' messages: the outbox's sends (messages/MessageSender) through each channel.
    auto *messages = new MessageSender(kMainConnection, publicUrl, *m_cipher, Clock::system(), m_http);
    messages->setPace(m_config.value(u"sms.messages_per_second"_s).toInt(), m_config.value(u"whatsapp.messages_per_second"_s).toInt());
    auto *email = new EmailChannel(*mail, m_config.value(u"mail.from"_s));
    m_channels.emplace_back(email);
    messages->addChannel(u"email"_s, email);
    auto *providers = new OutboundCaller(u"sms"_s, m_http);
    auto *sms = new SmsChannel(*providers, {{u"unifonic"_s, QUrl(m_config.value(u"sms.unifonic_url"_s))},
                                            {u"msegat"_s, QUrl(m_config.value(u"sms.msegat_url"_s))},
                                            {u"taqnyat"_s, QUrl(m_config.value(u"sms.taqnyat_url"_s))}});
    m_channels.emplace_back(sms);
    messages->addChannel(u"sms"_s, sms);
    auto *meta = new OutboundCaller(u"whatsapp"_s, m_http);
    auto *whatsapp = new WhatsAppChannel(*meta, QUrl(m_config.value(u"whatsapp.graph_url"_s)), m_config.value(u"whatsapp.api_version"_s));
    m_channels.emplace_back(whatsapp);
    messages->addChannel(u"whatsapp"_s, whatsapp);
    (new WhatsAppWebhook(kMainConnection, *m_cipher, Clock::system(), m_http))->install(routes);
    auto *pushServices = new OutboundCaller(u"push"_s, m_http);
    auto *push = new PushChannel(*pushServices, u"mailto:"_s + m_config.value(u"mail.from"_s));
    m_channels.emplace_back(push);
    messages->addChannel(u"push"_s, push);
    (new MessageRoutes(kMainConnection, Clock::system(), m_http))->install(routes);
    auto *storefront = new StorefrontRoutes(kMainConnection, *m_subscriptions,
                          StorefrontRoutes::Settings{m_config.value(u"storefront.extra_origins"_s).split(u',', Qt::SkipEmptyParts),
                                                     m_config.jsonLimits(),
                                                     m_config.value(u"storefront.beacons_per_minute_per_store"_s).toInt(),
                                                     m_config.value(u"storefront.settings_refresh_seconds"_s).toInt() * 1000,
                                                     [cipher = m_cipher.get(), kept = std::make_shared<QString>()] {
                                                         // One key for every store and daemon, made once: kept after the first read.
                                                         if (kept->isEmpty())
                                                             if (auto keys = VapidKeys::loadOrCreate(QSqlDatabase::database(kMainConnection, false),
                                                                                                     *cipher, Clock::system()))
                                                                 *kept = QString::fromLatin1(webpush::base64Url(keys->publicKey));
                                                         return *kept;
                                                     },
                                                     m_config.databaseUrl(), m_config.busyTimeoutMs()},
                          Clock::system(), m_http);
    storefront->install(routes);
    auto *live = new LiveStream(kMainConnection, Clock::system(), m_http);
    live->install(routes);
    connect(&storefront->sink(), &BeaconSink::visitsStored, live, &LiveStream::storesMoved);
    (new MessagesController(kMainConnection, *messages, m_config.jsonLimits(), Clock::system(), m_http))->install(routes);
    BackgroundWork::addKinds(*m_worker, *reconciler, *profiles, *couponPush, *couponReconcile, *messages, *m_cipher, m_config.retention(),
                             m_config.jobLeaseMs(), Clock::system());
    connect(messages, &MessageSender::couponQueued, m_worker, &QueueWorker::wake);
    (new BroadcastsController(kMainConnection, m_config.jsonLimits(), Clock::system(), m_http))->install(routes);
    auto *coupons = new CouponsController(kMainConnection, m_config.jsonLimits(), Clock::system(), m_http);
    coupons->install(routes);
    connect(coupons, &CouponsController::pushQueued, m_worker, &QueueWorker::wake);
    connect(intake, &WebhookIntake::eventsStored, m_worker, &QueueWorker::wake);
    connect(reconciler, &Reconciler::eventsRecovered, m_worker, &QueueWorker::wake);
    m_worker->start(m_config.jobPollIntervalMs());

    auto port = m_http->listen(m_config.listenAddress(), m_config.listenPort());
    if (!port)
        return fail(port.error());
    m_port = *port;
    if (derivedRedirect) // known only now that the port is
        oauth->setRedirectUri(baseUrl() + u"/oauth/salla/callback"_s);
    if (publicUrl.isEmpty()) {
        signIn->setPublicUrl(baseUrl());
        messages->setPublicUrl(baseUrl());
    }
    qCInfo(lcStartup).noquote() << "listening on" << baseUrl();
    return {};
}

void Daemon::stop()
{
    if (m_worker) {
        m_worker->stop(); // joins its thread before the database goes
        delete m_worker;
        m_worker = nullptr;
    }
    if (m_http) {
        m_http->close();
        delete m_http;
        m_http = nullptr;
        m_routes = nullptr;
    }
    if (m_databaseOpen) {
        db::close(kMainConnection);
        m_databaseOpen = false;
    }
    m_lock.reset();
}

QJsonArray Daemon::routeTable() const
{
    return m_routes ? m_routes->tableJson() : QJsonArray();
}

void Daemon::shutdown(int graceMs, std::function<void()> done)
{
    if (std::exchange(m_shuttingDown, true)) {
        qCInfo(lcStartup) << "asked again: stopping now";
        stop();
        return done();
    }
    if (m_http)
        m_http->stopListening();
    if (m_worker)
        m_worker->stopClaiming();
    QElapsedTimer waited;
    waited.start();
    auto check = std::make_shared<std::function<void()>>();
    *check = [this, graceMs, waited, done, check] {
        const int jobs = m_worker ? m_worker->inFlight() : 0;
        const int replies = DeferredReply::pending();
        if ((jobs > 0 || replies > 0) && waited.elapsed() < graceMs) {
            QTimer::singleShot(20, this, *check);
            return;
        }
        if (jobs > 0 || replies > 0)
            qCWarning(lcStartup) << "shutdown grace over:" << jobs << "jobs handed back," << replies << "replies not written";
        else
            qCInfo(lcStartup) << "everything under way finished in" << waited.elapsed() << "ms";
        stop();
        // Breaking the cycle destroys this very lambda when it was called directly
        // (not from the timer's copy), captures and all: `done` is taken out first.
        const std::function<void()> finished = done;
        *check = nullptr;
        finished();
    };
    const int jobs = m_worker ? m_worker->inFlight() : 0;
    if (jobs > 0 || DeferredReply::pending() > 0)
        qCInfo(lcStartup) << "shutting down: waiting up to" << graceMs << "ms for" << jobs << "jobs and" << DeferredReply::pending()
                          << "replies";
    (*check)();
}

QString Daemon::baseUrl() const
{
    const QHostAddress address = m_config.listenAddress();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                              : address.toString();
    return u"http://%1:%2"_s.arg(host).arg(m_port);
}

Result<int> Daemon::readiness() const
{
    const QSqlDatabase db = QSqlDatabase::database(kMainConnection, false);
    auto ping = db::exec(db, u"SELECT 1"_s);
    if (!ping)
        return fail(ErrorCode::Unavailable, u"db.unreachable"_s, u"database does not answer: "_s + ping.error().detail);
    if (auto current = m_migrator.checkCurrent(db); !current)
        return fail(current.error());
    return m_migrator.latestVersion();
}

Result<QJsonObject> Daemon::issueDeviceToken(const DaemonConfig &config, qint64 merchantId, const QString &deviceName)
{
    const QString connection = u"nomo-device-token"_s;
    const Migrator migrator;
    Result<QJsonObject> outcome = fail(ErrorCode::Internal, u"devices.failed"_s, QString());
    {
        auto db = openAndMigrate(config, migrator, connection);
        if (!db)
            return fail(db.error());
        auto merchant = MerchantRepository(*db).find(merchantId);
        if (!merchant)
            outcome = fail(merchant.error());
        else if (!*merchant || (*merchant)->status == Merchant::Status::Uninstalled)
            outcome = fail(ErrorCode::NotFound, u"merchant.not_found"_s, u"no installed store %1"_s.arg(merchantId));
        else if (auto issued = ConsoleDeviceRepository(*db, TenantContext(merchantId)).issue(deviceName); !issued)
            outcome = fail(issued.error());
        else
            outcome = QJsonObject{{u"device_id"_s, issued->deviceId}, {u"access_token"_s, issued->token}, {u"merchant_id"_s, merchantId}};
    }
    db::close(connection);
    return outcome;
}

Result<QJsonObject> Daemon::eraseStore(const DaemonConfig &config, qint64 merchantId)
{
    const QString connection = u"nomo-erase-store"_s;
    const Migrator migrator;
    Result<QJsonObject> outcome = fail(ErrorCode::Internal, u"merchant.erase_failed"_s, QString());
    {
        auto db = openAndMigrate(config, migrator, connection);
        if (!db)
            return fail(db.error());
        if (auto erased = StorePurge(*db, Clock::system()).eraseOnRequest(merchantId); !erased)
            outcome = fail(erased.error());
        else
            outcome = QJsonObject{{u"merchant_id"_s, merchantId}, {u"rows_deleted"_s, *erased}, {u"recorded"_s, true}};
    }
    db::close(connection);
    return outcome;
}

Result<QJsonObject> Daemon::rebuildReports(const DaemonConfig &config, qint64 merchantId, bool refollowOrders)
{
    const QString connection = u"nomo-rebuild-reports"_s;
    const Migrator migrator;
    Result<QJsonObject> outcome = fail(ErrorCode::Internal, u"reports.rebuild_failed"_s, QString());
    {
        auto db = openAndMigrate(config, migrator, connection);
        if (!db)
            return fail(db.error());
        if (auto rebuilt = SalesRollup(*db, Clock::system()).rebuild(merchantId, refollowOrders); !rebuilt)
            outcome = fail(rebuilt.error());
        else
            outcome = QJsonObject{{u"merchant_id"_s, merchantId > 0 ? QJsonValue(merchantId) : QJsonValue()}, {u"days_sent"_s, *rebuilt}};
    }
    db::close(connection);
    return outcome;
}

Status Daemon::migrateOnly(const DaemonConfig &config)
{
    const QString connection = u"nomo-migrate"_s;
    const Migrator migrator;
    Status migrated;
    {
        auto db = openAndMigrate(config, migrator, connection);
        if (!db)
            migrated = fail(db.error());
    } // the handle goes before the connection does
    db::close(connection);
    return migrated;
}

} // namespace nomo
