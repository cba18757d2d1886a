#include "repositories/ConsentRepository.h"

#include "repositories/SubscriberRepository.h"

using namespace Qt::StringLiterals;

namespace nomo {

ConsentRepository::ConsentRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
{
}

QString ConsentRepository::normalize(const QString &channel, const QString &address)
{
    if (channel == u"email")
        return address.trimmed().toLower();
    if (channel == u"sms" || channel == u"whatsapp") {
        QString digits;
        for (const QChar c : address)
            if (c.isDigit())
                digits += QChar(u'0' + c.digitValue()); // Arabic-Indic digits typed into a form count too
        if (digits.startsWith(u"00"_s))
            digits.remove(0, 2);
        if (digits.startsWith(u"05"_s) && digits.size() == 10)
            digits = u"966"_s + digits.mid(1); // a local Saudi mobile number
        return digits;
    }
    return address.trimmed();
}

Result<std::optional<bool>> ConsentRepository::state(const QString &channel, const QString &address) const
{
    return maybeOne(u"SELECT granted FROM consents WHERE merchant_id = :merchant_id AND channel = :channel AND address = :address"_s,
                    {{u"channel"_s, channel}, {u"address"_s, normalize(channel, address)}},
                    [](const db::Query &q) { return q.value(0).toBool(); });
}

Status ConsentRepository::set(const QString &channel, const QString &address, bool granted, const QString &source,
                              const QString &wording)
{
    const QString key = normalize(channel, address);
    auto transaction = db::Transaction::begin(m_db);
    if (!transaction)
        return fail(transaction.error());
    auto logged = insert(u"INSERT INTO consent_events (merchant_id, channel, address, granted, source, wording, occurred_at) "
                         "VALUES (:merchant_id, :channel, :address, :granted, :source, :wording, :now)"_s,
                         {{u"channel"_s, channel}, {u"address"_s, key}, {u"granted"_s, granted}, {u"source"_s, source},
                          {u"wording"_s, wording}, {u"now"_s, now()}});
    if (!logged)
        return fail(logged.error());
    auto updated = run(u"UPDATE consents SET granted = :granted, source = :source, changed_at = :now "
                       "WHERE merchant_id = :merchant_id AND channel = :channel AND address = :address"_s,
                       {{u"granted"_s, granted}, {u"source"_s, source}, {u"now"_s, now()}, {u"channel"_s, channel}, {u"address"_s, key}});
    if (!updated)
        return fail(updated.error());
    if (updated->numRowsAffected() == 0) {
        auto inserted = insert(u"INSERT INTO consents (merchant_id, channel, address, granted, source, changed_at) "
                               "VALUES (:merchant_id, :channel, :address, :granted, :source, :now)"_s,
                               {{u"channel"_s, channel}, {u"address"_s, key}, {u"granted"_s, granted}, {u"source"_s, source}, {u"now"_s, now()}});
        if (!inserted)
            return fail(inserted.error());
    }
    // The email list follows the email consent: a withdrawal here is an unsubscribe there.
    if (channel == u"email")
        if (auto listed = SubscriberRepository(m_db, m_tenant, m_clock).consentChanged(key, granted); !listed)
            return fail(listed.error());
    return transaction->commit();
}

} // namespace nomo
