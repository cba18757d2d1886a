#include "repositories/CouponRepository.h"

#include "core/Time.h"
#include "db/Database.h"
#include "json/DomainJson.h"
#include "salla/SallaCoupons.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

const QString kColumns = u"id, salla_id, terms, status, version, pushed_version, sync_state, sync_error, synced_at, "
                         "uses, customers, discount_halalas, revenue_halalas, vat_halalas, group_codes, created_at, updated_at, pushed_terms"_s;

QVariant nullableTime(const QDateTime &value)
{
    return value.isValid() ? QVariant(time::toStorage(value)) : QVariant(QMetaType::fromType<qint64>());
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

Coupon readCoupon(const db::Query &q)
{
    Coupon c;
    c.id = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        c.sallaId = q.value(1).toLongLong();
    c.terms = salla::readCouponRequest(objectOf(q.value(2).toString()), CouponDraft(), nullptr);
    c.status = Coupon::statusFrom(q.value(3).toString()).value_or(Coupon::Status::Active);
    c.version = q.value(4).toLongLong();
    c.pushedVersion = q.value(5).toLongLong();
    c.syncState = Coupon::syncStateFrom(q.value(6).toString()).value_or(Coupon::SyncState::Pending);
    c.syncError = objectOf(q.value(7).toString());
    if (!q.value(8).isNull())
        c.syncedAt = time::fromStorage(q.value(8).toLongLong());
    c.uses = q.value(9).toLongLong();
    c.customers = q.value(10).toLongLong();
    c.discount = Money::fromHalalas(q.value(11).toLongLong());
    c.revenue = Money::fromHalalas(q.value(12).toLongLong());
    c.vat = Money::fromHalalas(q.value(13).toLongLong());
    c.groupCodes = q.value(14).toLongLong();
    c.createdAt = time::fromStorage(q.value(15).toLongLong());
    c.updatedAt = time::fromStorage(q.value(16).toLongLong());
    c.pushedTerms = salla::readCouponRequest(objectOf(q.value(17).toString()), CouponDraft(), nullptr);
    return c;
}

// The columns a list filters and sorts by, beside the whole terms.
QVariantMap termBinds(const CouponDraft &terms)
{
    return {{u"code"_s, terms.code},
            {u"code_key"_s, terms.code.toUpper()},
            {u"type"_s, terms.type == CouponDraft::Type::Fixed ? u"fixed"_s : u"percentage"_s},
            {u"amount"_s, terms.amount},
            {u"is_group"_s, terms.isGroup},
            {u"starts"_s, nullableTime(terms.startsAt)},
            {u"expires"_s, nullableTime(terms.expiresAt)},
            {u"terms"_s, compact(salla::couponRequest(terms))}};
}

Error codeTaken(const QString &code)
{
    return Error{ErrorCode::Conflict, u"coupon.code_taken"_s, u"code: \"%1\" is already used by another coupon"_s.arg(code),
                 u"code"_s};
}

} // namespace

CouponRepository::CouponRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
{
}

Result<Coupon> CouponRepository::find(qint64 id) const
{
    return one(u"SELECT "_s + kColumns + u" FROM coupons WHERE merchant_id = :merchant_id AND id = :id"_s, {{u"id"_s, id}}, readCoupon,
               Error{ErrorCode::NotFound, u"coupon.not_found"_s, u"coupon %1 does not exist"_s.arg(id)});
}

Result<std::optional<Coupon>> CouponRepository::findBySallaId(qint64 sallaId) const
{
    return maybeOne(u"SELECT "_s + kColumns + u" FROM coupons WHERE merchant_id = :merchant_id AND salla_id = :salla_id"_s,
                    {{u"salla_id"_s, sallaId}}, readCoupon);
}

Result<std::optional<Coupon>> CouponRepository::findByCode(const QString &code) const
{
    return maybeOne(u"SELECT "_s + kColumns + u" FROM coupons WHERE merchant_id = :merchant_id AND code_key = :code_key"_s,
                    {{u"code_key"_s, code.trimmed().toUpper()}}, readCoupon);
}

Result<QList<Coupon>> CouponRepository::list(const Filter &filter) const
{
    QString sql = u"SELECT "_s + kColumns + u" FROM coupons WHERE merchant_id = :merchant_id"_s;
    QVariantMap binds;
    if (!filter.search.trimmed().isEmpty()) {
        sql += u" AND code_key LIKE :search ESCAPE '\\'"_s;
        QString pattern = filter.search.trimmed().toUpper();
        pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        binds.insert(u"search"_s, QString(u'%' + pattern + u'%'));
    }
    if (filter.status) {
        sql += u" AND status = :status"_s;
        binds.insert(u"status"_s, Coupon::statusName(*filter.status));
    } else if (!filter.includeDeleted) {
        sql += u" AND status <> 'deleted'"_s;
    }
    if (filter.sync) {
        sql += u" AND sync_state = :sync"_s;
        binds.insert(u"sync"_s, Coupon::syncStateName(*filter.sync));
    }
    switch (filter.sort) {
    case Filter::Sort::Revenue: sql += u" ORDER BY revenue_halalas DESC, id DESC"_s; break;
    case Filter::Sort::Uses: sql += u" ORDER BY uses DESC, id DESC"_s; break;
    case Filter::Sort::Updated: sql += u" ORDER BY updated_at DESC, id DESC"_s; break;
    }
    sql += u" LIMIT :limit"_s;
    binds.insert(u"limit"_s, filter.limit);
    return all(sql, binds, readCoupon);
}

Result<QSet<QString>> CouponRepository::codes(std::optional<qint64> except) const
{
    const QVariantMap binds{{u"id"_s, except.value_or(0)}};
    QSet<QString> codes;
    for (const QString &sql : {u"SELECT code_key FROM coupons WHERE merchant_id = :merchant_id AND id <> :id"_s,
                               u"SELECT code_key FROM coupon_codes WHERE merchant_id = :merchant_id AND coupon_id <> :id"_s}) {
        auto query = run(sql, binds);
        if (!query)
            return fail(query.error());
        while (query->next())
            codes.insert(query->value(0).toString());
    }
    return codes;
}

Result<QStringList> CouponRepository::groupCodes(qint64 id) const
{
    auto rows = all(u"SELECT code FROM coupon_codes WHERE merchant_id = :merchant_id AND coupon_id = :id ORDER BY id"_s,
                    {{u"id"_s, id}}, [](const db::Query &q) { return q.value(0).toString(); });
    if (!rows)
        return fail(rows.error());
    return QStringList(*rows);
}

Result<Coupon> CouponRepository::commitCoupon(db::Transaction &transaction, qint64 id) const
{
    auto saved = find(id);
    if (!saved)
        return fail(saved.error());
    if (auto done = commitWithChange(transaction, u"coupon"_s, QString::number(id), u"upsert"_s, toJson(*saved)); !done)
        return fail(done.error());
    return saved;
}

Result<Coupon> CouponRepository::create(const CouponDraft &terms)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    QVariantMap binds = termBinds(terms);
    binds.insert(u"status"_s, terms.active ? u"active"_s : u"inactive"_s);
    binds.insert(u"now"_s, now());
    binds.insert(u"now2"_s, now());
    auto id = insertReturningId(u"INSERT INTO coupons (merchant_id, code, code_key, type, amount, status, is_group, starts_at, "
                                "expires_at, terms, created_at, updated_at) VALUES (:merchant_id, :code, :code_key, :type, "
                                ":amount, :status, :is_group, :starts, :expires, :terms, :now, :now2)"_s,
                                binds);
    if (!id)
        return fail(id.error().code == ErrorCode::Conflict ? codeTaken(terms.code) : id.error());
    return commitCoupon(*transaction, *id);
}

Result<Coupon> CouponRepository::update(qint64 id, const CouponDraft &terms, qint64 expectedVersion)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    QVariantMap binds = termBinds(terms);
    binds.insert(u"status"_s, terms.active ? u"active"_s : u"inactive"_s);
    binds.insert(u"id"_s, id);
    binds.insert(u"expected"_s, expectedVersion);
    binds.insert(u"now"_s, now());
    auto updated = run(u"UPDATE coupons SET code = :code, code_key = :code_key, type = :type, amount = :amount, "
                       "status = :status, is_group = :is_group, starts_at = :starts, expires_at = :expires, terms = :terms, "
                       "version = version + 1, sync_state = 'pending', updated_at = :now "
                       "WHERE merchant_id = :merchant_id AND id = :id AND version = :expected AND status <> 'deleted'"_s,
                       binds);
    if (!updated)
        return fail(updated.error().code == ErrorCode::Conflict ? codeTaken(terms.code) : updated.error());
    if (updated->numRowsAffected() == 0)
        return fail(missOrConflict(u"coupons"_s, u"id"_s, id, u"coupon %1"_s.arg(id)));
    return commitCoupon(*transaction, id);
}

Result<Coupon> CouponRepository::markDeleted(qint64 id, qint64 expectedVersion)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto updated = run(u"UPDATE coupons SET status = 'deleted', version = version + 1, sync_state = 'pending', updated_at = :now "
                       "WHERE merchant_id = :merchant_id AND id = :id AND version = :expected"_s,
                       {{u"id"_s, id}, {u"expected"_s, expectedVersion}, {u"now"_s, now()}});
    if (!updated)
        return fail(updated.error());
    if (updated->numRowsAffected() == 0)
        return fail(missOrConflict(u"coupons"_s, u"id"_s, id, u"coupon %1"_s.arg(id)));
    return commitCoupon(*transaction, id);
}

Status CouponRepository::replaceGroupCodes(qint64 id, const QStringList &codes) const
{
    if (auto cleared = run(u"DELETE FROM coupon_codes WHERE merchant_id = :merchant_id AND coupon_id = :id"_s, {{u"id"_s, id}}); !cleared)
        return fail(cleared.error());
    // One statement for many rows: a 10,000-code campaign is a handful of round trips.
    constexpr int kRowsPerStatement = 200;
    for (qsizetype start = 0; start < codes.size(); start += kRowsPerStatement) {
        QString sql = u"INSERT INTO coupon_codes (merchant_id, coupon_id, code, code_key) VALUES "_s;
        QVariantMap binds{{u"merchant_id"_s, tenant().merchantId()}, {u"coupon"_s, id}};
        const qsizetype end = std::min(codes.size(), start + kRowsPerStatement);
        for (qsizetype i = start; i < end; ++i) {
            const QString n = QString::number(i - start);
            sql += (i > start ? u", "_s : QString()) + u"(:merchant_id, :coupon, :c"_s + n + u", :k"_s + n + u')';
            binds.insert(u"c"_s + n, codes[i]);
            binds.insert(u"k"_s + n, codes[i].toUpper());
        }
        if (auto inserted = insert(sql, binds); !inserted)
            return fail(inserted.error());
    }
    return {};
}

Result<Coupon> CouponRepository::recordPushed(qint64 id, qint64 sallaId, qint64 pushedVersion, const CouponDraft &pushedTerms,
                                             const QStringList &groupCodes)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto updated = run(u"UPDATE coupons SET salla_id = :salla_id, pushed_version = :pushed, pushed_terms = :pushed_terms, "
                       "sync_state = CASE WHEN version = :pushed2 THEN 'synced' ELSE 'pending' END, sync_error = '{}', "
                       "synced_at = :now, group_codes = :group_codes WHERE merchant_id = :merchant_id AND id = :id"_s,
                       {{u"salla_id"_s, sallaId}, {u"pushed"_s, pushedVersion},
                        {u"pushed_terms"_s, compact(salla::couponRequest(pushedTerms))}, {u"pushed2"_s, pushedVersion}, {u"now"_s, now()},
                        {u"group_codes"_s, groupCodes.size()}, {u"id"_s, id}});
    if (!updated)
        return fail(updated.error());
    if (updated->numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, u"coupon.not_found"_s, u"coupon %1 does not exist"_s.arg(id));
    if (!groupCodes.isEmpty())
        if (auto replaced = replaceGroupCodes(id, groupCodes); !replaced)
            return fail(replaced.error());
    return commitCoupon(*transaction, id);
}

Result<Coupon> CouponRepository::recordFailed(qint64 id, const QJsonObject &error)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto updated = run(u"UPDATE coupons SET sync_state = 'failed', sync_error = :error "
                       "WHERE merchant_id = :merchant_id AND id = :id"_s,
                       {{u"error"_s, compact(error)}, {u"id"_s, id}});
    if (!updated)
        return fail(updated.error());
    if (updated->numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, u"coupon.not_found"_s, u"coupon %1 does not exist"_s.arg(id));
    return commitCoupon(*transaction, id);
}

Status CouponRepository::erase(qint64 id)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto deleted = run(u"DELETE FROM coupons WHERE merchant_id = :merchant_id AND id = :id"_s, {{u"id"_s, id}});
    if (!deleted)
        return fail(deleted.error());
    if (deleted->numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, u"coupon.not_found"_s, u"coupon %1 does not exist"_s.arg(id));
    return commitWithChange(*transaction, u"coupon"_s, QString::number(id), u"delete"_s, {{u"id"_s, id}});
}

Result<Coupon> CouponRepository::adoptSallaCopy(qint64 id, const CouponDraft &terms, const QStringList &groupCodes)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    QVariantMap binds = termBinds(terms);
    binds.insert(u"status"_s, terms.active ? u"active"_s : u"inactive"_s);
    binds.insert(u"id"_s, id);
    binds.insert(u"now"_s, now());
    binds.insert(u"now2"_s, now());
    binds.insert(u"terms2"_s, binds.value(u"terms"_s));
    auto updated = run(u"UPDATE coupons SET code = :code, code_key = :code_key, type = :type, amount = :amount, "
                       "status = :status, is_group = :is_group, starts_at = :starts, expires_at = :expires, terms = :terms, "
                       "version = version + 1, pushed_version = version + 1, pushed_terms = :terms2, sync_state = 'synced', sync_error = '{}', "
                       "synced_at = :now, updated_at = :now2 WHERE merchant_id = :merchant_id AND id = :id"_s,
                       binds);
    if (!updated)
        return fail(updated.error());
    if (updated->numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, u"coupon.not_found"_s, u"coupon %1 does not exist"_s.arg(id));
    if (!groupCodes.isEmpty())
        if (auto replaced = replaceGroupCodes(id, groupCodes); !replaced)
            return fail(replaced.error());
    return commitCoupon(*transaction, id);
}

Result<Coupon> CouponRepository::refreshUsage(qint64 id)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    QVariantMap totals{{u"id"_s, id}};
    {
        auto sums = run(u"SELECT COUNT(*), COUNT(DISTINCT customer_id), COALESCE(SUM(discount_halalas), 0), "
                        "COALESCE(SUM(revenue_halalas), 0), COALESCE(SUM(vat_halalas), 0) FROM coupon_uses "
                        "WHERE merchant_id = :merchant_id AND coupon_id = :id AND counted = TRUE"_s,
                        {{u"id"_s, id}});
        if (!sums)
            return fail(sums.error());
        if (!sums->next())
            return fail(ErrorCode::DatabaseError, u"db.no_row"_s, u"coupon usage sums returned no row"_s);
        const QStringList names{u"uses"_s, u"customers"_s, u"discount"_s, u"revenue"_s, u"vat"_s};
        for (int i = 0; i < names.size(); ++i)
            totals.insert(names[i], sums->value(i).toLongLong());
    }
    auto updated = run(u"UPDATE coupons SET uses = :uses, customers = :customers, discount_halalas = :discount, "
                       "revenue_halalas = :revenue, vat_halalas = :vat WHERE merchant_id = :merchant_id AND id = :id"_s,
                       totals);
    if (!updated)
        return fail(updated.error());
    return commitCoupon(*transaction, id);
}

} // namespace nomo
