#pragma once

#include "domain/SallaTokens.h"
#include "repositories/TenantRepository.h"
#include "security/TokenCipher.h"

#include <optional>

namespace nomo {

// The merchant's Salla tokens, sealed with AES-256-GCM. The merchant id is the
// associated data, so a sealed token copied into another merchant's row does not open.
class SallaTokenRepository : public TenantRepository
{
public:
    SallaTokenRepository(QSqlDatabase db, TenantContext tenant, const TokenCipher &cipher, const Clock &clock = Clock::system());

    // Replaces the tokens (both at once, as Salla's rotation demands) and bumps the version.
    Result<qint64> save(const SallaTokens &tokens);
    Result<std::optional<SallaTokens>> load() const;
    Status remove();

private:
    QByteArray associatedData() const;
    const TokenCipher &m_cipher;
};

} // namespace nomo
