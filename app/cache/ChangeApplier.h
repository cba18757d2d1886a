#pragma once

#include "cache/DecodedChange.h"
#include "core/Result.h"
#include "domain/ChangePage.h"

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
// Every payload is read by its codec before the transaction begins; one that does not
// read is skipped whole (with a warning), and the rest of the page applies.
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
    Status write(const DecodedChange &change);
    Status upsert(const FeatureState &feature);
    Status upsert(const Order &order);
    Status upsert(const Customer &customer);
    Status upsert(const Coupon &coupon);
    Status upsert(const AbandonedCart &cart);
    Status upsert(const MessageTemplate &tmpl);
    Status upsert(const EmailSubscriber &subscriber);
    Status upsert(const VisitorDay &day);
    Status upsert(const SalesDay &day);
    Status remove(const CacheRemoval &removal);
    // Each statement is prepared once per applier (one page): parsing the SQL again
    // for every row was most of a first sync's time.
    QSqlQuery &prepared(const QString &sql);

    const CacheDatabase &m_cache;
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace nomo
