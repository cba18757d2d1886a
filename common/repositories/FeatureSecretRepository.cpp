#include "repositories/FeatureSecretRepository.h"

#include "security/TokenCipher.h"

using namespace Qt::StringLiterals;

namespace nomo {

FeatureSecretRepository::FeatureSecretRepository(QSqlDatabase db, TenantContext tenant, const TokenCipher &cipher,
                                                 const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
    , m_cipher(cipher)
{
}

QByteArray FeatureSecretRepository::associatedData(const QString &featureKey, const QString &field) const
{
    return "feature_secret:" + QByteArray::number(m_tenant.merchantId()) + ':' + featureKey.toUtf8() + ':' + field.toUtf8();
}

Status FeatureSecretRepository::set(const QString &featureKey, const QString &field, const QString &value)
{
    auto sealed = m_cipher.encrypt(value.toUtf8(), associatedData(featureKey, field));
    if (!sealed)
        return fail(sealed.error());
    auto saved = insert(u"INSERT INTO feature_secrets (merchant_id, feature_key, field, sealed, updated_at) "
                        "VALUES (:merchant_id, :feature, :field, :sealed, :now) "
                        "ON CONFLICT (merchant_id, feature_key, field) DO UPDATE SET sealed = EXCLUDED.sealed, "
                        "updated_at = EXCLUDED.updated_at"_s,
                        {{u"feature"_s, featureKey}, {u"field"_s, field}, {u"sealed"_s, *sealed}, {u"now"_s, now()}});
    if (!saved)
        return fail(saved.error());
    return {};
}

Status FeatureSecretRepository::clear(const QString &featureKey, const QString &field)
{
    auto deleted = run(u"DELETE FROM feature_secrets WHERE merchant_id = :merchant_id AND feature_key = :feature AND field = :field"_s,
                       {{u"feature"_s, featureKey}, {u"field"_s, field}});
    if (!deleted)
        return fail(deleted.error());
    return {};
}

Result<QStringList> FeatureSecretRepository::setFields(const QString &featureKey) const
{
    auto query = run(u"SELECT field FROM feature_secrets WHERE merchant_id = :merchant_id AND feature_key = :feature ORDER BY field"_s,
                     {{u"feature"_s, featureKey}});
    if (!query)
        return fail(query.error());
    QStringList fields;
    while (query->next())
        fields.append(query->value(0).toString());
    return fields;
}

Result<std::optional<QString>> FeatureSecretRepository::reveal(const QString &featureKey, const QString &field) const
{
    auto query = run(u"SELECT sealed FROM feature_secrets WHERE merchant_id = :merchant_id AND feature_key = :feature AND field = :field"_s,
                     {{u"feature"_s, featureKey}, {u"field"_s, field}});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<QString>();
    auto opened = m_cipher.decrypt(query->value(0).toByteArray(), associatedData(featureKey, field));
    if (!opened)
        return fail(opened.error());
    return std::optional<QString>(QString::fromUtf8(*opened));
}

} // namespace nomo
