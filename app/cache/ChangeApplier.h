#pragma once

#include "api/ChangePage.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <unordered_map>

namespace nomo {

class CacheDatabase;

// Applies one page of the change feed to the cache in ONE transaction together with
// the new cursor: if the process dies before the commit, neither the rows nor the
// cursor moved, so the page is fetched and applied again (upserts are idempotent);
// after the commit, the cursor says the page is done and it is never applied twice.
class ChangeApplier
{
public:
    // Called after each change is written, before the commit. Returning an error rolls
    // the whole page back; tests use it to stand for a crash in the middle of a page.
    using StepHook = std::function<Status(qsizetype applied)>;

    explicit ChangeApplier(const CacheDatabase &cache);

    // The cursor after the page (page.nextSince), or an error with nothing changed.
    Result<qint64> apply(const ChangePage &page, const StepHook &afterEachChange = {});

private:
    Status applyOne(const Change &change);
    Status upsertFeature(const QJsonObject &payload);
    Status upsertOrder(const QJsonObject &payload);
    Status upsertCustomer(const QJsonObject &payload);
    Status upsertCoupon(const QJsonObject &payload);
    Status upsertCart(const QJsonObject &payload);
    Status remove(const QString &table, const QString &keyColumn, const QVariant &key);
    // Each statement is prepared once per applier (one page): parsing the SQL again
    // for every row was most of a first sync's time.
    QSqlQuery &prepared(const QString &sql);

    const CacheDatabase &m_cache;
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace nomo
