#pragma once

#include <QLoggingCategory>

// Every logging category of nomo_common, in one place (categories of the daemon and
// the console live in their own Logging.h). Names follow nomo.<part>.<area>.
namespace nomo {
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcMigrations)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
} // namespace nomo
