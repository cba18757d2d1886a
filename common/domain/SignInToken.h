#pragma once

#include <QString>

namespace nomo {

// The answer of POST /api/v1/token: a new console device and its token. The token is
// shown this once; the daemon keeps only its hash.
struct SignInToken
{
    QString accessToken;
    QString tokenType = QStringLiteral("Bearer");
    qint64 deviceId = 0;
    qint64 merchantId = 0;
    QString merchantName;
};

} // namespace nomo
