#include "security/WebhookSignature.h"

#include "security/Digest.h"

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

tl::unexpected<Error> refused(const QString &why)
{
    return fail(ErrorCode::Unauthorized, u"webhook.signature_invalid"_s, why);
}

// The one value of a header, or an error when it is missing or repeated.
Result<QByteArray> single(const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    QList<QByteArray> values;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values.append(value.trimmed());
    }
    if (values.isEmpty())
        return refused(u"missing %1 header"_s.arg(QString::fromLatin1(name)));
    if (values.size() > 1)
        return refused(u"repeated %1 header"_s.arg(QString::fromLatin1(name)));
    return values.constFirst();
}

} // namespace

WebhookSignature::WebhookSignature(Strategy strategy, QByteArray secret)
    : m_strategy(strategy)
    , m_secret(std::move(secret))
{
}

QByteArray WebhookSignature::sign(const QByteArray &secret, const QByteArray &body)
{
    return digest::hmacSha256(secret, body).toHex();
}

bool WebhookSignature::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

Status WebhookSignature::verify(const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body) const
{
    if (m_secret.isEmpty())
        return refused(u"no webhook secret is configured (salla.webhook_secret)"_s);
    if (m_strategy == Strategy::Token) {
        const auto presented = single(headers, "Authorization");
        if (!presented)
            return fail(presented.error());
        if (!constantTimeEquals(*presented, m_secret))
            return refused(u"the Authorization token does not match"_s);
        return {};
    }
    const auto presented = single(headers, "X-Salla-Signature");
    if (!presented)
        return fail(presented.error());
    if (!constantTimeEquals(presented->toLower(), sign(m_secret, body)))
        return refused(u"the signature does not match the body"_s);
    return {};
}

} // namespace nomo
