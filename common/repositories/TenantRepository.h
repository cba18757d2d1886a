#pragma once

#include <functional>
#include <optional>

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

#include "core/Clock.h"
#include "core/Result.h"
#include "db/Database.h"
#include "repositories/TenantContext.h"

namespace nomo {

// What an upsert of Salla's state did: the row's id, and whether the state was refused
// because the row already holds a newer one (Salla redelivers late and out of order).
struct Upserted
{
    qint64 id = 0;
    bool refusedAsOlder = false;
    bool created = false;   // a new row
    bool changed = false;   // a new row, or new values written to the stored one
    QString previousStatus; // the stored row's status before (orders, carts)

    static Upserted olderThanStored(qint64 id) { return Upserted{id, true, false, false, {}}; }
    static Upserted unchanged(qint64 id) { return Upserted{id, false, false, false, {}}; }
};

// Base of every repository over tenant rows. Its run() refuses SQL that does not
// filter by :merchant_id and binds that placeholder itself from the TenantContext,
// so a query cannot forget the tenant and a caller cannot choose another one.
class TenantRepository
{
public:
    const TenantContext &tenant() const { return m_tenant; }

protected:
    TenantRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock = Clock::system());
    ~TenantRepository() = default;

    Result<db::Query> run(const QString &sql, QVariantMap binds = {}) const;
    // INSERTs carry the tenant as a value, not a filter: these require :merchant_id
    // among the VALUES and bind it the same way.
    Result<db::Query> insert(const QString &sql, QVariantMap binds) const;
    // The same for one row, giving its id (db::insertReturningId; `sql` has no RETURNING).
    Result<qint64> insertReturningId(const QString &sql, QVariantMap binds) const;
    // For a guarded UPDATE/DELETE that touched nothing: NotFound when the row does
    // not exist for this tenant, Conflict when it does (the guard, e.g. a version, failed).
    Error missOrConflict(const QString &table, const QString &idColumn, const QVariant &id, const QString &what) const;

    // Appends to this merchant's change feed, then commits: the end of every mutation,
    // so the row and its change become visible together or not at all.
    Status commitWithChange(db::Transaction &transaction,
        const QString &entity,
        const QString &entityId,
        const QString &op,
        const QJsonObject &payload) const;

    qint64 now() const; // epoch milliseconds, from the clock

    // Rows of Salla's records carry source_at, Salla's time of the state they hold. A
    // state older than the stored one is refused, an equal or newer one applies; an
    // unknown time (invalid) counts as the oldest, so it replaces only another unknown.
    static bool isOlder(const QDateTime &incoming, const QDateTime &stored);
    // For :source_at (the new value) and :source_at_guard binds: NULL when unknown.
    static QVariant sourceAtValue(const QDateTime &sourceAt);
    // Ends the UPDATE of an upsert: the database refuses an older state as well, so two
    // workers racing on one row (PostgreSQL) cannot leave the older state last.
    static QString notOlderGuard()
    {
        return QStringLiteral(" AND (source_at IS NULL OR source_at <= :source_at_guard)");
    }
    // The stored state seen again, as of `incoming`: only source_at moves on (later),
    // with nothing to announce. Commits.
    Result<Upserted> keepSameState(db::Transaction &transaction,
        const QString &table,
        qint64 id,
        const QDateTime &stored,
        const QDateTime &incoming) const;

    // The write half of an upsert keyed by Salla's id: UPDATE the existing row (when
    // `existingId` is set) or INSERT a new one, then announce the saved row, read back
    // by `payload`, on the change feed and commit. Binds :now and :now2 itself. An
    // UPDATE whose guard (notOlderGuard) matches no row writes nothing: refusedAsOlder.
    Result<Upserted> writeUpsert(db::Transaction &transaction,
        std::optional<qint64> existingId,
        const QString &updateSql,
        const QString &insertSql,
        QVariantMap fields,
        const QString &entity,
        const std::function<Result<QJsonObject>(qint64)> &payload) const;

    // Runs a scoped SELECT and reads its rows with `read(const db::Query &)`.
    template <typename Read>
    auto all(const QString &sql, QVariantMap binds, Read read) const
        -> Result<QList<decltype(read(std::declval<const db::Query &>()))>>
    {
        auto query = run(sql, std::move(binds));
        if (!query)
            return fail(query.error());
        QList<decltype(read(std::declval<const db::Query &>()))> rows;
        while (query->next())
            rows.append(read(*query));
        return rows;
    }
    // The first row, or nothing.
    template <typename Read>
    auto maybeOne(const QString &sql, QVariantMap binds, Read read) const
        -> Result<std::optional<decltype(read(std::declval<const db::Query &>()))>>
    {
        using Row = decltype(read(std::declval<const db::Query &>()));
        auto query = run(sql, std::move(binds));
        if (!query)
            return fail(query.error());
        if (!query->next())
            return std::optional<Row>();
        return std::optional<Row>(read(*query));
    }
    // The first row, or `missing` (typically NotFound).
    template <typename Read>
    auto one(const QString &sql, QVariantMap binds, Read read, Error missing) const
        -> Result<decltype(read(std::declval<const db::Query &>()))>
    {
        auto row = maybeOne(sql, std::move(binds), read);
        if (!row)
            return fail(row.error());
        if (!*row)
            return fail(std::move(missing));
        return std::move(**row);
    }

    QSqlDatabase m_db;
    TenantContext m_tenant;
    const Clock &m_clock;

private:
    // Refuses an INSERT without :merchant_id; binds the tenant to it.
    Status scopeInsert(const QString &sql, QVariantMap &binds) const;
};

} // namespace nomo
