#pragma once

#include <QLoggingCategory>

// Every logging category of the console, in one place (nomo.app.<area>).
namespace nomo {
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcCache)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
} // namespace nomo
