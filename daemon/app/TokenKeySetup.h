#pragma once

#include "config/DaemonConfig.h"
#include "security/TokenCipher.h"

#include <QSqlDatabase>

namespace nomo {

// Finds the key that seals Salla tokens and proves it is the right one, at start-up:
//  - security.token_key when set; otherwise data.dir/token.key, created (0600) on a
//    database that has never sealed anything, so a newcomer needs no config;
//  - the key's fingerprint is kept in installation_facts; a different key later is a
//    clear start-up error rather than tokens that no longer open.
Result<TokenCipher> setUpTokenKey(const DaemonConfig &config, const QSqlDatabase &db);

} // namespace nomo
