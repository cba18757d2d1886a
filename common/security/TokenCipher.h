#pragma once

#include "core/Result.h"

#include <QByteArray>

namespace nomo {

// Encrypts Salla tokens at rest with AES-256-GCM (OpenSSL 3). The key never touches
// the database; what is stored is: version byte 0x01, a random 12-byte nonce, the
// ciphertext and the 16-byte tag. Decryption with another key, or of bytes changed
// by one bit, fails with an Error — never garbage tokens.
class TokenCipher
{
public:
    static constexpr int kKeyBytes = 32;

    // `key` is 32 bytes given as 64 hex digits or base64 (security.token_key).
    static Result<TokenCipher> fromText(const QString &key);
    static Result<TokenCipher> fromBytes(const QByteArray &key);
    static QByteArray generateKey(); // 32 random bytes

    Result<QByteArray> encrypt(const QByteArray &plaintext, const QByteArray &associatedData = {}) const;
    Result<QByteArray> decrypt(const QByteArray &sealed, const QByteArray &associatedData = {}) const;

    // A value that identifies the key without revealing it (HMAC-SHA256 of a fixed
    // label), stored so that starting with a different key is caught at once.
    QByteArray fingerprint() const;

private:
    explicit TokenCipher(QByteArray key);
    QByteArray m_key;
};

} // namespace nomo
