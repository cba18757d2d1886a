#include "security/RandomToken.h"

#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace nomo {

Result<QByteArray> randomBytes(int count)
{
    QByteArray random(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), count) != 1)
        return fail(ErrorCode::Internal, u"crypto.failed"_s, u"the system has no random bytes to give"_s);
    return random;
}

Result<QString> randomUrlToken(int bytes)
{
    auto random = randomBytes(bytes);
    if (!random)
        return fail(random.error());
    return QString::fromLatin1(random->toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isUrlToken(QStringView text, int bytes)
{
    if (text.size() != (bytes * 4 + 2) / 3)
        return false;
    for (const QChar c : text)
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'-' && c != u'_')
            return false;
    return true;
}

} // namespace nomo
