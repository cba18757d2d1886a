// The event worker alone (issue "Intake and processing at the hardware's pace"): how
// many stored Salla events per second `EventDrain` turns into rows, with nothing else
// on the machine's cores — no HTTP, no intake, no jobs run. The events are the intake
// benchmark's fixture mix (customer.created, order.created, abandoned.cart, each a new
// delivery with its own id; make_bodies.py does the same for wrk), stored the way the
// intake stores them, then drained turn by turn as the queue worker would.
// Prints one JSON line: {"events": N, "processed": P, "ignored": I, "failed": F,
// "jobs": J, "parsed_ahead": A, "parsed_in_place": B, "seconds": S, "per_second": R}.
// Usage: nomo-bench-worker DATABASE_URL FIXTURES_DIR COUNT
#include "app/BackgroundWork.h"
#include "app/SqliteProcess.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "jobs/Subscriptions.h"
#include "repositories/EventRepository.h"
#include "salla/SallaPayloads.h"
#include "security/TokenCipher.h"
#include "webhooks/EventDrain.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
int failWith(const QString &what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    return 1;
}
} // namespace

int main(int argc, char **argv)
{
    configureSqliteProcess(); // as the daemon does
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: %s DATABASE_URL FIXTURES_DIR COUNT\n", argv[0]);
        return 2;
    }
    auto url = DatabaseUrl::parse(args.at(1));
    if (!url)
        return failWith(url.error().toString());
    const QString connection = u"bench-worker"_s;
    auto db = db::open(*url, connection);
    if (!db)
        return failWith(db.error().toString());
    if (auto migrated = Migrator().migrate(*db); !migrated)
        return failWith(migrated.error().toString());

    // The fixture mix, one new delivery per event (a new id in data, as make_bodies.py).
    QList<QJsonObject> templates;
    for (const QString &name : {u"customer_created_webhook.json"_s, u"order_created_webhook.json"_s, u"abandoned_cart_webhook.json"_s}) {
        QFile file(args.at(2) + u'/' + name);
        if (!file.open(QIODevice::ReadOnly))
            return failWith(u"cannot read "_s + file.fileName());
        templates.append(QJsonDocument::fromJson(file.readAll()).object());
    }
    const int count = args.at(3).toInt();
    {
        auto transaction = db::Transaction::begin(*db);
        if (!transaction)
            return failWith(transaction.error().toString());
        QList<IncomingEvent> incoming;
        for (int i = 0; i < count; ++i) {
            QJsonObject body = templates.at(i % templates.size());
            QJsonObject data = body.value(u"data"_s).toObject();
            data.insert(u"id"_s, 3000000000LL + i);
            body.insert(u"data"_s, data);
            const QByteArray raw = QJsonDocument(body).toJson(QJsonDocument::Compact);
            auto envelope = salla::readEnvelope(body);
            if (!envelope)
                return failWith(envelope.error().toString());
            incoming.append(IncomingEvent{envelope->merchantId, salla::deliveryKey(*envelope, raw), envelope->event, u"webhook"_s, raw});
        }
        if (auto stored = EventRepository(*db).store(incoming); !stored)
            return failWith(stored.error().toString());
        if (auto committed = transaction->commit(); !committed)
            return failWith(committed.error().toString());
    }

    auto cipher = TokenCipher::fromBytes(TokenCipher::generateKey());
    if (!cipher)
        return failWith(cipher.error().toString());
    Subscriptions subscriptions;
    BackgroundWork::subscribe(subscriptions); // the daemon's: the jobs its domain events queue
    EventDrain drain(connection, *cipher, subscriptions, 30, 5);
    QElapsedTimer timer;
    timer.start();
    while (drain.turn()) { }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    QJsonObject result{{u"events"_s, count}, {u"seconds"_s, seconds}, {u"per_second"_s, qRound(count / seconds)}};
    auto counts = EventRepository(*db).countByStatus();
    if (!counts)
        return failWith(counts.error().toString());
    for (const QString &status : {u"pending"_s, u"processed"_s, u"ignored"_s, u"failed"_s})
        result.insert(status, counts->value(status));
    auto jobs = db::scalar(*db, u"SELECT COUNT(*) FROM jobs WHERE period_ms IS NULL"_s);
    result.insert(u"jobs"_s, jobs ? *jobs : -1);
    // Where the bodies were parsed: ahead on the second core, or by the worker itself.
    const auto [ahead, inPlace] = drain.parses();
    result.insert(u"parsed_ahead"_s, ahead);
    result.insert(u"parsed_in_place"_s, inPlace);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return counts->value(u"failed"_s) == 0 && counts->value(u"pending"_s) == 0 ? 0 : 1;
}
