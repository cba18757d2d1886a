#include "storefront/StoreOrigins.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
QString originOf(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return {};
    QString origin = url.scheme() + u"://"_s + url.host().toLower();
    if (url.port() != -1)
        origin += u':' + QString::number(url.port());
    return origin;
}
} // namespace

StoreOrigins::StoreOrigins(const QString &storeAddress, const QStringList &extra)
{
    const QString address = storeAddress.startsWith(u"http"_s) ? storeAddress : u"https://"_s + storeAddress;
    const QUrl url(address);
    if (const QString origin = originOf(url); !origin.isEmpty()) {
        m_origins << origin;
        const QString host = url.host().toLower();
        const QString twin = host.startsWith(u"www."_s) ? host.mid(4) : u"www."_s + host;
        if (host != u"salla.sa")
            m_origins << url.scheme() + u"://"_s + twin;
    }
    for (const QString &more : extra)
        if (const QString origin = originOf(QUrl(more.trimmed())); !origin.isEmpty() && !m_origins.contains(origin))
            m_origins << origin;
}

bool StoreOrigins::allows(const QString &origin) const
{
    return !origin.isEmpty() && m_origins.contains(origin.toLower());
}

} // namespace nomo
