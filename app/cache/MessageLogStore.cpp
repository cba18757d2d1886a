#include "cache/MessageLogStore.h"

#include "cache/CacheDatabase.h"
#include "cache/CacheValues.h"
#include "core/ConsoleLogging.h"
#include "json/DomainJson.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace nomo {

MessageLogStore::MessageLogStore(const CacheDatabase &cache)
    : m_db(cache.database())
{
}

Status MessageLogStore::replace(const QList<Message> &messages)
{
    if (!m_db.transaction())
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, m_db.lastError().text());
    QSqlQuery query(m_db);
    bool ok = query.exec(u"DELETE FROM message_log"_s);
    query.prepare(u"INSERT OR REPLACE INTO message_log (id, created_at, json) VALUES (?, ?, ?)"_s);
    for (const Message &message : messages) {
        if (!ok)
            break;
        query.addBindValue(message.id);
        query.addBindValue(cache::storedTime(message.createdAt));
        query.addBindValue(QString::fromUtf8(QJsonDocument(toJson(message)).toJson(QJsonDocument::Compact)));
        ok = query.exec();
    }
    if (!ok) {
        const QString why = query.lastError().text();
        m_db.rollback();
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, why);
    }
    if (!m_db.commit())
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, m_db.lastError().text());
    return {};
}

QList<Message> MessageLogStore::recent(int limit) const
{
    QList<Message> messages;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT json FROM message_log ORDER BY created_at DESC, id DESC LIMIT ?"_s);
    query.addBindValue(limit);
    if (!query.exec())
        return messages;
    while (query.next()) {
        const QJsonObject object = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        if (auto message = fromJson<Message>(object))
            messages.append(*message);
        else
            qCWarning(lcCache).noquote() << "a cached log entry could not be read:" << message.error().detail;
    }
    return messages;
}

} // namespace nomo
