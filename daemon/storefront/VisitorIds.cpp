#include "storefront/VisitorIds.h"

#include "core/Time.h"
#include "db/Database.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace nomo {

VisitorIds::VisitorIds(QString connectionName, const Clock &clock)
    : m_connection(std::move(connectionName))
    , m_clock(clock)
{
}

Result<QString> VisitorIds::idFor(qint64 store, const QByteArray &address, const QByteArray &userAgent)
{
    const QDate today = time::riyadhDay(m_clock.nowUtc());
    if (today != m_day) {
        auto salt = saltFor(today);
        if (!salt)
            return fail(salt.error());
        m_day = today;
        m_salt = *salt;
    }
    return compute(m_salt, store, address, userAgent);
}

QString VisitorIds::compute(const QByteArray &salt, qint64 store, const QByteArray &address, const QByteArray &userAgent)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(QByteArray::number(store));
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(address);
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(userAgent);
    return QString::fromLatin1(hash.result().left(16).toHex());
}

Result<QByteArray> VisitorIds::saltFor(QDate day)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString key = day.toString(Qt::ISODate);
    QByteArray fresh(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(fresh.data()),
                                         reinterpret_cast<quint32 *>(fresh.data() + fresh.size()));
    // Whoever writes first wins; every daemon then reads the same salt.
    auto inserted = db::exec(db,
                             u"INSERT INTO visitor_salts (day, salt, created_at) VALUES (:day, :salt, :now) "
                             "ON CONFLICT (day) DO NOTHING"_s,
                             {{u"day"_s, key}, {u"salt"_s, QString::fromLatin1(fresh.toHex())},
                              {u"now"_s, time::toStorage(m_clock.nowUtc())}});
    if (!inserted)
        return fail(inserted.error());
    auto read = db::exec(db, u"SELECT salt FROM visitor_salts WHERE day = :day"_s, {{u"day"_s, key}});
    if (!read)
        return fail(read.error());
    if (!read->next())
        return fail(ErrorCode::DatabaseError, u"storefront.salt_missing"_s, u"the day's visitor salt was not written"_s);
    const QByteArray salt = QByteArray::fromHex(read->value(0).toString().toLatin1());
    // Every other day's salt goes: a past day's ids can no longer be recomputed. (A
    // clock set back would delete tomorrow's; a new one is drawn when it comes.)
    if (auto swept = db::exec(db, u"DELETE FROM visitor_salts WHERE day <> :day"_s, {{u"day"_s, key}}); !swept)
        return fail(swept.error());
    return salt;
}

} // namespace nomo
