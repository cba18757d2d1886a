#pragma once

#include "db/DatabaseUrl.h"
#include "json/JsonReader.h"
#include "repositories/EventRepository.h"
#include "security/WebhookSignature.h"

#include <QObject>

#include <memory>
#include <vector>

class QHttpServerRequest;
class QHttpServerResponder;
class QTimer;

namespace nomo {
class DatabaseThread;
class DeferredReply;
namespace http {
class Routes;
}

// POST /webhooks/salla. The body size was bounded by HttpGuard (413). The HTTP thread
// checks the signature on the raw bytes (401) and nothing more; everything after
// runs on the intake's own thread ("webhook-intake", its own connection, synced
// commits): the JSON read with bounds (400), the envelope checked (422), the delivery
// key, and the store. The 200 goes out only once the event is on disk: on SQLite in
// the intake's own inbox file, from which the worker moves it into `events`
// (repositories/WebhookInbox.h); on PostgreSQL in `events`.
//
// Commits are grouped: one batch is with the intake thread at a time, and every
// delivery verified while it commits joins the next. Idle, that is one commit per
// request and no added wait; under load, one sync serves many — and the HTTP thread
// goes on reading and verifying while the disk works, instead of stopping its event
// loop for every commit (benchmarks/intake, docs/benchmarks.md).
class WebhookIntake : public QObject
{
    Q_OBJECT

public:
    WebhookIntake(const DatabaseUrl &database, int busyTimeoutMs, WebhookSignature signature, JsonLimits limits, const Clock &clock,
                  QObject *parent = nullptr);
    ~WebhookIntake() override; // what the intake thread holds is committed or not, then it stops

    void install(http::Routes &routes);
    struct Batch; // deliveries that are committed together (WebhookIntake.cpp)

Q_SIGNALS:
    void eventsStored(int count); // wakes the worker

private:
    void accept(const QHttpServerRequest &request, QHttpServerResponder &&responder, const QByteArray &requestId);
    void handOff();
    void answer(Batch &batch);
    void tidy();

    WebhookSignature m_signature;
    JsonLimits m_limits;
    const Clock &m_clock;
    std::unique_ptr<DatabaseThread> m_thread;
    std::unique_ptr<Batch> m_waiting; // verified, for the next commit
    std::unique_ptr<Batch> m_sending; // with the intake thread now
    bool m_handOffScheduled = false;
    // SQLite: while the inbox holds rows and no group comes, the moved ones are deleted
    // a chunk at a time (a group deletes only a few hundred, and only when it comes).
    QTimer *m_tidyTimer = nullptr;
    int m_groupsSinceTidy = 0;
    bool m_tidying = false;
};

} // namespace nomo
