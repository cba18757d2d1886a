#pragma once

#include <QMetaType>
#include <QString>

namespace nomo {

// The body every /api/v1 failure carries: {"error":{"code","message","key","field"}}.
struct ApiError
{
    QString code;    // "conflict", "invalid_argument", ... (errorCodeName)
    QString message; // English, for logs
    QString key;     // stable message key the console translates ("settings.range"); may be empty
    QString field;   // the request field at fault ("settings.display_seconds"); may be empty
};

} // namespace nomo
Q_DECLARE_METATYPE(nomo::ApiError)
