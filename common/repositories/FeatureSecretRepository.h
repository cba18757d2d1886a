#pragma once

#include "repositories/TenantRepository.h"

#include <QStringList>

namespace nomo {

class TokenCipher;

// A store's secret feature settings (0008_feature_secrets.sql), sealed with the token
// cipher. Written in the caller's transaction with the feature's save; read only by
// the code that uses a secret (a sender calling its provider), never for an answer.
class FeatureSecretRepository : public TenantRepository
{
public:
    FeatureSecretRepository(QSqlDatabase db, TenantContext tenant, const TokenCipher &cipher, const Clock &clock = Clock::system());

    Status set(const QString &featureKey, const QString &field, const QString &value);
    Status clear(const QString &featureKey, const QString &field);
    // The names that hold a value, for answers ("sms_api_key": true).
    Result<QStringList> setFields(const QString &featureKey) const;
    // The secret in the clear; nothing when it is not set.
    Result<std::optional<QString>> reveal(const QString &featureKey, const QString &field) const;

private:
    QByteArray associatedData(const QString &featureKey, const QString &field) const;

    const TokenCipher &m_cipher;
};

} // namespace nomo
