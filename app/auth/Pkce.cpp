#include "auth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace nomo {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

QString Pkce::randomToken(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    // system(): the OS's cryptographic source, not the seeded global generator.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), bytes / 4);
    for (int i = bytes - bytes % 4; i < bytes; ++i)
        random[i] = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(random.toBase64(kBase64Url));
}

QString Pkce::challengeFor(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256).toBase64(kBase64Url));
}

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = randomToken(32);
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

} // namespace nomo
