#pragma once

#include <QByteArray>

// SHA-256 and HMAC-SHA256 through OpenSSL. Qt's QCryptographicHash and
// QMessageAuthenticationCode are portable C without SHA extensions: on a 5 KB
// webhook body they cost about ten times as much, and every webhook needs both
// (the signature check and the delivery key).
namespace nomo::digest {

QByteArray sha256(const QByteArray &data); // 32 raw bytes
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data); // 32 raw bytes

} // namespace nomo::digest
