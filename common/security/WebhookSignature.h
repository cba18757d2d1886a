#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>

namespace nomo {

// Salla's webhook security strategies (REFERENCE.md §4.3), checked on the raw bytes
// before anything parses them:
//  - Signature: X-Salla-Signature = hex(HMAC-SHA256(secret, body));
//  - Token: Authorization = the secret itself (no "Bearer").
// Comparisons are constant-time. A repeated signature or authorization header is
// refused: Qt joins repeats as "a, b", which must never verify by accident.
class WebhookSignature
{
public:
    enum class Strategy { Signature, Token };

    WebhookSignature(Strategy strategy, QByteArray secret);

    Status verify(const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body) const;

    static QByteArray sign(const QByteArray &secret, const QByteArray &body); // lowercase hex
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    Strategy m_strategy;
    QByteArray m_secret;
};

} // namespace nomo
