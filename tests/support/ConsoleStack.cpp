#include "support/ConsoleStack.h"
#include "support/TestDatabase.h"

#include <QFile>

#include "db/Database.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QThread>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace nomo::test {

ConsoleStack::ConsoleStack() = default;

ConsoleStack::~ConsoleStack()
{
    db::close(u"console-stack-reader"_s);
}

QSqlDatabase ConsoleStack::reader()
{
    if (m_postgres)
        return m_postgres->db();
    QSqlDatabase db = QSqlDatabase::database(u"console-stack-reader"_s, false);
    if (!db.isValid()) {
        auto opened = db::open(DatabaseUrl::sqlite(m_daemon.dataDir() + u"/nomo.db"_s), u"console-stack-reader"_s);
        if (opened)
            db = *opened;
    }
    return db;
}

qint64 ConsoleStack::pendingEvents()
{
    return test::unprocessedEvents(reader());
}

QString ConsoleStack::merchantEmail(qint64 storeId)
{
    auto query = db::exec(reader(), u"SELECT email FROM merchants WHERE id = :id"_s, {{u"id"_s, storeId}});
    return query && query->next() ? query->value(0).toString() : QString();
}

QByteArray ConsoleStack::storeOrigin(qint64 storeId)
{
    auto query = db::exec(reader(), u"SELECT domain FROM merchants WHERE id = :id"_s, {{u"id"_s, storeId}});
    const QString domain = query && query->next() ? query->value(0).toString() : QString();
    const QUrl url(domain.startsWith(u"http"_s) ? domain : u"https://"_s + domain);
    return (url.scheme() + u"://"_s + url.host()).toUtf8();
}

bool ConsoleStack::execute(const QString &sql)
{
    return db::exec(reader(), sql).has_value();
}

bool ConsoleStack::start(int stores, QString *why, TestEngine engine, bool *unavailable)
{
    if (engine == TestEngine::Postgres) {
        m_postgres = TestDatabase::create(TestEngine::Postgres, why, false); // the daemon migrates
        if (!m_postgres) {
            if (unavailable)
                *unavailable = true;
            return false;
        }
        const DatabaseUrl &url = m_postgres->url();
        const QString credentials = url.password.isEmpty() ? url.user : url.user + u':' + url.password;
        m_daemon.setEnv(u"NOMO_DATABASE_URL"_s,
                        u"postgresql://%1@%2:%3/%4"_s.arg(credentials, url.host).arg(url.port).arg(url.databaseName));
    }
    if (!m_sim.start({u"--stores"_s, QString::number(stores), u"--retry-interval-ms"_s, u"200"_s})) {
        *why = u"simulator: "_s + QString::fromUtf8(m_sim.stderrText());
        return false;
    }
    m_daemon.setEnv(u"NOMO_SALLA_WEBHOOK_SECRET"_s, QString::fromLatin1(webhookSecret()));
    m_daemon.setEnv(u"NOMO_SALLA_API_URL"_s, m_sim.baseUrl() + u"/admin/v2"_s);
    m_daemon.setEnv(u"NOMO_SALLA_ACCOUNTS_URL"_s, m_sim.baseUrl());
    if (!m_daemon.start()) {
        *why = u"daemon: "_s + QString::fromUtf8(m_daemon.stderrText());
        return false;
    }
    const QJsonObject target{{u"url"_s, u"http://127.0.0.1:%1/webhooks/salla"_s.arg(m_daemon.port())},
                             {u"secret"_s, QString::fromLatin1(webhookSecret())},
                             {u"retry_interval_ms"_s, 200}};
    if (simControl("webhooks/target", target).status != 200) {
        *why = u"simulator refused the webhook target"_s;
        return false;
    }
    const QJsonArray list = RawHttp::get(m_sim.port(), "/_sim/state").json()[u"stores"_s].toArray();
    for (const QJsonValue &store : list) {
        const qint64 id = store[u"id"_s].toInteger();
        if (simControl("install", {{u"store_id"_s, id}}).status != 200) {
            *why = u"install of store %1 failed"_s.arg(id);
            return false;
        }
        m_storeIds.append(id);
    }
    if (!settle()) {
        *why = u"install webhooks did not settle"_s;
        return false;
    }
    // Installed in full once each store's profile came from user-info.
    QDeadlineTimer deadline(10000);
    for (qint64 id : std::as_const(m_storeIds)) {
        while (merchantEmail(id).isEmpty() && !deadline.hasExpired())
            QThread::msleep(50);
        if (merchantEmail(id).isEmpty()) {
            *why = u"the profile of store %1 was never read from user-info"_s.arg(id);
            return false;
        }
    }
    return true;
}

std::pair<QString, qint64> ConsoleStack::issueToken(qint64 storeId, const QString &deviceName)
{
    QByteArray out, err;
    const int status = m_daemon.runToEnd({u"device-token"_s, u"--merchant"_s, QString::number(storeId), u"--name"_s, deviceName}, &out, &err);
    if (status != 0)
        return {};
    const QJsonObject issued = QJsonDocument::fromJson(out.trimmed()).object();
    return {issued[u"access_token"_s].toString(), issued[u"device_id"_s].toInteger()};
}

HttpReply ConsoleStack::api(const QByteArray &method, const QByteArray &path, const QString &token, const QByteArray &body,
                            QList<std::pair<QByteArray, QByteArray>> headers)
{
    if (!token.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("Authorization", "Bearer " + token.toLatin1()));
    if (!body.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    HttpReply reply = RawHttp::request(m_daemon.port(), method, path, body, headers);
    // NOMO_API_RECORD=<file>: every answer is kept, one JSON line each, for
    // tests/api/responses.js to check against the OpenAPI document's schemas.
    if (const QString record = qEnvironmentVariable("NOMO_API_RECORD"); !record.isEmpty() && reply.status != 0) {
        QFile file(record);
        if (file.open(QIODevice::Append | QIODevice::WriteOnly))
            file.write(QJsonDocument(QJsonObject{{u"method"_s, QString::fromLatin1(method)},
                                                 {u"path"_s, QString::fromUtf8(path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?')))},
                                                 {u"status"_s, reply.status},
                                                 {u"content_type"_s, QString::fromLatin1(reply.headers.value("content-type"))},
                                                 {u"body"_s, QString::fromUtf8(reply.body)}})
                           .toJson(QJsonDocument::Compact)
                       + '\n');
    }
    return reply;
}

HttpReply ConsoleStack::simControl(const QByteArray &path, const QJsonObject &body)
{
    return RawHttp::request(m_sim.port(), "POST", "/_sim/" + path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

bool ConsoleStack::settle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QJsonObject state = RawHttp::get(m_sim.port(), "/_sim/state").json();
        if (state[u"pending_deliveries"_s].toInt() == 0 && pendingEvents() == 0)
            return true;
        QThread::msleep(50);
    }
    return false;
}

} // namespace nomo::test

namespace nomo::test {

QVariant ConsoleStack::queryValue(const QString &sql)
{
    QSqlQuery query(reader());
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

} // namespace nomo::test

namespace nomo::test {

bool ConsoleStack::turnFeature(const QString &token, const QByteArray &feature, bool enabled, const QJsonObject &settings)
{
    const QByteArray body = QJsonDocument(QJsonObject{{u"enabled"_s, enabled}, {u"settings"_s, settings}}).toJson(QJsonDocument::Compact);
    // Versions are a store's own: kept per token (one token, one store).
    const QString key = token + u'/' + QString::fromLatin1(feature);
    const int version = m_featureVersions.value(key);
    const HttpReply saved = api("PUT", "/api/v1/features/" + feature, token, body, {{"If-Match", QByteArray::number(version)}});
    EXPECT_EQ(saved.status, 200) << feature.constData() << ": " << saved.body.constData();
    if (saved.status != 200)
        return false;
    m_featureVersions[key] = version + 1;
    return true;
}

} // namespace nomo::test
