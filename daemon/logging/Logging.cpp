#include "logging/Logging.h"

namespace nomo {
Q_LOGGING_CATEGORY(lcStartup, "nomo.daemon.startup", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "nomo.daemon.http", QtInfoMsg)
} // namespace nomo
