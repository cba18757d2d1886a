#include "api/LiveFeed.h"

#include "api/ApiClient.h"
#include "core/ConsoleLogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
constexpr int kMaxLine = 64 * 1024; // an event is a few dozen bytes: anything longer is not ours
}

LiveFeed::LiveFeed(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_again.setSingleShot(true);
    m_again.setInterval(3000);
    connect(&m_again, &QTimer::timeout, this, &LiveFeed::open);
}

LiveFeed::~LiveFeed()
{
    stop();
}

void LiveFeed::start()
{
    if (m_running)
        return;
    m_running = true;
    open();
}

void LiveFeed::stop()
{
    m_running = false;
    m_again.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_visitors) {
        m_visitors.reset();
        Q_EMIT visitorsChanged();
    }
}

void LiveFeed::open()
{
    if (!m_running || m_reply)
        return;
    m_partial.clear();
    m_event.clear();
    m_data.clear();
    m_reply = m_api.openStream(u"/api/v1/live"_s);
    if (!m_reply)
        return;
    connect(m_reply, &QNetworkReply::readyRead, this, &LiveFeed::readSome);
    connect(m_reply, &QNetworkReply::finished, this, &LiveFeed::ended);
}

void LiveFeed::readSome()
{
    if (m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return; // an error's body: read at the end, if at all
    m_partial += m_reply->readAll();
    qsizetype start = 0;
    for (qsizetype end; (end = m_partial.indexOf('\n', start)) >= 0; start = end + 1)
        feedLine(m_partial.mid(start, end - start));
    m_partial.remove(0, start);
    if (m_partial.size() > kMaxLine) {
        qCWarning(lcApi) << "the live stream sent a line too long; opening it again";
        m_reply->abort();
    }
}

void LiveFeed::ended()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCInfo(lcApi) << "the live stream ended:" << status << m_reply->errorString();
    m_reply->deleteLater();
    m_reply = nullptr;
    if (m_visitors) {
        m_visitors.reset();
        Q_EMIT visitorsChanged();
    }
    // Signed out (401) is the sync's to tell; a busy daemon asks for patience.
    if (m_running && status != 401)
        m_again.start(status == 429 ? 30000 : m_again.interval());
}

void LiveFeed::feedLine(const QByteArray &raw)
{
    const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
    if (line.isEmpty())
        return dispatch();
    if (line.startsWith(':'))
        return; // a comment: the daemon's heartbeat
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "event")
        m_event = value;
    else if (field == "data")
        m_data += (m_data.isEmpty() ? QByteArray() : QByteArray("\n")) + value;
    else if (field == "retry") {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (ok && ms >= 500 && ms <= 60000)
            m_again.setInterval(ms);
    }
}

void LiveFeed::dispatch()
{
    const QByteArray event = std::exchange(m_event, {});
    const QByteArray data = std::exchange(m_data, {});
    if (event != "visitors" || data.isEmpty())
        return;
    const QJsonObject body = QJsonDocument::fromJson(data).object();
    const QJsonValue visitors = body.value(u"visitors"_s);
    if (!visitors.isDouble() || visitors.toInteger(-1) < 0)
        return;
    if (m_visitors != visitors.toInteger()) {
        m_visitors = visitors.toInteger();
        Q_EMIT visitorsChanged();
    }
}

} // namespace nomo
