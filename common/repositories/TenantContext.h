#pragma once

#include <QtGlobal>

namespace nomo {

// Whose data a repository may touch. Made once per request or job from an
// authenticated source (a console token, a signed webhook's merchant) and handed to
// every tenant repository, which adds `merchant_id = <this>` to every query.
class TenantContext
{
public:
    explicit constexpr TenantContext(qint64 merchantId)
        : m_merchantId(merchantId)
    {
    }
    constexpr qint64 merchantId() const { return m_merchantId; }

private:
    qint64 m_merchantId;
};

} // namespace nomo
