#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace nomo {

// Unguessable values from OpenSSL's CSPRNG: sign-in links, codes, console tokens.
Result<QByteArray> randomBytes(int count);
// `bytes` random bytes as unpadded base64url (32 bytes: 43 characters, 256 bits).
Result<QString> randomUrlToken(int bytes = 32);

} // namespace nomo
