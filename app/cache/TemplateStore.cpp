#include "cache/TemplateStore.h"

#include "cache/CacheDatabase.h"
#include "messages/DefaultTemplates.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace nomo {

TemplateStore::TemplateStore(const CacheDatabase &cache)
    : m_db(cache.database())
{
}

Status TemplateStore::save(const MessageTemplate &tmpl)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT OR REPLACE INTO templates (key, automation, channel, language, subject, body, action, version) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    // A null QString binds as NULL: an SMS has no subject, which is the empty text here.
    const auto text = [](const QString &value) { return value.isNull() ? QString(u""_s) : value; };
    for (const QVariant &value : QVariantList{tmpl.key(), tmpl.automation, tmpl.channel, tmpl.language, text(tmpl.subject), text(tmpl.body),
                                              text(tmpl.action), tmpl.version})
        query.addBindValue(value);
    if (!query.exec())
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, query.lastError().text());
    return {};
}

Status TemplateStore::remove(const QString &key)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM templates WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec())
        return fail(ErrorCode::DatabaseError, u"cache.write"_s, query.lastError().text());
    return {};
}

MessageTemplate TemplateStore::effective(const QString &automation, const QString &channel, const QString &language) const
{
    MessageTemplate gallery = defaultTemplate(automation, channel, language);
    QSqlQuery query(m_db);
    query.prepare(u"SELECT subject, body, action, version FROM templates WHERE key = ?"_s);
    query.addBindValue(gallery.key());
    if (query.exec() && query.next()) {
        gallery.subject = query.value(0).toString();
        gallery.body = query.value(1).toString();
        gallery.action = query.value(2).toString();
        gallery.version = query.value(3).toLongLong();
        gallery.custom = true;
    }
    return gallery;
}

} // namespace nomo
