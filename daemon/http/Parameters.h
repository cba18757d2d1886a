#pragma once

#include "core/Result.h"

#include <QUrlQuery>

#include <optional>
#include <variant>

class QHttpServerRequest;

namespace nomo::http {

// An optional whole-number query parameter within bounds: `fallback` when absent, a
// ParseError naming the parameter when malformed or out of range.
Result<qint64> integerParameter(const QUrlQuery &query, const QString &name, qint64 fallback, qint64 minimum, qint64 maximum);
// If-Match: "3", 3 or W/"3" (a version is all an ETag of ours carries).
std::optional<qint64> versionFromIfMatch(QByteArray header);
QByteArray etagOf(qint64 version);

struct Answer;
// A versioned write's If-Match: the version the console saw, or the answer to send
// instead (428 when it is missing, 422 naming If-Match when it is not a version).
std::variant<qint64, Answer> requiredVersion(const QHttpServerRequest &request);

} // namespace nomo::http
