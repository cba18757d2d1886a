#include "security/Digest.h"

#include <openssl/evp.h>

namespace nomo::digest {

namespace {
    const unsigned char *bytes(const QByteArray &data)
    {
        return reinterpret_cast<const unsigned char *>(data.constData());
    }
} // namespace

QByteArray sha256(const QByteArray &data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    // Cannot fail for SHA-256 with a default provider short of memory exhaustion.
    const int ok = EVP_Digest(data.constData(),
        static_cast<size_t>(data.size()),
        reinterpret_cast<unsigned char *>(out.data()),
        &length,
        EVP_sha256(),
        nullptr);
    Q_ASSERT(ok == 1);
    Q_UNUSED(ok);
    out.resize(length);
    return out;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    size_t length = 0;
    const unsigned char *result = EVP_Q_mac(nullptr,
        "HMAC",
        nullptr,
        "SHA256",
        nullptr,
        key.constData(),
        static_cast<size_t>(key.size()),
        bytes(data),
        static_cast<size_t>(data.size()),
        reinterpret_cast<unsigned char *>(out.data()),
        static_cast<size_t>(out.size()),
        &length);
    Q_ASSERT(result);
    Q_UNUSED(result);
    out.resize(static_cast<qsizetype>(length));
    return out;
}

} // namespace nomo::digest
