#pragma once

#include "repositories/TenantRepository.h"

namespace nomo {

// Whether a shopper agreed to marketing on a channel (consents), with every change
// kept as proof (consent_events: who, when, channel, source, the words shown).
class ConsentRepository : public TenantRepository
{
public:
    ConsentRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock = Clock::system());

    // The address as rows keep it: an email in lower case, a phone as 9665… digits.
    static QString normalize(const QString &channel, const QString &address);

    // Granted or withdrawn as last recorded; nothing when the shopper never said.
    Result<std::optional<bool>> state(const QString &channel, const QString &address) const;
    // Records a change (a repeat of the current answer is recorded too: it is proof).
    Status set(const QString &channel, const QString &address, bool granted, const QString &source, const QString &wording = {});
};

} // namespace nomo
