#pragma once

#include <QByteArray>
#include <QString>

namespace nomo {

// Proof Key for Code Exchange (RFC 7636), S256 only.
struct Pkce
{
    QString verifier;  // 43-128 characters of base64url
    QString challenge; // base64url(SHA-256(verifier)), no padding

    // 32 random bytes from the system generator give a 43-character verifier.
    static Pkce generate();
    static QString challengeFor(const QString &verifier);
    // A random base64url string of `bytes` random bytes (also used for `state`).
    static QString randomToken(int bytes);
};

} // namespace nomo
