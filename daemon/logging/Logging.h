#pragma once

#include <QLoggingCategory>

// Every logging category of the daemon, in one place: nomo.daemon.<area>.
namespace nomo {
Q_DECLARE_LOGGING_CATEGORY(lcStartup)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcWebhooks)
Q_DECLARE_LOGGING_CATEGORY(lcEvents)
Q_DECLARE_LOGGING_CATEGORY(lcJobs)
Q_DECLARE_LOGGING_CATEGORY(lcOutbound)
Q_DECLARE_LOGGING_CATEGORY(lcSalla)
Q_DECLARE_LOGGING_CATEGORY(lcConsoleApi)
Q_DECLARE_LOGGING_CATEGORY(lcMail)
Q_DECLARE_LOGGING_CATEGORY(lcMessages)
Q_DECLARE_LOGGING_CATEGORY(lcStorefront)
} // namespace nomo
