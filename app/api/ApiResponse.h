#pragma once

#include "domain/ApiError.h"

#include <QJsonObject>
#include <QString>

namespace nomo {

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
    // The error body, read by its codec. A failure without one (no answer, a proxy's
    // page) gives an error with no code whose message says what came instead.
    ApiError error() const;
};

} // namespace nomo
