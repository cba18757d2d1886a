#include "cache/CouponStore.h"

#include "cache/CacheDatabase.h"
#include "cache/CacheValues.h"
#include "core/ConsoleLogging.h"
#include "json/DomainJson.h"
#include "salla/SallaCoupons.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

Status run(QSqlQuery &query)
{
    if (!query.exec())
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, query.lastError().text());
    return {};
}

bool isCouponKind(const QString &kind)
{
    return kind == outboxkind::CouponCreate || kind == outboxkind::CouponEdit || kind == outboxkind::CouponDisable
        || kind == outboxkind::CouponDelete;
}

// The row's columns, for a row whose whole copy does not read (a cache written by an
// older console): the list still shows it, only the editor has less to show.
Coupon fromColumns(const QSqlQuery &query)
{
    Coupon coupon;
    coupon.id = query.value(0).toLongLong();
    coupon.terms.code = query.value(1).toString();
    coupon.terms.type = query.value(2).toString() == u"fixed" ? CouponDraft::Type::Fixed : CouponDraft::Type::Percentage;
    coupon.terms.amount = query.value(3).toLongLong();
    coupon.status = Coupon::statusFrom(query.value(4).toString()).value_or(Coupon::Status::Active);
    coupon.terms.active = coupon.status == Coupon::Status::Active;
    coupon.terms.isGroup = query.value(5).toBool();
    coupon.terms.expiresAt = cache::loadedTime(query.value(6));
    coupon.uses = query.value(7).toLongLong();
    coupon.customers = query.value(8).toLongLong();
    coupon.discount = Money::fromHalalas(query.value(9).toLongLong());
    coupon.revenue = Money::fromHalalas(query.value(10).toLongLong());
    coupon.syncState = Coupon::syncStateFrom(query.value(11).toString()).value_or(Coupon::SyncState::Pending);
    coupon.version = query.value(12).toLongLong();
    coupon.updatedAt = cache::loadedTime(query.value(14));
    return coupon;
}

} // namespace

CouponStore::CouponStore(const CacheDatabase &cache)
    : m_db(cache.database())
    , m_outbox(cache)
{
}

QList<CouponRecord> CouponStore::all() const
{
    QList<CouponRecord> records;
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT id, code, type, amount, status, is_group, expires_at, uses, customers, discount_halalas, "
                    "revenue_halalas, sync_state, version, coupon_json, updated_at FROM coupons ORDER BY updated_at DESC, id DESC"_s))
        return records;
    while (query.next()) {
        CouponRecord record;
        // Our own copy of what the daemon sent, read back by the same codec.
        const QJsonObject json = QJsonDocument::fromJson(query.value(13).toString().toUtf8()).object();
        auto decoded = fromJson<Coupon>(json);
        record.coupon = decoded ? *decoded : fromColumns(query);
        // The columns are the truth of the row: a status the codec does not read
        // (deleted) is kept from them.
        record.coupon.status = Coupon::statusFrom(query.value(4).toString()).value_or(record.coupon.status);
        record.version = record.coupon.version;
        records.append(std::move(record));
    }

    // The merchant's changes waiting in the outbox, oldest first, each over the last.
    for (const OutboxEntry &entry : m_outbox.pending()) {
        if (!isCouponKind(entry.kind))
            continue;
        if (entry.kind == outboxkind::CouponCreate) {
            CouponRecord record;
            record.coupon.id = -entry.id;
            record.coupon.terms = salla::readCouponRequest(entry.body.value_or(QJsonObject()), CouponDraft(), nullptr);
            record.coupon.status = record.coupon.terms.active ? Coupon::Status::Active : Coupon::Status::Inactive;
            record.pendingChange = true;
            record.onDaemon = false;
            records.prepend(std::move(record));
            continue;
        }
        const qint64 id = entry.entityKey.toLongLong();
        auto it = std::find_if(records.begin(), records.end(), [id](const CouponRecord &r) { return r.coupon.id == id; });
        if (it == records.end())
            continue; // the coupon is gone (deleted elsewhere): the answer will say so
        if (!it->pendingChange && entry.ifMatch)
            it->version = entry.ifMatch->toLongLong();
        it->pendingChange = true;
        Coupon &coupon = it->coupon;
        if (entry.kind == outboxkind::CouponEdit && entry.body) {
            coupon.terms = salla::readCouponRequest(*entry.body, coupon.terms, nullptr, couponReadOnlyFields());
            coupon.status = coupon.terms.active ? Coupon::Status::Active : Coupon::Status::Inactive;
        } else if (entry.kind == outboxkind::CouponDisable) {
            coupon.terms.active = false;
            coupon.status = Coupon::Status::Inactive;
        } else if (entry.kind == outboxkind::CouponDelete) {
            coupon.status = Coupon::Status::Deleted;
        }
    }
    return records;
}

std::optional<CouponRecord> CouponStore::find(qint64 id) const
{
    for (CouponRecord &record : all())
        if (record.coupon.id == id)
            return std::move(record);
    return std::nullopt;
}

QSet<QString> CouponStore::codes(std::optional<qint64> except) const
{
    QSet<QString> codes;
    for (const CouponRecord &record : all())
        if (!except || record.coupon.id != *except)
            codes.insert(record.coupon.terms.code.toUpper());
    return codes;
}

Status CouponStore::save(const Coupon &coupon)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT OR REPLACE INTO coupons (id, code, type, amount, status, is_group, expires_at, uses, customers, "
                  "discount_halalas, revenue_halalas, sync_state, version, coupon_json, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(coupon.id);
    query.addBindValue(coupon.terms.code);
    query.addBindValue(coupon.terms.type == CouponDraft::Type::Fixed ? u"fixed"_s : u"percentage"_s);
    query.addBindValue(coupon.terms.amount);
    query.addBindValue(Coupon::statusName(coupon.status));
    query.addBindValue(coupon.terms.isGroup);
    query.addBindValue(cache::storedTime(coupon.terms.expiresAt));
    query.addBindValue(coupon.uses);
    query.addBindValue(coupon.customers);
    query.addBindValue(coupon.discount.halalas());
    query.addBindValue(coupon.revenue.halalas());
    query.addBindValue(Coupon::syncStateName(coupon.syncState));
    query.addBindValue(coupon.version);
    // Whole, as the daemon sent it: the editor reads its terms back with the same codec.
    query.addBindValue(QString::fromUtf8(QJsonDocument(toJson(coupon)).toJson(QJsonDocument::Compact)));
    query.addBindValue(cache::storedTime(coupon.updatedAt));
    return run(query);
}

Status CouponStore::markDeleted(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE coupons SET status = 'deleted', sync_state = 'pending' WHERE id = ?"_s);
    query.addBindValue(id);
    return run(query);
}

Status CouponStore::remove(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM coupons WHERE id = ?"_s);
    query.addBindValue(id);
    return run(query);
}

} // namespace nomo
