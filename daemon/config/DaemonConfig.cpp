#include "config/DaemonConfig.h"

#include "http/ClientAddress.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

// "127.0.0.1:8080", "[::1]:8080", "localhost:0" (0 = any free port).
bool splitListen(const QString &value, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = value.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = value.left(colon);
    bool ok = false;
    const uint number = value.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress parsed = host == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (parsed.isNull())
        return false;
    if (address)
        *address = parsed;
    if (port)
        *port = static_cast<quint16>(number);
    return true;
}

std::function<QString(const QString &)> integerIn(qint64 low, qint64 high)
{
    return [low, high](const QString &value) -> QString {
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok || number < low || number > high)
            return u"must be a whole number from %1 to %2, not \"%3\""_s.arg(low).arg(high).arg(value);
        return {};
    };
}

std::function<QString(const QString &)> oneOf(QStringList allowed)
{
    return [allowed](const QString &value) -> QString {
        if (!allowed.contains(value))
            return u"must be one of %1, not \"%2\""_s.arg(allowed.join(u", "_s), value);
        return {};
    };
}

QString httpUrl(const QString &value)
{
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
        return u"must be an http(s) URL, not \"%1\""_s.arg(value);
    return {};
}

QString checkTokenKey(const QString &value)
{
    if (value.isEmpty())
        return {}; // needed only once Salla tokens are stored; checked again there
    const QByteArray hex = QByteArray::fromHex(value.toLatin1());
    if (value.size() == 64 && hex.size() == 32)
        return {};
    const auto base64 = QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (base64 && base64.decoded.size() == 32)
        return {};
    return u"must be 32 random bytes as 64 hex digits or base64 (openssl rand -hex 32)"_s;
}

QString defaultDataDir(const QProcessEnvironment &environment)
{
    // systemd's StateDirectory= sets STATE_DIRECTORY; otherwise the user's data folder.
    const QString state = environment.value(u"STATE_DIRECTORY"_s);
    if (!state.isEmpty())
        return state.split(u':').constFirst();
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/nomo-flow"_s;
}

} // namespace

QList<ConfigKeySpec> DaemonConfig::specs()
{
    return {
        {u"http.listen"_s, u"127.0.0.1:8080"_s, u"address:port to listen on (port 0 = any free port)"_s, false,
         [](const QString &v) {
             return splitListen(v, nullptr, nullptr) ? QString() : u"must be host:port with an IP address or localhost, not \"%1\""_s.arg(v);
         }},
        {u"http.max_body_bytes"_s, u"1048576"_s, u"largest request body accepted (413 beyond)"_s, false, integerIn(1024, 64 * 1024 * 1024)},
        {u"http.max_header_bytes"_s, u"16384"_s, u"largest request head accepted (431 beyond)"_s, false, integerIn(1024, 1024 * 1024)},
        {u"http.idle_timeout_ms"_s, u"30000"_s, u"close a connection idle this long"_s, false, integerIn(100, 3600 * 1000)},
        {u"http.head_timeout_ms"_s, u"10000"_s, u"a request head must arrive whole within this (408 beyond)"_s, false, integerIn(100, 600 * 1000)},
        {u"http.body_timeout_ms"_s, u"30000"_s, u"a request body must arrive whole within this (408 beyond)"_s, false, integerIn(100, 3600 * 1000)},
        {u"http.max_connections"_s, u"2000"_s, u"open connections at most (503 beyond; also bounded by the descriptor limit)"_s, false, integerIn(1, 1000000)},
        {u"http.max_unsent_bytes"_s, u"8388608"_s, u"answers a client has not read, at most, before its connection is closed"_s, false, integerIn(64 * 1024, 1024LL * 1024 * 1024)},
        {u"http.max_connections_per_client"_s, u"100"_s, u"open connections at most from one client address (503 beyond)"_s, false, integerIn(1, 1000000)},
        {u"http.trusted_proxies"_s, QString(), u"reverse proxies whose X-Forwarded-For names the client (addresses or subnets); none by default"_s, false,
         [](const QString &value) {
             QString error;
             http::TrustedProxies::parse(value, &error);
             return error;
         }},
        {u"json.max_depth"_s, u"32"_s, u"deepest JSON nesting accepted"_s, false, integerIn(2, 512)},
        {u"data.dir"_s, QString(), u"folder for the SQLite database and other state (default: the user's data folder)"_s, false,
         [](const QString &v) { return v.isEmpty() || QDir::isAbsolutePath(v) ? QString() : u"must be an absolute path"_s; }},
        {u"database.url"_s, QString(), u"sqlite:///path/nomo.db or postgresql://user@host/db (default: SQLite in data.dir)"_s, false,
         [](const QString &v) {
             if (v.isEmpty())
                 return QString();
             auto url = DatabaseUrl::parse(v);
             return url ? QString() : url.error().detail;
         }},
        {u"database.busy_timeout_ms"_s, u"5000"_s, u"how long SQLite waits for a lock"_s, false, integerIn(0, 600000)},
        {u"log.format"_s, u"text"_s, u"text or json (one JSON object a line)"_s, false, oneOf({u"text"_s, u"json"_s})},
        {u"log.rules"_s, QString(), u"QLoggingCategory rules, e.g. nomo.daemon.*.debug=true"_s, false, {}},
        {u"salla.webhook_secret"_s, QString(), u"the app's webhook secret from the Salla Partner Portal"_s, true, {}},
        {u"salla.webhook_strategy"_s, u"signature"_s, u"signature (HMAC-SHA256) or token"_s, false, oneOf({u"signature"_s, u"token"_s})},
        {u"salla.client_id"_s, QString(), u"OAuth client id from the Partner Portal"_s, false, {}},
        {u"salla.client_secret"_s, QString(), u"OAuth client secret"_s, true, {}},
        {u"salla.redirect_uri"_s, QString(), u"Custom Mode OAuth callback as Salla sees it (default: this daemon's /oauth/salla/callback)"_s, false,
         [](const QString &v) { return v.isEmpty() ? QString() : httpUrl(v); }},
        {u"salla.oauth_state_ttl_seconds"_s, u"600"_s, u"how long a Custom Mode sign-in may take"_s, false, integerIn(30, 86400)},
        {u"salla.reconcile_interval_seconds"_s, u"900"_s, u"how often recent orders and carts are pulled to fill missed webhooks"_s, false, integerIn(1, 86400)},
        {u"salla.reconcile_lookback_days"_s, u"2"_s, u"how many days of orders each reconcile pass looks at"_s, false, integerIn(1, 60)},
        {u"salla.accounts_url"_s, u"https://accounts.salla.sa"_s, u"Salla accounts (OAuth) base URL"_s, false, httpUrl},
        {u"salla.api_url"_s, u"https://api.salla.dev/admin/v2"_s, u"Salla Merchant API base URL"_s, false, httpUrl},
        {u"security.token_key"_s, QString(), u"32-byte key that encrypts Salla tokens at rest"_s, true, checkTokenKey},
        {u"merchants.purge_grace_days"_s, u"30"_s, u"days an uninstalled store's data is kept"_s, false, integerIn(0, 3650)},
        {u"retention.webhook_body_days"_s, u"30"_s, u"days the raw body of a processed webhook is kept"_s, false, integerIn(1, 3650)},
        {u"retention.page_view_days"_s, u"395"_s, u"days page views and visitor sessions are kept"_s, false, integerIn(1, 3650)},
        {u"retention.message_days"_s, u"365"_s, u"days a sent or failed message is kept"_s, false, integerIn(1, 3650)},
        {u"console.public_url"_s, QString(), u"this daemon's address as the merchant's browser reaches it, for sign-in links (default: http://<http.listen>)"_s, false,
         [](const QString &v) { return v.isEmpty() ? QString() : httpUrl(v); }},
        {u"console.signin_ttl_seconds"_s, u"900"_s, u"how long a console sign-in (and its emailed link) stays valid"_s, false, integerIn(60, 86400)},
        {u"console.signin_starts_per_address"_s, u"30"_s, u"sign-ins (and Custom Mode installs) one client address may start in 10 minutes (429 beyond)"_s, false, integerIn(1, 100000)},
        {u"console.signin_pending_max"_s, u"5000"_s, u"unfinished sign-ins (and OAuth states) held at once (503 beyond)"_s, false, integerIn(10, 10000000)},
        {u"mail.smtp_host"_s, QString(), u"SMTP relay for every email the daemon sends: sign-in links and shoppers' messages (empty: no email is sent)"_s, false, {}},
        {u"mail.smtp_port"_s, u"587"_s, u"SMTP relay port (587 submission with STARTTLS, 465 with tls, 25 for a relay on this host)"_s, false, integerIn(1, 65535)},
        {u"mail.smtp_tls"_s, u"starttls"_s, u"starttls (required: never falls back to clear text), tls (implicit, port 465) or none (a relay on this host only)"_s, false,
         oneOf({u"starttls"_s, u"tls"_s, u"none"_s})},
        {u"mail.smtp_username"_s, QString(), u"SMTP AUTH user (empty: no AUTH)"_s, false, {}},
        {u"mail.smtp_password"_s, QString(), u"SMTP AUTH password"_s, true, {}},
        {u"mail.smtp_ca_file"_s, QString(), u"PEM file of the certificate authorities the relay's certificate is checked against (empty: the system's)"_s, false, {}},
        {u"mail.smtp_timeout_ms"_s, u"30000"_s, u"longest one message may take to send"_s, false, integerIn(1000, 600000)},
        {u"mail.smtp_connections"_s, u"2"_s, u"SMTP connections kept open to the relay, each sending one message at a time"_s, false, integerIn(1, 64)},
        {u"mail.from"_s, u"nomo-flow@localhost"_s, u"sender address of the daemon's emails (its domain needs SPF and DKIM for shoppers' inboxes)"_s, false, {}},
        {u"sms.unifonic_url"_s, u"https://el.cloud.unifonic.com"_s, u"Unifonic's API (POST /rest/SMS/messages)"_s, false, httpUrl},
        {u"sms.msegat_url"_s, u"https://www.msegat.com"_s, u"Msegat's API (POST /gw/sendsms.php)"_s, false, httpUrl},
        {u"sms.taqnyat_url"_s, u"https://api.taqnyat.sa"_s, u"Taqnyat's API (POST /v1/messages)"_s, false, httpUrl},
        {u"sms.messages_per_second"_s, u"10"_s, u"SMS one store's gateway account is sent a second at most (the gateways throttle past their plan)"_s, false, integerIn(1, 1000)},
        {u"whatsapp.messages_per_second"_s, u"80"_s, u"WhatsApp messages one Business number is sent a second at most (Meta's default throughput)"_s, false, integerIn(1, 1000)},
        {u"whatsapp.graph_url"_s, u"https://graph.facebook.com"_s, u"Meta's Graph API for WhatsApp Cloud API sends (POST /{version}/{phone-number-id}/messages)"_s, false, httpUrl},
        {u"whatsapp.api_version"_s, u"v23.0"_s, u"the Graph API version WhatsApp sends name (vNN.0)"_s, false,
         [](const QString &v) { return QRegularExpression(u"^v[0-9]{2}\\.0$"_s).match(v).hasMatch() ? QString() : u"a Graph API version such as v23.0"_s; }},
        {u"storefront.extra_origins"_s, QString(), u"web origins besides each store's own that its storefront routes answer (a staging theme, the demo), separated by commas"_s, false, {}},
        {u"webhooks.max_attempts"_s, u"5"_s, u"tries to process a stored event before it is marked failed"_s, false, integerIn(1, 100)},
        {u"storefront.settings_refresh_seconds"_s, u"10"_s, u"how long the storefront keeps what it read of a store (its tools and their words, its recent purchases) before reading it again: the longest a merchant's change or a new order takes to reach shoppers"_s, false, integerIn(0, 60)},
        {u"storefront.rollup_interval_seconds"_s, u"120"_s, u"how often the visitors of today and yesterday are rolled up for the console's Visitors report"_s, false, integerIn(1, 3600)},
        {u"reports.rollup_interval_seconds"_s, u"60"_s, u"how often the Reports page's days (sales by source, coupons, messages, carts) are rolled up from attributions and sent to consoles"_s, false, integerIn(1, 3600)},
        {u"storefront.beacons_per_minute_per_store"_s, u"60000"_s, u"storefront beacons (page views, events) one store may send a minute, from all its shoppers together (429 past it)"_s, false, integerIn(1, 100000000)},
        {u"http.requests_per_minute_per_client"_s, u"1200"_s, u"requests a minute one client address may make to the console API and public pages (429 past it); Salla's webhooks and health checks are not counted"_s, false, integerIn(1, 1000000)},
        {u"console.requests_per_minute_per_device"_s, u"600"_s, u"requests a minute one signed-in console may make (429 past it)"_s, false, integerIn(1, 1000000)},
        {u"metrics.token"_s, QString(), u"bearer token that GET /metrics asks for (empty: metrics are off)"_s, true, {}},
        {u"shutdown.grace_ms"_s, u"10000"_s, u"on SIGTERM, how long claimed jobs and waiting replies may take to finish before they are handed back"_s, false, integerIn(0, 600000)},
        {u"jobs.lease_seconds"_s, u"300"_s, u"how long a claimed job stays another instance's if its daemon stops renewing it (dies)"_s, false, integerIn(1, 86400)},
        {u"jobs.poll_interval_ms"_s, u"500"_s, u"how often the queue worker looks for due jobs and events besides being woken"_s, false, integerIn(10, 60000)},
    };
}

DaemonConfig DaemonConfig::load(const QString &filePath, const QProcessEnvironment &environment)
{
    DaemonConfig config;
    config.m_store = ConfigStore::load(specs(), filePath, environment);
    // Defaults that depend on other keys are filled in once, here, so that
    // --check-config shows the values the daemon will really use.
    if (config.m_store.value(u"data.dir"_s).isEmpty())
        config.m_store.set(u"data.dir"_s, defaultDataDir(environment));
    if (config.m_store.value(u"database.url"_s).isEmpty())
        config.m_store.set(u"database.url"_s, u"sqlite://"_s + QDir(config.m_store.value(u"data.dir"_s)).filePath(u"nomo.db"_s));
    return config;
}

QHostAddress DaemonConfig::listenAddress() const
{
    QHostAddress address;
    splitListen(m_store.value(u"http.listen"_s), &address, nullptr);
    return address;
}

quint16 DaemonConfig::listenPort() const
{
    quint16 port = 0;
    splitListen(m_store.value(u"http.listen"_s), nullptr, &port);
    return port;
}

qint64 DaemonConfig::maxBodyBytes() const
{
    return m_store.value(u"http.max_body_bytes"_s).toLongLong();
}

qint64 DaemonConfig::maxHeaderBytes() const
{
    return m_store.value(u"http.max_header_bytes"_s).toLongLong();
}

int DaemonConfig::idleTimeoutMs() const
{
    return m_store.value(u"http.idle_timeout_ms"_s).toInt();
}

HttpGuard::Limits DaemonConfig::httpLimits() const
{
    HttpGuard::Limits limits;
    limits.maxHeaderBytes = maxHeaderBytes();
    limits.maxBodyBytes = maxBodyBytes();
    limits.idleTimeoutMs = idleTimeoutMs();
    limits.headTimeoutMs = m_store.value(u"http.head_timeout_ms"_s).toInt();
    limits.bodyTimeoutMs = m_store.value(u"http.body_timeout_ms"_s).toInt();
    limits.maxConnections = m_store.value(u"http.max_connections"_s).toInt();
    limits.maxConnectionsPerClient = m_store.value(u"http.max_connections_per_client"_s).toInt();
    limits.maxUnsentBytes = m_store.value(u"http.max_unsent_bytes"_s).toLongLong();
    return limits;
}

http::TrustedProxies DaemonConfig::trustedProxies() const
{
    return http::TrustedProxies::parse(m_store.value(u"http.trusted_proxies"_s));
}

JsonLimits DaemonConfig::jsonLimits() const
{
    return JsonLimits{maxBodyBytes(), m_store.value(u"json.max_depth"_s).toInt()};
}

QString DaemonConfig::dataDir() const
{
    return m_store.value(u"data.dir"_s);
}

DatabaseUrl DaemonConfig::databaseUrl() const
{
    return DatabaseUrl::parse(m_store.value(u"database.url"_s)).value_or(DatabaseUrl());
}

int DaemonConfig::busyTimeoutMs() const
{
    return m_store.value(u"database.busy_timeout_ms"_s).toInt();
}

QString DaemonConfig::tokenKey() const
{
    return m_store.value(u"security.token_key"_s);
}

QString DaemonConfig::sallaValue(const QString &key) const
{
    return m_store.value(u"salla."_s + key);
}

QByteArray DaemonConfig::webhookSecret() const
{
    return m_store.value(u"salla.webhook_secret"_s).toUtf8();
}

bool DaemonConfig::webhookTokenStrategy() const
{
    return m_store.value(u"salla.webhook_strategy"_s) == u"token";
}

RetentionSweep::Periods DaemonConfig::retention() const
{
    return RetentionSweep::Periods{m_store.value(u"retention.webhook_body_days"_s).toInt(),
                                   m_store.value(u"retention.page_view_days"_s).toInt(),
                                   m_store.value(u"retention.message_days"_s).toInt()};
}

int DaemonConfig::purgeGraceDays() const
{
    return m_store.value(u"merchants.purge_grace_days"_s).toInt();
}

int DaemonConfig::maxEventAttempts() const
{
    return m_store.value(u"webhooks.max_attempts"_s).toInt();
}

qint64 DaemonConfig::jobLeaseMs() const
{
    return m_store.value(u"jobs.lease_seconds"_s).toLongLong() * 1000;
}

int DaemonConfig::jobPollIntervalMs() const
{
    return m_store.value(u"jobs.poll_interval_ms"_s).toInt();
}

bool DaemonConfig::jsonLogs() const
{
    return m_store.value(u"log.format"_s) == u"json";
}

QString DaemonConfig::logRules() const
{
    return m_store.value(u"log.rules"_s);
}

} // namespace nomo
