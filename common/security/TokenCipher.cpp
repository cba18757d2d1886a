#include "security/TokenCipher.h"

#include <QMessageAuthenticationCode>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

constexpr char kVersion = 0x01;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

Error cryptoError(const QString &what)
{
    return Error{ErrorCode::Internal, u"crypto.failed"_s, what};
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

} // namespace

TokenCipher::TokenCipher(QByteArray key)
    : m_key(std::move(key))
{
}

Result<TokenCipher> TokenCipher::fromBytes(const QByteArray &key)
{
    if (key.size() != kKeyBytes)
        return fail(ErrorCode::ConfigError,
                    u"crypto.key_invalid"_s,
                    u"security.token_key must be %1 bytes, got %2"_s.arg(kKeyBytes).arg(key.size()));
    return TokenCipher(key);
}

Result<TokenCipher> TokenCipher::fromText(const QString &key)
{
    const QByteArray latin = key.trimmed().toLatin1();
    if (latin.size() == 2 * kKeyBytes) {
        const QByteArray hex = QByteArray::fromHex(latin);
        if (hex.size() == kKeyBytes && hex.toHex() == latin.toLower())
            return fromBytes(hex);
    }
    const auto base64 = QByteArray::fromBase64Encoding(latin, QByteArray::AbortOnBase64DecodingErrors);
    if (base64)
        return fromBytes(base64.decoded);
    return fail(ErrorCode::ConfigError,
                u"crypto.key_invalid"_s,
                u"security.token_key must be 32 bytes as 64 hex digits or base64 (openssl rand -hex 32)"_s);
}

QByteArray TokenCipher::generateKey()
{
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    RAND_bytes(bytes(key), kKeyBytes);
    return key;
}

QByteArray TokenCipher::fingerprint() const
{
    return QMessageAuthenticationCode::hash("nomo-flow token key check v1", m_key, QCryptographicHash::Sha256).toHex();
}

Result<QByteArray> TokenCipher::encrypt(const QByteArray &plaintext, const QByteArray &associatedData) const
{
    QByteArray nonce(kNonceBytes, Qt::Uninitialized);
    if (RAND_bytes(bytes(nonce), kNonceBytes) != 1)
        return fail(cryptoError(u"no random bytes for a nonce"_s));
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(plaintext.size(), Qt::Uninitialized);
    QByteArray tag(kTagBytes, Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(m_key), bytes(nonce)) != 1
        || (!associatedData.isEmpty()
            && EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(associatedData), static_cast<int>(associatedData.size())) != 1)
        || EVP_EncryptUpdate(ctx.get(), bytes(out), &length, bytes(plaintext), static_cast<int>(plaintext.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), bytes(out) + length, &finalLength) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, bytes(tag)) != 1)
        return fail(cryptoError(u"AES-256-GCM encryption failed"_s));
    return QByteArray(1, kVersion) + nonce + out + tag;
}

Result<QByteArray> TokenCipher::decrypt(const QByteArray &sealed, const QByteArray &associatedData) const
{
    if (sealed.size() < 1 + kNonceBytes + kTagBytes || sealed.at(0) != kVersion)
        return fail(ErrorCode::ParseError, u"crypto.sealed_invalid"_s, u"not a sealed token"_s);
    const QByteArray nonce = sealed.mid(1, kNonceBytes);
    const QByteArray ciphertext = sealed.mid(1 + kNonceBytes, sealed.size() - 1 - kNonceBytes - kTagBytes);
    QByteArray tag = sealed.right(kTagBytes);
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(ciphertext.size(), Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(m_key), bytes(nonce)) != 1
        || (!associatedData.isEmpty()
            && EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(associatedData), static_cast<int>(associatedData.size())) != 1)
        || EVP_DecryptUpdate(ctx.get(), bytes(out), &length, bytes(ciphertext), static_cast<int>(ciphertext.size())) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, bytes(tag)) != 1)
        return fail(cryptoError(u"AES-256-GCM decryption failed"_s));
    if (EVP_DecryptFinal_ex(ctx.get(), bytes(out) + length, &finalLength) != 1)
        return fail(ErrorCode::Forbidden,
                    u"crypto.tampered"_s,
                    u"the sealed token does not open with this key (wrong key or altered bytes)"_s);
    return out.left(length + finalLength);
}

} // namespace nomo
