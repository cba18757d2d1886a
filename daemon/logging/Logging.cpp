#include "logging/Logging.h"

namespace nomo {
Q_LOGGING_CATEGORY(lcStartup, "nomo.daemon.startup", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "nomo.daemon.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWebhooks, "nomo.daemon.webhooks", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEvents, "nomo.daemon.events", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJobs, "nomo.daemon.jobs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOutbound, "nomo.daemon.outbound", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSalla, "nomo.daemon.salla", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConsoleApi, "nomo.daemon.console", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMail, "nomo.daemon.mail", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMessages, "nomo.daemon.messages", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorefront, "nomo.daemon.storefront", QtInfoMsg)
} // namespace nomo
