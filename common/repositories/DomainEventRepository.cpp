#include "repositories/DomainEventRepository.h"

#include "core/Time.h"
#include "db/Database.h"
#include "jobs/JobQueue.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nomo {

DomainEventRepository::DomainEventRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

Result<qint64> DomainEventRepository::record(const DomainEvent &event, const QList<Subscriber> &subscribers)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    const qint64 now = time::toStorage(m_clock.nowUtc());
    auto inserted = db::insertReturningId(m_db,
                             u"INSERT INTO domain_events (merchant_id, kind, subject_id, payload, occurred_at, created_at) "
                             "VALUES (:merchant, :kind, :subject, :payload, :occurred, :now)"_s,
                             {{u"merchant"_s, event.merchantId},
                              {u"kind"_s, event.kind},
                              {u"subject"_s, event.subjectId ? QVariant(*event.subjectId) : QVariant(QMetaType(QMetaType::LongLong))},
                              {u"payload"_s, QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact))},
                              {u"occurred"_s, time::toStorage(event.occurredAt.isValid() ? event.occurredAt : m_clock.nowUtc())},
                              {u"now"_s, now}});
    if (!inserted)
        return fail(inserted.error());
    const qint64 id = *inserted;
    JobQueue jobs(m_db, m_clock);
    for (const Subscriber &subscriber : subscribers) {
        JobSpec spec;
        spec.kind = subscriber.jobKind;
        spec.merchantId = event.merchantId;
        spec.maxAttempts = subscriber.maxAttempts;
        spec.payload = QJsonObject{{u"domain_event_id"_s, id},
                                   {u"kind"_s, event.kind},
                                   {u"subject_id"_s, event.subjectId ? QJsonValue(*event.subjectId) : QJsonValue()},
                                   {u"payload"_s, event.payload}};
        if (subscriber.oncePerMerchant)
            spec.uniqueKey = u"%1:%2"_s.arg(subscriber.jobKind).arg(event.merchantId);
        if (auto queued = jobs.enqueue(spec); !queued)
            return fail(queued.error());
    }
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return id;
}

Result<QList<DomainEvent>> DomainEventRepository::recent(qint64 merchantId, int limit) const
{
    auto query = db::exec(m_db,
                          u"SELECT kind, subject_id, payload, occurred_at FROM domain_events WHERE merchant_id = :merchant "
                          "ORDER BY id DESC LIMIT :limit"_s,
                          {{u"merchant"_s, merchantId}, {u"limit"_s, limit}});
    if (!query)
        return fail(query.error());
    QList<DomainEvent> events;
    while (query->next()) {
        DomainEvent event;
        event.kind = query->value(0).toString();
        event.merchantId = merchantId;
        if (!query->value(1).isNull())
            event.subjectId = query->value(1).toLongLong();
        event.payload = QJsonDocument::fromJson(query->value(2).toString().toUtf8()).object();
        event.occurredAt = time::fromStorage(query->value(3).toLongLong());
        events.append(event);
    }
    return events;
}

} // namespace nomo
