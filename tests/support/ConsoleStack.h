#pragma once

#include <QHash>

#include "support/RawHttp.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QList>

namespace nomo::test {

// The daemon and the Salla simulator, wired as in production, with the simulator's
// stores installed in Easy Mode and their webhooks settled: the ground for console
// API and sync tests. Console tokens come from `nomo-daemon device-token`.
class ConsoleStack
{
public:
    ConsoleStack();
    ~ConsoleStack();

    // Starts both, installs `stores` stores; false with a message in `why`. On
    // Postgres the daemon runs on a fresh database of the NOMO_TEST_PG_URL server;
    // `unavailable` is then set when there is none (the caller skips or fails).
    bool start(int stores, QString *why, TestEngine engine = TestEngine::Sqlite, bool *unavailable = nullptr);
    QList<qint64> storeIds() const { return m_storeIds; }
    // A fresh console token of `storeId` (and its device id), or empty.
    std::pair<QString, qint64> issueToken(qint64 storeId, const QString &deviceName = QStringLiteral("test device"));

    // One request to the daemon with a bearer token.
    HttpReply api(const QByteArray &method, const QByteArray &path, const QString &token, const QByteArray &body = {},
                  QList<std::pair<QByteArray, QByteArray>> headers = {});
    HttpReply simControl(const QByteArray &path, const QJsonObject &body = {});
    // Switches a feature on or off with these settings through the console API, on the
    // version the last call left (the first from 0); false (and a test failure) if refused.
    bool turnFeature(const QString &token, const QByteArray &feature, bool enabled, const QJsonObject &settings = {});
    // Until the simulator has nothing in flight and the daemon nothing pending.
    bool settle(int timeoutMs = 20000);

    DaemonProcess &daemon() { return m_daemon; }
    SimulatorProcess &simulator() { return m_sim; }
    static QByteArray webhookSecret() { return "nomo-console-test-secret"; }
    qint64 pendingEvents(); // in the daemon's SQLite file
    QString merchantEmail(qint64 storeId); // as user-info gave it
    // The web origin of the store's own pages (its Salla address or custom domain), as a
    // shopper's browser sends it in Origin.
    QByteArray storeOrigin(qint64 storeId);
    // One statement on the daemon's database, for a state no HTTP sequence reaches
    // deterministically (another writer committing in the middle of a request).
    bool execute(const QString &sql);
    // The first column of the first row of a query on the daemon's database.
    QVariant queryValue(const QString &sql);


private:
    QSqlDatabase reader();

    std::unique_ptr<TestDatabase> m_postgres; // outlives the daemon (declared first)
    QHash<QString, int> m_featureVersions; // token/feature → version
    SimulatorProcess m_sim;
    DaemonProcess m_daemon;
    QList<qint64> m_storeIds;
};

} // namespace nomo::test
