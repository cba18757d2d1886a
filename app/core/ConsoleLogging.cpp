#include "core/ConsoleLogging.h"

namespace nomo {
Q_LOGGING_CATEGORY(lcApi, "nomo.app.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "nomo.app.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCache, "nomo.app.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "nomo.app.auth", QtInfoMsg)
} // namespace nomo
