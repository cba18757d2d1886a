#pragma once

#include <QHostAddress>
#include <QString>

namespace nomo::http {

// Who a per-client limit counts: an IPv4 address (an IPv4-mapped IPv6 one taken as
// its IPv4 form), or an IPv6 address's /64, since anyone given a /64 holds them all.
// One key for every limit: connections, sign-in starts, email asks.
QHostAddress clientKey(const QHostAddress &peer);
QString clientKeyText(const QHostAddress &peer);

} // namespace nomo::http
