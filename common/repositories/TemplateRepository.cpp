#include "repositories/TemplateRepository.h"

#include "json/DomainJson.h"
#include "messages/DefaultTemplates.h"

using namespace Qt::StringLiterals;

namespace nomo {

TemplateRepository::TemplateRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
{
}

Result<std::optional<MessageTemplate>> TemplateRepository::own(const QString &automation, const QString &channel,
                                                              const QString &language) const
{
    return maybeOne(u"SELECT subject, body, action, version FROM templates WHERE merchant_id = :merchant_id AND name = :name "
                    "AND channel = :channel AND locale = :locale"_s,
                    {{u"name"_s, automation}, {u"channel"_s, channel}, {u"locale"_s, language}},
                    [&](const db::Query &q) {
                        return MessageTemplate{automation, channel, language, q.value(0).toString(), q.value(1).toString(),
                                               q.value(2).toString(), true, q.value(3).toLongLong()};
                    });
}

Result<MessageTemplate> TemplateRepository::effective(const QString &automation, const QString &channel, const QString &language) const
{
    auto stored = own(automation, channel, language);
    if (!stored)
        return fail(stored.error());
    if (*stored)
        return **stored;
    return defaultTemplate(automation, channel, language);
}

Result<QList<MessageTemplate>> TemplateRepository::all() const
{
    QList<MessageTemplate> out;
    for (const MessageTemplate &gallery : defaultTemplates()) {
        auto mine = effective(gallery.automation, gallery.channel, gallery.language);
        if (!mine)
            return fail(mine.error());
        out.append(*mine);
    }
    return out;
}

Result<MessageTemplate> TemplateRepository::save(const MessageTemplate &tmpl, std::optional<qint64> expectedVersion)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto stored = own(tmpl.automation, tmpl.channel, tmpl.language);
    if (!stored)
        return fail(stored.error());
    const qint64 current = *stored ? (**stored).version : 0;
    if (expectedVersion && *expectedVersion != current)
        return fail(ErrorCode::Conflict, u"templates.version_conflict"_s,
                    u"the template is at version %1, not %2"_s.arg(current).arg(*expectedVersion));
    if (*stored) {
        auto updated = run(u"UPDATE templates SET subject = :subject, body = :body, action = :action, version = version + 1, "
                           "updated_at = :now WHERE merchant_id = :merchant_id AND name = :name AND channel = :channel AND locale = :locale"_s,
                           {{u"subject"_s, tmpl.subject}, {u"body"_s, tmpl.body}, {u"action"_s, tmpl.action}, {u"now"_s, now()},
                            {u"name"_s, tmpl.automation}, {u"channel"_s, tmpl.channel}, {u"locale"_s, tmpl.language}});
        if (!updated)
            return fail(updated.error());
    } else {
        auto inserted = insert(u"INSERT INTO templates (merchant_id, channel, name, locale, subject, body, action, created_at, updated_at) "
                               "VALUES (:merchant_id, :channel, :name, :locale, :subject, :body, :action, :now, :now2)"_s,
                               {{u"channel"_s, tmpl.channel}, {u"name"_s, tmpl.automation}, {u"locale"_s, tmpl.language},
                                {u"subject"_s, tmpl.subject}, {u"body"_s, tmpl.body}, {u"action"_s, tmpl.action},
                                {u"now"_s, now()}, {u"now2"_s, now()}});
        if (!inserted)
            return fail(inserted.error());
    }
    auto saved = own(tmpl.automation, tmpl.channel, tmpl.language);
    if (!saved)
        return fail(saved.error());
    if (auto done = commitWithChange(*transaction, u"template"_s, tmpl.key(), u"upsert"_s, toJson(**saved)); !done)
        return fail(done.error());
    return **saved;
}

Result<MessageTemplate> TemplateRepository::reset(const QString &automation, const QString &channel, const QString &language)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto removed = run(u"DELETE FROM templates WHERE merchant_id = :merchant_id AND name = :name AND channel = :channel AND locale = :locale"_s,
                       {{u"name"_s, automation}, {u"channel"_s, channel}, {u"locale"_s, language}});
    if (!removed)
        return fail(removed.error());
    const MessageTemplate gallery = defaultTemplate(automation, channel, language);
    // commitWithChange commits; with nothing deleted there is nothing to announce.
    const Status done = removed->numRowsAffected() > 0
                            ? commitWithChange(*transaction, u"template"_s, gallery.key(), u"delete"_s, toJson(gallery))
                            : transaction->commit();
    if (!done)
        return fail(done.error());
    return gallery;
}

} // namespace nomo
