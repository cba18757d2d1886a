#include "repositories/SallaTokenRepository.h"

#include "core/Time.h"

using namespace Qt::StringLiterals;

namespace nomo {

SallaTokenRepository::SallaTokenRepository(QSqlDatabase db, TenantContext tenant, const TokenCipher &cipher, const Clock &clock)
    : TenantRepository(std::move(db), tenant, clock)
    , m_cipher(cipher)
{
}

QByteArray SallaTokenRepository::associatedData() const
{
    return "salla_tokens:" + QByteArray::number(m_tenant.merchantId());
}

Result<qint64> SallaTokenRepository::save(const SallaTokens &tokens)
{
    auto access = m_cipher.encrypt(tokens.accessToken.toUtf8(), associatedData());
    if (!access)
        return fail(access.error());
    QVariant refresh(QMetaType::fromType<QByteArray>());
    if (!tokens.refreshToken.isEmpty()) {
        auto sealed = m_cipher.encrypt(tokens.refreshToken.toUtf8(), associatedData());
        if (!sealed)
            return fail(sealed.error());
        refresh = *sealed;
    }
    const QVariantMap binds{
        {u"access"_s, *access},
        {u"refresh"_s, refresh},
        {u"access_expires"_s, time::toStorage(tokens.accessExpiresAt)},
        {u"refresh_expires"_s, tokens.refreshExpiresAt.isValid() ? QVariant(time::toStorage(tokens.refreshExpiresAt))
                                                                 : QVariant(QMetaType::fromType<qint64>())},
        {u"scope"_s, tokens.scope},
        {u"now"_s, now()}};
    auto saved = insert(u"INSERT INTO salla_tokens (merchant_id, access_token_enc, refresh_token_enc, access_expires_at, "
                        "refresh_expires_at, scope, version, updated_at) VALUES (:merchant_id, :access, :refresh, "
                        ":access_expires, :refresh_expires, :scope, 1, :now) ON CONFLICT (merchant_id) DO UPDATE SET "
                        "access_token_enc = excluded.access_token_enc, refresh_token_enc = excluded.refresh_token_enc, "
                        "access_expires_at = excluded.access_expires_at, refresh_expires_at = excluded.refresh_expires_at, "
                        "scope = excluded.scope, version = salla_tokens.version + 1, updated_at = excluded.updated_at "
                        "RETURNING version"_s,
                        binds);
    if (!saved)
        return fail(saved.error());
    return saved->next() ? saved->value(0).toLongLong() : 0;
}

Result<std::optional<SallaTokens>> SallaTokenRepository::load() const
{
    auto query = run(u"SELECT access_token_enc, refresh_token_enc, access_expires_at, refresh_expires_at, scope, version "
                     "FROM salla_tokens WHERE merchant_id = :merchant_id"_s);
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<SallaTokens>();
    SallaTokens tokens;
    auto access = m_cipher.decrypt(query->value(0).toByteArray(), associatedData());
    if (!access)
        return fail(access.error());
    tokens.accessToken = QString::fromUtf8(*access);
    if (!query->value(1).isNull()) {
        auto refresh = m_cipher.decrypt(query->value(1).toByteArray(), associatedData());
        if (!refresh)
            return fail(refresh.error());
        tokens.refreshToken = QString::fromUtf8(*refresh);
    }
    tokens.accessExpiresAt = time::fromStorage(query->value(2).toLongLong());
    if (!query->value(3).isNull())
        tokens.refreshExpiresAt = time::fromStorage(query->value(3).toLongLong());
    tokens.scope = query->value(4).toString();
    tokens.version = query->value(5).toLongLong();
    return std::optional<SallaTokens>(tokens);
}

Status SallaTokenRepository::remove()
{
    auto removed = run(u"DELETE FROM salla_tokens WHERE merchant_id = :merchant_id"_s);
    if (!removed)
        return fail(removed.error());
    return {};
}

} // namespace nomo
