#include "db/DatabaseUrl.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
tl::unexpected<Error> badUrl(const QString &text, const QString &why)
{
    QUrl url(text);
    if (!url.password().isEmpty())
        url.setPassword(u"********"_s);
    return fail(ErrorCode::ConfigError, u"database.url_invalid"_s, u"database URL \"%1\": %2"_s.arg(url.toString(), why));
}
} // namespace

DatabaseUrl DatabaseUrl::sqlite(const QString &path)
{
    DatabaseUrl url;
    url.engine = DbEngine::Sqlite;
    url.sqlitePath = path;
    return url;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return badUrl(text, url.errorString());
    const QString scheme = url.scheme().toLower();
    if (scheme == u"sqlite") {
        if (!url.host().isEmpty())
            return badUrl(text, u"use sqlite:///absolute/path (three slashes)"_s);
        const QString path = url.path();
        if (!path.startsWith(u'/') || path.size() < 2)
            return badUrl(text, u"the SQLite path must be absolute"_s);
        return sqlite(path);
    }
    if (scheme == u"postgresql" || scheme == u"postgres") {
        DatabaseUrl result;
        result.engine = DbEngine::Postgres;
        result.host = url.host();
        result.port = url.port(5432);
        result.user = url.userName();
        result.password = url.password();
        result.databaseName = url.path().mid(1);
        if (result.host.isEmpty())
            return badUrl(text, u"a PostgreSQL URL needs a host"_s);
        if (result.databaseName.isEmpty() || result.databaseName.contains(u'/'))
            return badUrl(text, u"a PostgreSQL URL needs one database name as its path"_s);
        QStringList options;
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items)
            options.append(key + u'=' + value);
        result.connectOptions = options.join(u';');
        return result;
    }
    return badUrl(text, u"scheme must be sqlite or postgresql"_s);
}

QString DatabaseUrl::redacted() const
{
    if (engine == DbEngine::Sqlite)
        return u"sqlite://"_s + sqlitePath;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    if (!password.isEmpty())
        url.setPassword(u"********"_s);
    url.setPath(u'/' + databaseName);
    return url.toString();
}

} // namespace nomo
