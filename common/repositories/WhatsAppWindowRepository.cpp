#include "repositories/WhatsAppWindowRepository.h"

#include "core/Time.h"
#include "repositories/ConsentRepository.h"

using namespace Qt::StringLiterals;

namespace nomo {

WhatsAppWindowRepository::WhatsAppWindowRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
{
}

Status WhatsAppWindowRepository::recordInbound(const QString &phone, const QDateTime &at)
{
    const QString key = ConsentRepository::normalize(u"whatsapp"_s, phone);
    auto upserted = insert(u"INSERT INTO whatsapp_windows (merchant_id, phone, last_inbound_at) VALUES (:merchant_id, :phone, :at) "
                        "ON CONFLICT (merchant_id, phone) DO UPDATE SET last_inbound_at = "
                        "CASE WHEN excluded.last_inbound_at > whatsapp_windows.last_inbound_at "
                        "THEN excluded.last_inbound_at ELSE whatsapp_windows.last_inbound_at END"_s,
                        {{u"phone"_s, key}, {u"at"_s, time::toStorage(at)}});
    return upserted ? Status() : Status(fail(upserted.error()));
}

Result<bool> WhatsAppWindowRepository::open(const QString &phone) const
{
    auto last = maybeOne(u"SELECT last_inbound_at FROM whatsapp_windows WHERE merchant_id = :merchant_id AND phone = :phone"_s,
                         {{u"phone"_s, ConsentRepository::normalize(u"whatsapp"_s, phone)}},
                         [](const db::Query &q) { return q.value(0).toLongLong(); });
    if (!last)
        return fail(last.error());
    return last->has_value() && now() - **last < kWindowMs;
}

} // namespace nomo
