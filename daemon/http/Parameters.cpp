#include "http/Parameters.h"

#include "http/Answer.h"
#include "http/HttpErrors.h"

#include <QHttpServerRequest>

using namespace Qt::StringLiterals;

namespace nomo::http {

Result<qint64> integerParameter(const QUrlQuery &query, const QString &name, qint64 fallback, qint64 minimum, qint64 maximum)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return fail(badParameter(name, u"must be a whole number from %1 to %2"_s.arg(minimum).arg(maximum)));
    return value;
}

std::optional<qint64> versionFromIfMatch(QByteArray header)
{
    header = header.trimmed();
    if (header.startsWith("W/"))
        header = header.mid(2);
    if (header.size() >= 2 && header.startsWith('"') && header.endsWith('"'))
        header = header.mid(1, header.size() - 2);
    bool ok = false;
    const qint64 version = header.toLongLong(&ok);
    if (!ok || version < 0)
        return std::nullopt;
    return version;
}

QByteArray etagOf(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

std::variant<qint64, Answer> requiredVersion(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("If-Match");
    if (header.isEmpty())
        return Answer{428, errorBody(u"precondition_required"_s, u"send If-Match with the version you last saw"_s, u"If-Match"_s), {}};
    if (auto version = versionFromIfMatch(header))
        return *version;
    return Answer::error(badParameter(u"If-Match"_s, u"must be a version number such as \"3\""_s));
}

} // namespace nomo::http
