#include "webhooks/WebhookIntake.h"

#include "db/Database.h"
#include "http/DeferredReply.h"
#include "core/Metrics.h"
#include "http/Answer.h"
#include "http/Routes.h"
#include "http/HttpErrors.h"
#include "logging/Logging.h"
#include "salla/SallaPayloads.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace nomo {

struct WebhookIntake::Waiting
{
    IncomingEvent event;
    DeferredReply reply;
};

namespace {

void replyError(QHttpServerResponder &responder, const Error &error, const QByteArray &requestId)
{
    Metrics::instance().add(u"nomo_webhooks_received_total"_s, u"Salla webhooks by what became of them"_s,
                            {{u"outcome"_s, u"refused_"_s + errorCodeName(error.code)}});
    http::writeAnswer(responder,
                      http::Answer{static_cast<int>(httpStatusFor(error.code)), errorBody(errorCodeName(error.code), error.detail), {}},
                      requestId);
}

} // namespace

WebhookIntake::WebhookIntake(QString connectionName, WebhookSignature signature, JsonLimits limits, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connectionName))
    , m_signature(std::move(signature))
    , m_limits(limits)
    , m_clock(clock)
{
}

WebhookIntake::~WebhookIntake() = default;

void WebhookIntake::install(http::Routes &routes)
{
    routes.addAsync({"POST", u"/webhooks/salla"_s, http::Access::Webhook, false, u"Salla's signed webhooks"_s},
                    [this](const http::RequestContext &context, QHttpServerResponder &&responder) {
                        accept(context.request, std::move(responder), context.requestId);
                    });
}

void WebhookIntake::accept(const QHttpServerRequest &request, QHttpServerResponder &&responder, const QByteArray &requestId)
{
    const QByteArray body = request.body();
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const auto &[name, value] : request.headers())
        headers.append({name, value});
    // 1. Who sent it: checked on the exact bytes, before any parsing.
    if (auto verified = m_signature.verify(headers, body); !verified) {
        qCInfo(lcWebhooks).noquote() << "refused webhook from" << request.remoteAddress().toString() << verified.error().detail;
        return replyError(responder, verified.error(), requestId);
    }
    // 2. What it is: bounded JSON, then Salla's envelope.
    auto object = parseJsonObject(body, m_limits);
    if (!object)
        return replyError(responder, object.error(), requestId);
    auto envelope = salla::readEnvelope(*object);
    if (!envelope)
        return replyError(responder, envelope.error(), requestId);

    m_waiting.push_back(std::make_unique<Waiting>(
        Waiting{IncomingEvent{envelope->merchantId, salla::deliveryKey(*envelope, body), envelope->event, u"webhook"_s, body},
                DeferredReply(std::move(responder), requestId)}));
    if (!std::exchange(m_flushScheduled, true))
        QTimer::singleShot(0, this, &WebhookIntake::flush);
}

void WebhookIntake::flush()
{
    m_flushScheduled = false;
    std::vector<std::unique_ptr<Waiting>> batch;
    batch.swap(m_waiting);
    if (batch.empty())
        return;
    QList<IncomingEvent> events;
    for (const auto &waiting : batch)
        events.append(waiting->event);

    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Result<QList<bool>> stored = fail(ErrorCode::Internal, u"db.failed"_s, u"not stored"_s);
    if (auto transaction = db::Transaction::begin(db)) {
        stored = EventRepository(db, m_clock).store(events);
        if (stored) {
            if (auto committed = transaction->commit(); !committed)
                stored = fail(committed.error());
        }
    } else {
        stored = fail(transaction.error());
    }

    if (!stored) {
        // Nothing was stored: say so, and Salla retries later.
        qCWarning(lcWebhooks).noquote() << "could not store" << batch.size() << "webhooks:" << stored.error().detail;
        const QByteArray body = errorBody(u"unavailable"_s, u"the event could not be stored; retry later"_s);
        for (const auto &waiting : batch)
            waiting->reply.write(503, QByteArrayLiteral("application/json"), body);
        Metrics::instance().add(u"nomo_webhooks_received_total"_s, u"Salla webhooks by what became of them"_s,
                                {{u"outcome"_s, u"unavailable"_s}}, static_cast<double>(batch.size()));
        return;
    }
    int fresh = 0;
    for (size_t i = 0; i < batch.size(); ++i) {
        const bool isNew = stored->at(static_cast<qsizetype>(i));
        fresh += isNew;
        const QJsonObject answer{{u"status"_s, u"accepted"_s}, {u"duplicate"_s, !isNew}};
        batch[i]->reply.write(200, QByteArrayLiteral("application/json"), QJsonDocument(answer).toJson(QJsonDocument::Compact));
    }
    qCDebug(lcWebhooks) << "stored" << fresh << "new of" << batch.size() << "webhooks in one commit";
    Metrics &metrics = Metrics::instance();
    metrics.add(u"nomo_webhooks_received_total"_s, u"Salla webhooks by what became of them"_s, {{u"outcome"_s, u"stored"_s}}, fresh);
    metrics.add(u"nomo_webhooks_received_total"_s, {}, {{u"outcome"_s, u"duplicate"_s}}, static_cast<double>(batch.size()) - fresh);
    metrics.observe(u"nomo_webhook_commit_batch_size"_s, u"Webhooks stored by one group commit"_s, {}, static_cast<double>(batch.size()),
                    {1, 2, 4, 8, 16, 32, 64, 128, 256});
    if (fresh > 0)
        Q_EMIT eventsStored(fresh);
}

} // namespace nomo
