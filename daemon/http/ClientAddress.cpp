#include "http/ClientAddress.h"

#include <QHttpServerRequest>

namespace nomo::http {

namespace {

TrustedProxies &configured()
{
    static TrustedProxies proxies;
    return proxies;
}

// An IPv4-mapped IPv6 peer (a dual-stack socket) is matched as its IPv4 form.
QHostAddress plain(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

QHostAddress clientKey(const QHostAddress &peer)
{
    const QHostAddress address = plain(peer);
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes);
}

QString clientKeyText(const QHostAddress &peer)
{
    return clientKey(peer).toString();
}

TrustedProxies TrustedProxies::parse(const QString &text, QString *error)
{
    TrustedProxies proxies;
    const QStringList entries = QString(text).replace(u',', u' ').split(u' ', Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        QPair<QHostAddress, int> subnet = entry.contains(u'/') ? QHostAddress::parseSubnet(entry)
                                                               : qMakePair(QHostAddress(entry), -1);
        if (subnet.first.isNull()) {
            if (error)
                *error = QStringLiteral("\"%1\" is not an address or a subnet such as 10.0.0.0/8").arg(entry);
            return {};
        }
        subnet.first = plain(subnet.first);
        if (subnet.second < 0)
            subnet.second = subnet.first.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
        proxies.m_subnets.append(subnet);
    }
    return proxies;
}

bool TrustedProxies::contains(const QHostAddress &address) const
{
    const QHostAddress candidate = plain(address);
    for (const auto &subnet : m_subnets)
        if (candidate.isInSubnet(subnet))
            return true;
    return false;
}

QHostAddress TrustedProxies::clientOf(const QHostAddress &peer, const QByteArray &forwardedFor) const
{
    if (!contains(peer))
        return peer;
    QHostAddress client = peer;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        const QByteArray trimmed = hop->trimmed();
        if (trimmed.isEmpty())
            continue;
        const QHostAddress address(QString::fromLatin1(trimmed));
        if (address.isNull())
            break; // garbage: the last trusted hop is as far as anything can be believed
        client = address;
        if (!contains(address))
            break;
    }
    return client;
}

void setTrustedProxies(const TrustedProxies &proxies)
{
    configured() = proxies;
}

const TrustedProxies &trustedProxies()
{
    return configured();
}

QString requestClientText(const QHttpServerRequest &request)
{
    const TrustedProxies &proxies = configured();
    if (proxies.isEmpty())
        return clientKeyText(request.remoteAddress());
    return clientKeyText(proxies.clientOf(request.remoteAddress(), request.value("X-Forwarded-For")));
}

} // namespace nomo::http
