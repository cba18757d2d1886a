#include "http/Parameters.h"

#include "http/Answer.h"

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

} // namespace nomo::http
