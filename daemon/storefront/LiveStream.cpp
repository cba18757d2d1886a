#include "storefront/LiveStream.h"

#include "core/Time.h"
#include "http/HttpErrors.h"
#include "http/Routes.h"
#include "logging/Logging.h"

#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nomo {

LiveStream::LiveStream(QString connectionName, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(connectionName)
    , m_clock(clock)
    , m_counts(connectionName, clock, 0) // read afresh: this is where the figure moves first
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(50);
    connect(&m_soon, &QTimer::timeout, this, [this] { refresh(std::exchange(m_moved, {})); });
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        QSet<qint64> all;
        for (const auto &stream : m_streams)
            all.insert(stream->store);
        refresh(all);
    });
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &LiveStream::heartbeat);
}

LiveStream::~LiveStream() = default;

void LiveStream::install(http::Routes &routes)
{
    routes.addAsync({"GET", u"/api/v1/live"_s, http::Access::Console, false,
                     u"Visitors on the store now, as Server-Sent Events (the console's live figure)"_s},
                    [this](const http::RequestContext &context, QHttpServerResponder &&responder) {
                        open(context.caller->merchantId, std::move(responder));
                    });
}

void LiveStream::open(qint64 store, QHttpServerResponder &&responder)
{
    dropClosed();
    const auto ofStore = std::count_if(m_streams.cbegin(), m_streams.cend(), [store](const auto &s) { return s->store == store; });
    if (ofStore >= kPerStore || streams() >= kTotal) {
        const QByteArray body = QJsonDocument(QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, u"rate_limited"_s},
                                                                                   {u"message"_s, u"too many live streams open"_s}}}})
                                    .toJson(QJsonDocument::Compact);
        return responder.write(body, {{"Content-Type", "application/json"}, {"Retry-After", "30"}},
                               QHttpServerResponder::StatusCode::TooManyRequests);
    }
    auto stream = std::make_unique<Stream>();
    stream->store = store;
    stream->socket = responder.socket();
    stream->responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    if (!stream->socket)
        return;
    // Streamed: the status line and headers now, the events as they come (PLATFORM.md
    // §4). No length: the body runs until either side closes, as HTTP/1.1 allows.
    QHttpServerResponder &out = *stream->responder;
    out.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    out.writeHeaders({{"Content-Type", "text/event-stream"}, {"Cache-Control", "no-store"}, {"X-Accel-Buffering", "no"},
                      {"Connection", "close"}});
    out.writeBody("retry: 3000\n\n");
    m_streams.push_back(std::move(stream));
    qCInfo(lcStorefront) << "store" << store << "opened a live stream;" << streams() << "open";
    if (!m_refresh.isActive()) {
        m_refresh.start();
        m_heartbeat.start();
    }
    refresh({store});
}

void LiveStream::storesMoved(const QSet<qint64> &stores)
{
    bool streamed = false;
    for (const auto &stream : m_streams)
        streamed = streamed || stores.contains(stream->store);
    if (!streamed)
        return;
    m_moved.unite(stores);
    if (!m_soon.isActive())
        m_soon.start();
}

void LiveStream::refresh(const QSet<qint64> &stores)
{
    dropClosed();
    for (const qint64 store : stores) {
        auto count = m_counts.count(store, std::nullopt);
        if (!count) {
            qCWarning(lcStorefront).noquote() << "live count of store" << store << "failed:" << count.error().detail;
            continue;
        }
        const QByteArray event = "event: visitors\ndata: "
                               + QJsonDocument(QJsonObject{{u"visitors"_s, count->store}, {u"at"_s, time::toWire(m_clock.nowUtc())}})
                                     .toJson(QJsonDocument::Compact)
                               + "\n\n";
        for (const auto &stream : m_streams)
            if (stream->store == store && stream->lastSent != count->store && stream->socket) {
                stream->responder->writeBody(event);
                stream->lastSent = count->store;
            }
    }
}

void LiveStream::heartbeat()
{
    dropClosed();
    for (const auto &stream : m_streams)
        if (stream->socket)
            stream->responder->writeBody(": still here\n\n");
}

void LiveStream::dropClosed()
{
    const auto before = m_streams.size();
    std::erase_if(m_streams, [](const auto &stream) { return !stream->socket || stream->socket->state() != QAbstractSocket::ConnectedState; });
    if (m_streams.size() != before)
        qCInfo(lcStorefront) << before - m_streams.size() << "live streams closed;" << streams() << "open";
    if (m_streams.empty()) {
        m_refresh.stop();
        m_heartbeat.stop();
    }
}

} // namespace nomo
