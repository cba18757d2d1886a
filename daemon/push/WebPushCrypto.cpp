#include "push/WebPushCrypto.h"

#include "security/Digest.h"
#include "security/RandomToken.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace nomo::webpush {

namespace {
using Pkey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using PkeyContext = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;
using Bignum = std::unique_ptr<BIGNUM, decltype(&BN_free)>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

Error cryptoError(const QString &what)
{
    return Error{ErrorCode::Internal, u"webpush.crypto"_s, what};
}

// A P-256 key from its public point, and its private scalar when given.
Result<Pkey> p256(const QByteArray &publicKey, const QByteArray &privateKey = {})
{
    if (publicKey.size() != 65 || publicKey.front() != '\x04')
        return fail(ErrorCode::InvalidArgument, u"webpush.bad_key"_s, u"a P-256 public key is 65 bytes starting with 0x04"_s);
    std::unique_ptr<OSSL_PARAM_BLD, decltype(&OSSL_PARAM_BLD_free)> build(OSSL_PARAM_BLD_new(), &OSSL_PARAM_BLD_free);
    Bignum scalar(privateKey.isEmpty() ? nullptr : BN_bin2bn(bytes(privateKey), int(privateKey.size()), nullptr), &BN_free);
    if (!build || !OSSL_PARAM_BLD_push_utf8_string(build.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0)
        || !OSSL_PARAM_BLD_push_octet_string(build.get(), OSSL_PKEY_PARAM_PUB_KEY, publicKey.constData(), size_t(publicKey.size()))
        || (scalar && !OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_PRIV_KEY, scalar.get())))
        return fail(cryptoError(u"key parameters"_s));
    std::unique_ptr<OSSL_PARAM, decltype(&OSSL_PARAM_free)> params(OSSL_PARAM_BLD_to_param(build.get()), &OSSL_PARAM_free);
    PkeyContext context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr), &EVP_PKEY_CTX_free);
    EVP_PKEY *key = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1
        || EVP_PKEY_fromdata(context.get(), &key, scalar ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return fail(ErrorCode::InvalidArgument, u"webpush.bad_key"_s, u"not a point on P-256"_s);
    return Pkey(key, &EVP_PKEY_free);
}

Result<QByteArray> ecdh(const KeyPair &mine, const QByteArray &theirs)
{
    auto own = p256(mine.publicKey, mine.privateKey);
    if (!own)
        return fail(own.error());
    auto peer = p256(theirs);
    if (!peer)
        return fail(peer.error());
    PkeyContext context(EVP_PKEY_CTX_new(own->get(), nullptr), &EVP_PKEY_CTX_free);
    size_t length = 0;
    if (!context || EVP_PKEY_derive_init(context.get()) != 1 || EVP_PKEY_derive_set_peer(context.get(), peer->get()) != 1
        || EVP_PKEY_derive(context.get(), nullptr, &length) != 1)
        return fail(cryptoError(u"ECDH"_s));
    QByteArray secret(qsizetype(length), Qt::Uninitialized);
    if (EVP_PKEY_derive(context.get(), reinterpret_cast<unsigned char *>(secret.data()), &length) != 1)
        return fail(cryptoError(u"ECDH"_s));
    secret.resize(qsizetype(length));
    return secret;
}

Result<QByteArray> aes128gcm(const QByteArray &key, const QByteArray &nonce, const QByteArray &plaintext)
{
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(plaintext.size() + 16, Qt::Uninitialized);
    int length = 0, finalLength = 0;
    auto *target = reinterpret_cast<unsigned char *>(out.data());
    if (!context || EVP_EncryptInit_ex(context.get(), EVP_aes_128_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr) != 1
        || EVP_EncryptInit_ex(context.get(), nullptr, nullptr, bytes(key), bytes(nonce)) != 1
        || EVP_EncryptUpdate(context.get(), target, &length, bytes(plaintext), int(plaintext.size())) != 1
        || EVP_EncryptFinal_ex(context.get(), target + length, &finalLength) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, 16, target + length + finalLength) != 1)
        return fail(cryptoError(u"AES-128-GCM"_s));
    out.resize(length + finalLength + 16);
    return out;
}
} // namespace

QByteArray base64Url(const QByteArray &raw)
{
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray fromBase64Url(const QByteArray &text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding);
}

Result<KeyPair> KeyPair::generate()
{
    Pkey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), &EVP_PKEY_free);
    if (!key)
        return fail(cryptoError(u"P-256 key generation"_s));
    KeyPair pair;
    QByteArray point(65, Qt::Uninitialized);
    size_t length = 0;
    if (EVP_PKEY_get_octet_string_param(key.get(), OSSL_PKEY_PARAM_PUB_KEY, reinterpret_cast<unsigned char *>(point.data()),
                                        size_t(point.size()), &length) != 1 || length != 65)
        return fail(cryptoError(u"public point"_s));
    BIGNUM *scalar = nullptr;
    if (EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_PRIV_KEY, &scalar) != 1)
        return fail(cryptoError(u"private scalar"_s));
    Bignum owned(scalar, &BN_free);
    QByteArray priv(32, '\0');
    if (BN_bn2binpad(owned.get(), reinterpret_cast<unsigned char *>(priv.data()), 32) != 32)
        return fail(cryptoError(u"private scalar"_s));
    pair.privateKey = priv;
    pair.publicKey = point;
    return pair;
}

Result<QByteArray> encrypt(const QByteArray &plaintext, const QByteArray &uaPublic, const QByteArray &authSecret, const Encryption &with)
{
    if (authSecret.size() != 16)
        return fail(ErrorCode::InvalidArgument, u"webpush.bad_key"_s, u"the auth secret is 16 bytes"_s);
    if (plaintext.size() + 86 + 16 + 1 > qsizetype(with.recordSize))
        return fail(ErrorCode::PayloadTooLarge, u"webpush.too_large"_s, u"a push message carries at most %1 bytes"_s.arg(kMaxPlaintext));
    KeyPair sender;
    if (with.sender) {
        sender = *with.sender;
    } else {
        auto fresh = KeyPair::generate();
        if (!fresh)
            return fail(fresh.error());
        sender = *fresh;
    }
    QByteArray salt = with.salt;
    if (salt.isEmpty()) {
        auto random = randomBytes(16);
        if (!random)
            return fail(random.error());
        salt = *random;
    }
    auto secret = ecdh(sender, uaPublic);
    if (!secret)
        return fail(secret.error());
    // RFC 8291 §3.4, HKDF written out in HMACs.
    const QByteArray prkKey = digest::hmacSha256(authSecret, *secret);
    const QByteArray keyInfo = QByteArray("WebPush: info") + '\0' + uaPublic + sender.publicKey;
    const QByteArray ikm = digest::hmacSha256(prkKey, keyInfo + '\x01');
    const QByteArray prk = digest::hmacSha256(salt, ikm);
    const QByteArray cek = digest::hmacSha256(prk, QByteArray("Content-Encoding: aes128gcm") + '\0' + '\x01').left(16);
    const QByteArray nonce = digest::hmacSha256(prk, QByteArray("Content-Encoding: nonce") + '\0' + '\x01').left(12);
    auto ciphertext = aes128gcm(cek, nonce, plaintext + '\x02'); // the last (and only) record
    if (!ciphertext)
        return fail(ciphertext.error());
    QByteArray header = salt;
    header += char((with.recordSize >> 24) & 0xff);
    header += char((with.recordSize >> 16) & 0xff);
    header += char((with.recordSize >> 8) & 0xff);
    header += char(with.recordSize & 0xff);
    header += char(65);
    header += sender.publicKey;
    return header + *ciphertext;
}

Result<QByteArray> vapidAuthorization(const KeyPair &key, const QString &audience, qint64 expiresAtSeconds, const QString &subject)
{
    const QByteArray head = base64Url(R"({"typ":"JWT","alg":"ES256"})");
    const QByteArray claims = base64Url(QJsonDocument(QJsonObject{{u"aud"_s, audience}, {u"exp"_s, expiresAtSeconds}, {u"sub"_s, subject}})
                                            .toJson(QJsonDocument::Compact));
    const QByteArray signingInput = head + '.' + claims;
    auto pkey = p256(key.publicKey, key.privateKey);
    if (!pkey)
        return fail(pkey.error());
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    size_t length = 0;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, pkey->get()) != 1
        || EVP_DigestSign(context.get(), nullptr, &length, bytes(signingInput), size_t(signingInput.size())) != 1)
        return fail(cryptoError(u"ES256"_s));
    QByteArray der(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(der.data()), &length, bytes(signingInput),
                       size_t(signingInput.size())) != 1)
        return fail(cryptoError(u"ES256"_s));
    der.resize(qsizetype(length));
    // DER (SEQUENCE of two INTEGERs) to JWS's r ‖ s, each 32 bytes.
    const unsigned char *cursor = bytes(der);
    std::unique_ptr<ECDSA_SIG, decltype(&ECDSA_SIG_free)> sig(d2i_ECDSA_SIG(nullptr, &cursor, long(der.size())), &ECDSA_SIG_free);
    if (!sig)
        return fail(cryptoError(u"ES256 signature"_s));
    QByteArray raw(64, '\0');
    if (BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), reinterpret_cast<unsigned char *>(raw.data()), 32) != 32
        || BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), reinterpret_cast<unsigned char *>(raw.data()) + 32, 32) != 32)
        return fail(cryptoError(u"ES256 signature"_s));
    return "vapid t=" + signingInput + '.' + base64Url(raw) + ", k=" + base64Url(key.publicKey);
}

} // namespace nomo::webpush
