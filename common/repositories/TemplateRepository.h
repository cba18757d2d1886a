#pragma once

#include "messages/MessageTemplate.h"
#include "repositories/TenantRepository.h"

namespace nomo {

// A store's own templates (templates: name = the automation), over the gallery's.
class TemplateRepository : public TenantRepository
{
public:
    TemplateRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock = Clock::system());

    // The store's template, or the gallery's default when it has none of its own.
    Result<MessageTemplate> effective(const QString &automation, const QString &channel, const QString &language) const;
    Result<std::optional<MessageTemplate>> own(const QString &automation, const QString &channel, const QString &language) const;
    // Every template the store sends: its own where it has one, the gallery's elsewhere.
    Result<QList<MessageTemplate>> all() const;
    // Saves the store's own version (checked by the caller: MessageComposer::check),
    // on the change feed; the saved copy. With `expectedVersion`, a stale save is a Conflict.
    Result<MessageTemplate> save(const MessageTemplate &tmpl, std::optional<qint64> expectedVersion = std::nullopt);
    // Back to the gallery's: the store's own is deleted (on the change feed). The default.
    Result<MessageTemplate> reset(const QString &automation, const QString &channel, const QString &language);
};

} // namespace nomo
