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
    // Saves the store's own version (checked by the caller: MessageComposer::check).
    Status save(const MessageTemplate &tmpl);
};

} // namespace nomo
