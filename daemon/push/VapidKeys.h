#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "push/WebPushCrypto.h"

#include <QSqlDatabase>

namespace nomo {

class TokenCipher;

// The daemon's VAPID key pair (push_keys): made once, on first need, and the same for
// every daemon on the database (the first to insert wins, the others read it), the
// private half sealed with the token key.
class VapidKeys
{
public:
    static Result<webpush::KeyPair> loadOrCreate(const QSqlDatabase &db, const TokenCipher &cipher, const Clock &clock);
};

} // namespace nomo
