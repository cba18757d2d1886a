#pragma once

#include "json/JsonReader.h"
#include "repositories/EventRepository.h"
#include "security/WebhookSignature.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

namespace nomo {
namespace http {
class Routes;
}

// POST /webhooks/salla. The body size was bounded by HttpGuard (413). Here: the
// signature is checked on the raw bytes (401), the JSON read with bounds (400), the
// envelope checked (422), and the raw event stored under its delivery key. The 200
// goes out only once the event is durable.
//
// Commits are grouped: every delivery accepted during one turn of the event loop is
// written in one transaction, and each waits for that commit before its reply. Idle,
// that is one commit per request and no added wait; under load, one fsync serves many.
class WebhookIntake : public QObject
{
    Q_OBJECT

public:
    WebhookIntake(QString connectionName, WebhookSignature signature, JsonLimits limits, const Clock &clock, QObject *parent = nullptr);
    ~WebhookIntake() override;

    void install(http::Routes &routes);

Q_SIGNALS:
    void eventsStored(int count); // wakes the worker

private:
    struct Waiting;
    void accept(const QHttpServerRequest &request, QHttpServerResponder &&responder, const QByteArray &requestId);
    void flush();

    QString m_connection;
    WebhookSignature m_signature;
    JsonLimits m_limits;
    const Clock &m_clock;
    std::vector<std::unique_ptr<Waiting>> m_waiting;
    bool m_flushScheduled = false;
};

} // namespace nomo
