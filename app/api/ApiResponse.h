#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace nomo {

// The error body every /api/v1 failure carries: {"error":{"code","message","key","field"}}.
struct ApiError
{
    QString code;    // "conflict", "invalid_argument", ...
    QString message; // English, for logs
    QString key;     // stable message key the console translates ("settings.range")
    QString field;   // the request field at fault ("settings.display_seconds")
};

// One answer of the daemon, or the lack of one.
struct ApiResponse
{
    int httpStatus = 0; // 0: no answer arrived (refused, timed out, dropped)
    QString networkError; // why there was no answer, for logs
    QJsonObject body;
    bool replayed = false; // Idempotent-Replay: true

    bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
    // A failure worth retrying later as it is: no answer, or the daemon was not able
    // to answer now (5xx, 429). A 4xx will not change by sending it again.
    bool retryable() const { return httpStatus == 0 || httpStatus >= 500 || httpStatus == 429; }
    ApiError error() const;
};

} // namespace nomo
Q_DECLARE_METATYPE(nomo::ApiError)
