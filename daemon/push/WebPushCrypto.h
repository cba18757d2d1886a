#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace nomo::webpush {

// A P-256 key pair as Web Push writes keys: the 32-byte private scalar and the
// 65-byte uncompressed public point (0x04 ‖ x ‖ y).
struct KeyPair
{
    QByteArray privateKey;
    QByteArray publicKey;

    static Result<KeyPair> generate();
};

// RFC 8291 message encryption over RFC 8188's aes128gcm, one record: for the
// subscription's keys (`p256dh` = the browser's public point, `auth` = its 16-byte
// secret), a fresh sender key pair and salt per message unless given (the RFC's
// Appendix A fixes them), HKDF through HMAC-SHA256 as §3.4 spells it, AES-128-GCM with
// the 0x02 last-record delimiter. The body is salt ‖ rs ‖ idlen ‖ keyid ‖ ciphertext.
struct Encryption
{
    std::optional<KeyPair> sender; // nothing: a new one
    QByteArray salt;               // empty: 16 random bytes
    quint32 recordSize = 4096;
};
Result<QByteArray> encrypt(const QByteArray &plaintext, const QByteArray &uaPublic, const QByteArray &authSecret,
                           const Encryption &with = {});
// The largest plaintext one 4096-byte record carries (4096 − 86 header − 16 tag − 1 delimiter).
inline constexpr int kMaxPlaintext = 3993;

// RFC 8292 VAPID: `Authorization: vapid t=<JWT>, k=<public key>` for a push service
// at `audience` (the endpoint's origin), an ES256 JWT whose signature is the raw
// 64-byte r ‖ s (OpenSSL gives DER; it is converted).
Result<QByteArray> vapidAuthorization(const KeyPair &key, const QString &audience, qint64 expiresAtSeconds, const QString &subject);

// base64url without padding, as every Web Push value is written.
QByteArray base64Url(const QByteArray &raw);
QByteArray fromBase64Url(const QByteArray &text);

} // namespace nomo::webpush
