#include "repositories/EventRepository.h"

#include "core/Time.h"
#include "db/Database.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace nomo {

EventRepository::EventRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

namespace {
// Rows per INSERT: a group is written in as few statements as its size's binary digits
// (25 = 16 + 8 + 1), each kept prepared. One statement per event was most of a group's
// time on PostgreSQL, where each is a round trip.
constexpr qsizetype kRowsPerInsert[] = {32, 16, 8, 4, 2, 1};

QString insertOf(const QString &table, qsizetype rows)
{
    QString sql = u"INSERT INTO %1 (merchant_id, delivery_key, event_type, source, body, received_at) VALUES "_s.arg(table);
    for (qsizetype row = 0; row < rows; ++row)
        sql += (row ? u", "_s : QString()) + u"(:m%1, :k%1, :t%1, :s%1, :b%1, :now)"_s.arg(row);
    return sql + u" ON CONFLICT (delivery_key) DO NOTHING RETURNING delivery_key"_s;
}

// The statement for `rows`, one of kRowsPerInsert, into one of the two tables, built once.
const QString &insertFor(const QString &table, qsizetype rows)
{
    static const QHash<QString, QString> built = [] {
        QHash<QString, QString> statements;
        for (const QString &into : {u"events"_s, u"inbox"_s})
            for (const qsizetype size : kRowsPerInsert)
                statements.insert(into + QString::number(size), insertOf(into, size));
        return statements;
    }();
    return *built.constFind(table + QString::number(rows));
}
} // namespace

qsizetype rowsForNextStatement(qsizetype left)
{
    for (const qsizetype size : kRowsPerInsert)
        if (size <= left)
            return size;
    return 1;
}

namespace {
// Runs `statement(from, rows)` over `count` items in chunks of kRowsPerInsert's sizes,
// stopping at the first failure.
template <typename Statement>
Status inChunks(qsizetype count, Statement statement)
{
    for (qsizetype from = 0; from < count;) {
        const qsizetype rows = rowsForNextStatement(count - from);
        if (auto done = statement(from, rows); !done)
            return done;
        from += rows;
    }
    return {};
}
} // namespace

Result<QSet<QString>> insertEvents(const QSqlDatabase &db, const QString &table, const QList<IncomingEvent> &events, qint64 receivedAt)
{
    QSet<QString> inserted;
    auto stored = inChunks(events.size(), [&](qsizetype from, qsizetype rows) -> Status {
        QVariantMap binds{{u"now"_s, receivedAt}};
        for (qsizetype row = 0; row < rows; ++row) {
            const IncomingEvent &event = events.at(from + row);
            const QString n = QString::number(row);
            binds.insert(u"m"_s + n, event.merchantId);
            binds.insert(u"k"_s + n, event.deliveryKey);
            binds.insert(u"t"_s + n, event.eventType);
            binds.insert(u"s"_s + n, event.source);
            binds.insert(u"b"_s + n, event.body);
        }
        auto query = db::exec(db, insertFor(table, rows), binds);
        if (!query)
            return fail(query.error());
        while (query->next())
            inserted.insert(query->value(0).toString());
        return {};
    });
    if (!stored)
        return fail(stored.error());
    return inserted;
}

Result<QList<bool>> EventRepository::store(const QList<IncomingEvent> &events)
{
    auto inserted = insertEvents(m_db, u"events"_s, events, time::toStorage(m_clock.nowUtc()));
    if (!inserted)
        return fail(inserted.error());
    // New where this call inserted the key; a key given twice is new the first time only.
    QList<bool> fresh;
    fresh.reserve(events.size());
    for (const IncomingEvent &event : events)
        fresh.append(inserted->remove(event.deliveryKey));
    return fresh;
}

Result<QList<StoredEvent>> EventRepository::due(int limit) const
{
    const bool postgres = db::engineOf(m_db) == DbEngine::Postgres;
    auto query = db::exec(m_db,
                          u"SELECT id, merchant_id, delivery_key, event_type, source, status, body, attempts, last_error, "
                          "received_at FROM events WHERE status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= :now) "
                          "ORDER BY id LIMIT :limit"_s
                              + (postgres ? u" FOR UPDATE SKIP LOCKED"_s : QString()),
                          {{u"now"_s, time::toStorage(m_clock.nowUtc())}, {u"limit"_s, limit}});
    if (!query)
        return fail(query.error());
    QList<StoredEvent> events;
    while (query->next()) {
        events.append(StoredEvent{query->value(0).toLongLong(),
                                  query->value(1).toLongLong(),
                                  query->value(2).toString(),
                                  query->value(3).toString(),
                                  query->value(4).toString(),
                                  query->value(5).toString(),
                                  query->value(6).toByteArray(),
                                  query->value(7).toInt(),
                                  query->value(8).toString(),
                                  time::fromStorage(query->value(9).toLongLong())});
    }
    return events;
}

Result<QList<std::pair<qint64, QByteArray>>> EventRepository::dueBodiesAfter(qint64 afterId, int limit) const
{
    auto query = db::exec(m_db,
        u"SELECT id, body FROM events WHERE status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= "
        u":now) "
        "AND id > :after ORDER BY id LIMIT :limit"_s,
        { { u"now"_s, time::toStorage(m_clock.nowUtc()) }, { u"after"_s, afterId }, { u"limit"_s, limit } });
    if (!query)
        return fail(query.error());
    QList<std::pair<qint64, QByteArray>> bodies;
    while (query->next())
        bodies.append({ query->value(0).toLongLong(), query->value(1).toByteArray() });
    return bodies;
}

namespace {
// UPDATE … FROM a list of values, for `rows` events: SQLite (3.33 and later) and
// PostgreSQL both take it. The casts give PostgreSQL the columns' types, which a list
// of bound values (some of them NULL) does not say.
QString finishOf(qsizetype rows)
{
    QString values;
    for (qsizetype row = 0; row < rows; ++row) {
        const QString n = QString::number(row);
        values += (row ? u", "_s : QString()) + u"(CAST(:i"_s + n + u" AS BIGINT), CAST(:s"_s + n + u" AS TEXT), CAST(:e"_s + n
            + u" AS TEXT), CAST(:r"_s + n + u" AS BIGINT))"_s;
    }
    return u"WITH outcome (id, status, error, retry) AS (VALUES "_s + values
        + u") UPDATE events SET status = outcome.status, attempts = events.attempts + 1, last_error = outcome.error, "
          "next_attempt_at = outcome.retry, processed_at = :now FROM outcome WHERE events.id = outcome.id"_s;
}

// The statement for `rows`, one of kRowsPerInsert, built once.
const QString &finishFor(qsizetype rows)
{
    static const QHash<qsizetype, QString> built = [] {
        QHash<qsizetype, QString> statements;
        for (const qsizetype size : kRowsPerInsert)
            statements.insert(size, finishOf(size));
        return statements;
    }();
    return *built.constFind(rows);
}
} // namespace

Status EventRepository::finish(const QList<Finished> &outcomes)
{
    const qint64 now = time::toStorage(m_clock.nowUtc());
    return inChunks(outcomes.size(), [&](qsizetype from, qsizetype rows) -> Status {
        QVariantMap binds{{u"now"_s, now}};
        for (qsizetype row = 0; row < rows; ++row) {
            const Finished &outcome = outcomes.at(from + row);
            const QString n = QString::number(row);
            binds.insert(u"i"_s + n, outcome.id);
            binds.insert(u"s"_s + n, outcome.status);
            binds.insert(u"e"_s + n, outcome.error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(outcome.error));
            binds.insert(u"r"_s + n,
                         outcome.retryAt.isValid() ? QVariant(time::toStorage(outcome.retryAt)) : QVariant(QMetaType::fromType<qint64>()));
        }
        if (auto updated = db::exec(m_db, finishFor(rows), binds); !updated)
            return fail(updated.error());
        return {};
    });
}

Result<QHash<QString, int>> EventRepository::countByStatus() const
{
    auto query = db::exec(m_db, u"SELECT status, COUNT(*) FROM events GROUP BY status"_s);
    if (!query)
        return fail(query.error());
    QHash<QString, int> counts;
    while (query->next())
        counts.insert(query->value(0).toString(), query->value(1).toInt());
    return counts;
}

} // namespace nomo
