#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

class QHttpServerRequest;

namespace nomo::http {

// Who a per-client limit counts: an IPv4 address (an IPv4-mapped IPv6 one taken as
// its IPv4 form), or an IPv6 address's /64, since anyone given a /64 holds them all.
// One key for every limit: connections, requests a minute, sign-in starts, email asks.
QHostAddress clientKey(const QHostAddress &peer);
QString clientKeyText(const QHostAddress &peer);

// The reverse proxies whose X-Forwarded-For is believed (http.trusted_proxies).
// Behind nginx every connection comes from nginx; without this, every shopper and
// every console would share one per-client limit. Only a listed peer's header is
// read, and it is read from the right: the first hop that is not itself a trusted
// proxy is the client, so a client cannot pick its own address by sending the header.
class TrustedProxies
{
public:
    // "127.0.0.1, ::1, 10.0.0.0/8": addresses or subnets, by commas or spaces.
    // An empty text trusts no one. Returns a reason in *error for a bad entry.
    static TrustedProxies parse(const QString &text, QString *error = nullptr);

    bool isEmpty() const { return m_subnets.isEmpty(); }
    bool contains(const QHostAddress &address) const;

    // The client a request is from: `peer` itself unless it is trusted, else the
    // rightmost untrusted address in `forwardedFor` (a comma list; an entry that is
    // not an address stops the walk at the hop that wrote it).
    QHostAddress clientOf(const QHostAddress &peer, const QByteArray &forwardedFor) const;

private:
    QList<QPair<QHostAddress, int>> m_subnets;
};

// Set once at start-up, before the server listens; read by every route after.
void setTrustedProxies(const TrustedProxies &proxies);
const TrustedProxies &trustedProxies();

// The per-client key of the client a request is from (through trusted proxies).
QString requestClientText(const QHttpServerRequest &request);

} // namespace nomo::http
