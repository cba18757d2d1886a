#include "core/Logging.h"

namespace nomo {
Q_LOGGING_CATEGORY(lcDb, "nomo.common.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigrations, "nomo.common.migrations", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "nomo.common.config", QtInfoMsg)
} // namespace nomo
