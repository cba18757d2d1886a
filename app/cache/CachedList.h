#pragma once

#include "cache/CacheDatabase.h"
#include "core/ConsoleLogging.h"
#include "core/Result.h"
#include "json/DomainJson.h"

#include <QJsonDocument>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace nomo {

// A list the daemon answers whole (the message log, the broadcasts), kept in the cache
// as the wire's objects so it shows offline: a table (id, at, json), each answer in
// place of the last, read back newest first by `at`. One shape for every such list.
template<class T>
class CachedList
{
public:
    using TimeOf = qint64 (*)(const T &); // the item's time in milliseconds, for the order

    CachedList(const CacheDatabase &cache, QString table, TimeOf timeOf)
        : m_db(cache.database())
        , m_table(std::move(table))
        , m_timeOf(timeOf)
    {
    }

    Status replace(const QList<T> &items)
    {
        if (!m_db.transaction())
            return fail(ErrorCode::DatabaseError, QStringLiteral("cache.write"), m_db.lastError().text());
        QSqlQuery query(m_db);
        bool ok = query.exec(QStringLiteral("DELETE FROM ") + m_table);
        if (ok)
            ok = query.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 (id, at, json) VALUES (?, ?, ?)").arg(m_table));
        for (const T &item : items) {
            if (!ok)
                break;
            query.addBindValue(item.id);
            query.addBindValue(m_timeOf(item));
            query.addBindValue(QString::fromUtf8(QJsonDocument(toJson(item)).toJson(QJsonDocument::Compact)));
            ok = query.exec();
        }
        if (!ok) {
            const QString why = query.lastError().text();
            m_db.rollback();
            return fail(ErrorCode::DatabaseError, QStringLiteral("cache.write"), why);
        }
        if (!m_db.commit()) {
            const QString why = m_db.lastError().text();
            m_db.rollback(); // a transaction left open would refuse every later one on this connection
            return fail(ErrorCode::DatabaseError, QStringLiteral("cache.write"), why);
        }
        return {};
    }

    QList<T> recent(int limit) const
    {
        QList<T> items;
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT json FROM %1 ORDER BY at DESC, id DESC LIMIT ?").arg(m_table));
        query.addBindValue(limit);
        if (!query.exec())
            return items;
        while (query.next()) {
            const QJsonObject object = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
            if (auto item = fromJson<T>(object))
                items.append(*item);
            else
                qCWarning(lcCache).noquote() << "a cached" << m_table << "entry could not be read:" << item.error().detail;
        }
        return items;
    }

private:
    QSqlDatabase m_db;
    QString m_table;
    TimeOf m_timeOf;
};

} // namespace nomo
