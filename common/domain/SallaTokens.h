#pragma once

#include <QDateTime>
#include <QString>

namespace nomo {

// A merchant's Salla OAuth tokens, in the clear only in memory.
struct SallaTokens
{
    QString accessToken;
    QString refreshToken;
    QDateTime accessExpiresAt;
    QDateTime refreshExpiresAt;
    QString scope;
    qint64 version = 0; // bumped by every save; refresh compares it under the row lock
};

} // namespace nomo
