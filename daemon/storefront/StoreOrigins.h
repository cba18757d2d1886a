#pragma once

#include <QString>
#include <QStringList>

namespace nomo {

// The web origins a store's pages are served from, the only ones its public storefront
// routes answer with CORS (REFERENCE.md §5: any store domain, custom ones included): the
// origin of the store's own address as Salla gives it (`https://salla.sa/<name>` →
// https://salla.sa; a custom domain with and without www) and the operator's extra
// origins (storefront.extra_origins: a staging theme, the demo). CORS is not
// authentication — a page on salla.sa is every Salla-hosted store's origin — so the
// routes still check the store, limit rates and return nothing personal.
class StoreOrigins
{
public:
    StoreOrigins(const QString &storeAddress, const QStringList &extra);
    bool allows(const QString &origin) const;
    const QStringList &origins() const { return m_origins; }

private:
    QStringList m_origins;
};

} // namespace nomo
