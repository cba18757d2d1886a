#pragma once

#include "repositories/TenantRepository.h"

namespace nomo {

// WhatsApp's customer-service window per shopper's number (whatsapp_windows): free-form
// text may go only within 24 hours of the shopper's last message to the store; outside
// it only an approved template passes (providers/REFERENCE.md §1.3).
class WhatsAppWindowRepository : public TenantRepository
{
public:
    WhatsAppWindowRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock = Clock::system());

    static constexpr qint64 kWindowMs = 24LL * 3600 * 1000;

    // The shopper wrote to the store at `at` (a later message moves it, an older one not).
    Status recordInbound(const QString &phone, const QDateTime &at);
    // Whether free-form text to `phone` is allowed now.
    Result<bool> open(const QString &phone) const;
};

} // namespace nomo
