#pragma once

#include "config/ConfigStore.h"
#include "db/DatabaseUrl.h"
#include "app/RetentionSweep.h"
#include "http/ClientAddress.h"
#include "http/HttpGuard.h"
#include "json/JsonReader.h"

#include <QHostAddress>

namespace nomo {

// The daemon's configuration keys, their defaults and checks, and typed access to
// the effective values. The example file installer/nomo-daemon.conf lists them all.
class DaemonConfig
{
public:
    static QList<ConfigKeySpec> specs();
    // Loads defaults, then `filePath` (may be empty), then NOMO_* variables.
    static DaemonConfig load(const QString &filePath, const QProcessEnvironment &environment);

    const ConfigStore &store() const { return m_store; }
    bool isValid() const { return m_store.isValid(); }

    QHostAddress listenAddress() const;
    quint16 listenPort() const;
    qint64 maxBodyBytes() const;
    qint64 maxHeaderBytes() const;
    int idleTimeoutMs() const;
    // Every http.* limit of the guard (before the descriptor limit is applied).
    HttpGuard::Limits httpLimits() const;
    http::TrustedProxies trustedProxies() const;
    RetentionSweep::Periods retention() const;
    JsonLimits jsonLimits() const;
    QString dataDir() const;
    DatabaseUrl databaseUrl() const; // valid only when isValid()
    int busyTimeoutMs() const;
    QString tokenKey() const; // empty: use (or create) token.key in data.dir
    QByteArray webhookSecret() const;
    QString sallaValue(const QString &key) const; // salla.<key>: client_id, accounts_url, ...
    QString value(const QString &key) const { return m_store.value(key); } // any key, as text
    bool webhookTokenStrategy() const;
    int purgeGraceDays() const;
    int maxEventAttempts() const;
    int jobPollIntervalMs() const;
    qint64 jobLeaseMs() const;
    bool jsonLogs() const;
    QString logRules() const;

private:
    ConfigStore m_store;
};

} // namespace nomo
