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
class IntakePressure;
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
// Commits are grouped: the intake thread stores one group at a time, and every
// delivery verified while it commits joins the next. Idle, that is one commit per
// request and no added wait; under load, one sync serves many — and the HTTP thread
// goes on reading and verifying while the disk works, instead of stopping its event
// loop for every commit (benchmarks/intake, docs/benchmarks.md). The intake thread
// takes the next group itself as soon as one is committed: it does not wait for the
// HTTP thread to write the last group's replies first (a turn of its event loop, which
// under load is busy reading the next requests). Measured alone, that was no faster.
class WebhookIntake : public QObject
{
    Q_OBJECT

public:
    WebhookIntake(const DatabaseUrl &database, int busyTimeoutMs, WebhookSignature signature, JsonLimits limits, const Clock &clock,
                  QObject *parent = nullptr);
    ~WebhookIntake() override; // what the intake thread holds is committed or not, then it stops

    void install(http::Routes &routes);
    // Told each group's size as the intake thread takes it (webhooks/IntakePressure.h).
    // Before the first delivery; it outlives this intake.
    void setPressure(IntakePressure *pressure) { m_pressure = pressure; }
    struct Batch; // deliveries that are committed together (WebhookIntake.cpp)
    struct Inflow; // verified deliveries on their way to the intake thread (WebhookIntake.cpp)
    struct Replies; // the replies not written yet, in arrival order (WebhookIntake.cpp)

Q_SIGNALS:
    void eventsStored(int count); // wakes the worker

private:
    void accept(const QHttpServerRequest &request, QHttpServerResponder &&responder, const QByteArray &requestId);
    void handOff();
    void answer(const Batch &batch);
    void tidy();

    WebhookSignature m_signature;
    JsonLimits m_limits;
    const Clock &m_clock;
    std::unique_ptr<DatabaseThread> m_thread;
    // Verified in this turn of the HTTP thread's loop, handed over together at its end.
    std::vector<QByteArray> m_verified;
    std::shared_ptr<Inflow> m_inflow;
    std::unique_ptr<Replies> m_replies;
    bool m_handOffScheduled = false;
    IntakePressure *m_pressure = nullptr;
    // SQLite: while the inbox holds rows and no group comes, the moved ones are deleted
    // a chunk at a time (a group deletes only a few hundred, and only when it comes).
    QTimer *m_tidyTimer = nullptr;
    int m_groupsSinceTidy = 0;
    bool m_tidying = false;
};

} // namespace nomo
