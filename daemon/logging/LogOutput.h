#pragma once

#include <QString>

namespace nomo {

// Where the daemon's log lines go: stderr, as readable text or as one JSON object a
// line (for journald, Loki and friends), plus QLoggingCategory filter rules.
class LogOutput
{
public:
    static void install(bool json, const QString &rules);
};

} // namespace nomo
