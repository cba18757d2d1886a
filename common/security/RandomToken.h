#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace nomo {

// Unguessable values from OpenSSL's CSPRNG: sign-in links, codes, console tokens.
Result<QByteArray> randomBytes(int count);
// `bytes` random bytes as unpadded base64url (32 bytes: 43 characters, 256 bits).
Result<QString> randomUrlToken(int bytes = 32);
// Whether `text` has the shape randomUrlToken(bytes) gives: the check a public route
// makes before a visitor's token goes anywhere near SQL.
bool isUrlToken(QStringView text, int bytes);

} // namespace nomo
