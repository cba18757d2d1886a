#include "repositories/TemplateRepository.h"

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
    return maybeOne(u"SELECT subject, body, action FROM templates WHERE merchant_id = :merchant_id AND name = :name "
                    "AND channel = :channel AND locale = :locale"_s,
                    {{u"name"_s, automation}, {u"channel"_s, channel}, {u"locale"_s, language}},
                    [&](const QSqlQuery &q) {
                        return MessageTemplate{automation, channel, language, q.value(0).toString(), q.value(1).toString(),
                                               q.value(2).toString()};
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

Status TemplateRepository::save(const MessageTemplate &tmpl)
{
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto updated = run(u"UPDATE templates SET subject = :subject, body = :body, action = :action, version = version + 1, "
                       "updated_at = :now WHERE merchant_id = :merchant_id AND name = :name AND channel = :channel AND locale = :locale"_s,
                       {{u"subject"_s, tmpl.subject}, {u"body"_s, tmpl.body}, {u"action"_s, tmpl.action}, {u"now"_s, now()},
                        {u"name"_s, tmpl.automation}, {u"channel"_s, tmpl.channel}, {u"locale"_s, tmpl.language}});
    if (!updated)
        return fail(updated.error());
    if (updated->numRowsAffected() == 0) {
        auto inserted = insert(u"INSERT INTO templates (merchant_id, channel, name, locale, subject, body, action, created_at, updated_at) "
                               "VALUES (:merchant_id, :channel, :name, :locale, :subject, :body, :action, :now, :now2)"_s,
                               {{u"channel"_s, tmpl.channel}, {u"name"_s, tmpl.automation}, {u"locale"_s, tmpl.language},
                                {u"subject"_s, tmpl.subject}, {u"body"_s, tmpl.body}, {u"action"_s, tmpl.action},
                                {u"now"_s, now()}, {u"now2"_s, now()}});
        if (!inserted)
            return fail(inserted.error());
    }
    return transaction->commit();
}

} // namespace nomo
