#include "reports/DayFeed.h"

#include "core/Time.h"
#include "db/Database.h"
#include "repositories/ChangeFeedRepository.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nomo {

Result<bool> DayFeed::publish(const QSqlDatabase &db, const Clock &clock, qint64 store, QDate day, const QJsonObject &payload,
                              bool empty) const
{
    const QString text = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QString key = day.toString(Qt::ISODate);
    auto transaction = db::Transaction::begin(db, db::WritePriority::Background);
    if (!transaction)
        return fail(transaction.error());
    auto last = db::exec(db, u"SELECT payload_json FROM %1 WHERE merchant_id = :m AND day = :day"_s.arg(table),
                         {{u"m"_s, store}, {u"day"_s, key}});
    if (!last)
        return fail(last.error());
    const bool known = last->next();
    if (known && last->value(0).toString() == text)
        return false;
    if (!known && empty)
        return false;
    const QVariantMap binds{{u"m"_s, store}, {u"day"_s, key}, {u"json"_s, text}, {u"now"_s, time::toStorage(clock.nowUtc())}};
    auto written = known ? db::exec(db, u"UPDATE %1 SET payload_json = :json, updated_at = :now WHERE merchant_id = :m AND day = :day"_s.arg(table), binds)
                         : db::exec(db, u"INSERT INTO %1 (merchant_id, day, payload_json, updated_at) VALUES (:m, :day, :json, :now)"_s.arg(table), binds);
    if (!written)
        return fail(written.error());
    if (auto fed = ChangeFeedRepository(db, TenantContext(store), clock).append(entity, key, u"upsert"_s, payload); !fed)
        return fail(fed.error());
    if (auto done = transaction->commit(); !done)
        return fail(done.error());
    return true;
}

} // namespace nomo
