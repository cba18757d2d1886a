#pragma once

#include "config/DaemonConfig.h"
#include "core/Result.h"
#include "db/Migrator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace nomo {

class DaemonHttpServer;
class Channel;
class DatabaseLock;
namespace http {
class Routes;
}
class EventDrain;
class IntakePressure;
class QueueWorker;
class Subscriptions;
class TokenCipher;

// The running daemon: its database connection, schema, and HTTP server. main()
// builds one, starts it, and stops it on SIGTERM.
class Daemon : public QObject
{
    Q_OBJECT

public:
    explicit Daemon(DaemonConfig config, QObject *parent = nullptr);
    ~Daemon() override;

    // Opens the database, applies missing migrations (refusing a newer schema) and
    // listens. Nothing is listening when it fails.
    Status start();
    // Stops accepting connections and closes the database.
    void stop();
    // SIGTERM: stop accepting and claiming, let what is under way finish (claimed
    // jobs, replies waiting for a commit or an outside call) for up to `graceMs`, hand
    // back what is left, stop, then `done`.
    void shutdown(int graceMs, std::function<void()> done);

    quint16 port() const { return m_port; }
    QString baseUrl() const;
    // Every route served, with its method and access (the ready line carries it).
    QJsonArray routeTable() const;

    // Operator tool: a console token for a store without the browser sign-in (a headless
    // set-up, or tests). Prints once; only its hash is stored.
    static Result<QJsonObject> issueDeviceToken(const DaemonConfig &config, qint64 merchantId, const QString &deviceName);
    // `erase-store`: a store's data deleted at the merchant's request, and recorded.
    static Result<QJsonObject> eraseStore(const DaemonConfig &config, qint64 merchantId);
    // Attributes every order not attributed yet, brings what counts in step with each
    // order's status and sends every day of the Reports page again when it differs
    // (one store, or all: 0). For a rollup in doubt; the periodic pass does the rest.
    static Result<QJsonObject> rebuildReports(const DaemonConfig &config, qint64 merchantId, bool refollowOrders = true);
    static Status migrateOnly(const DaemonConfig &config);

private:
    Result<int> readiness() const;

    DaemonConfig m_config;
    Migrator m_migrator;
    DaemonHttpServer *m_http = nullptr;
    http::Routes *m_routes = nullptr; // owned by m_http
    std::unique_ptr<TokenCipher> m_cipher;
    std::unique_ptr<DatabaseLock> m_lock; // SQLite: this daemon serves the file
    std::unique_ptr<Subscriptions> m_subscriptions;
    std::unique_ptr<IntakePressure> m_pressure; // the intake tells it, the worker yields to it
    std::unique_ptr<EventDrain> m_drain;
    std::vector<std::unique_ptr<Channel>> m_channels; // the message channels (their transports are m_http's children)
    QueueWorker *m_worker = nullptr;
    quint16 m_port = 0;
    bool m_databaseOpen = false;
    bool m_shuttingDown = false;
};

} // namespace nomo
