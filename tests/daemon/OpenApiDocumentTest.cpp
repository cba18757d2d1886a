// docs/api/openapi.yaml describes the daemon as it is: every route the server
// registers is in the document and every documented route is served.
#include "support/RawHttp.h"
#include "support/ServerProcess.h"

#include <QJsonArray>
#include <QMap>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

// "GET /api/v1/features/{}" - path parameters made anonymous on both sides.
using Route = QString;

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The paths section of the document: "  /path:" then "    get:" lines, each route
// with whether it asks for the console token.
QMap<Route, bool> documentedRoutes()
{
    QMap<Route, bool> routes;
    const QStringList lines = readFile(QStringLiteral(NOMO_SOURCE_DIR "/docs/api/openapi.yaml")).split(u'\n');
    static const QRegularExpression pathLine(u"^  (/[^:]*):\\s*$"_s);
    static const QRegularExpression methodLine(u"^    (get|put|post|delete|patch|head|options):"_s);
    static const QRegularExpression parameter(u"\\{[^}]+\\}"_s);
    bool inPaths = false;
    QString path;
    Route current;
    for (const QString &line : lines) {
        if (line.startsWith(u"paths:"_s)) {
            inPaths = true;
            continue;
        }
        if (!inPaths)
            continue;
        if (!line.isEmpty() && !line.startsWith(u' '))
            break; // the next top-level section
        if (auto m = pathLine.match(line); m.hasMatch()) {
            path = m.captured(1).replace(parameter, u"{}"_s);
            current.clear();
        } else if (auto m2 = methodLine.match(line); m2.hasMatch() && !path.isEmpty()) {
            current = m2.captured(1).toUpper() + u' ' + path;
            routes.insert(current, false);
        } else if (!current.isEmpty() && line.startsWith(u"      security:"_s) && line.contains(u"consoleToken"_s)) {
            routes[current] = true;
        }
    }
    return routes;
}

// The route table of a running daemon, as its ready line announces it: each route
// with whether the pipeline asks for the console token.
QMap<Route, bool> registeredRoutes(const QJsonObject &readyLine)
{
    QMap<Route, bool> routes;
    static const QRegularExpression parameter(u"\\{[^}]+\\}"_s);
    for (const QJsonValue &route : readyLine[u"routes"_s].toArray())
        routes.insert(route[u"method"_s].toString() + u' ' + route[u"path"_s].toString().replace(parameter, u"{}"_s),
                      route[u"access"_s].toString() == u"console");
    return routes;
}

} // namespace

TEST(OpenApiDocument, ListsExactlyTheRoutesTheDaemonRegistersWithTheirAccess)
{
    DaemonProcess daemon;
    ASSERT_TRUE(daemon.start()) << daemon.stderrText().toStdString();
    const QMap<Route, bool> documented = documentedRoutes();
    const QMap<Route, bool> registered = registeredRoutes(daemon.readyLine());
    ASSERT_GE(registered.size(), 15) << "the route table is too short to be the daemon's";
    for (auto it = registered.cbegin(); it != registered.cend(); ++it) {
        EXPECT_TRUE(documented.contains(it.key())) << "served but not documented: " << it.key().toStdString();
        if (documented.contains(it.key())) {
            EXPECT_EQ(documented.value(it.key()), it.value())
                << it.key().toStdString() << (it.value() ? ": needs the console token but the document says not"
                                                         : ": the document asks for the console token, the daemon does not");
        }
    }
    for (auto it = documented.cbegin(); it != documented.cend(); ++it)
        EXPECT_TRUE(registered.contains(it.key())) << "documented but not served: " << it.key().toStdString();
}

TEST(OpenApiDocument, EveryDocumentedRouteIsAnsweredByItsHandler)
{
    DaemonProcess daemon;
    ASSERT_TRUE(daemon.start()) << daemon.stderrText().toStdString();
    for (const Route &route : documentedRoutes().keys()) {
        const qsizetype space = route.indexOf(u' ');
        const QByteArray method = route.left(space).toLatin1();
        const QByteArray path = route.mid(space + 1).replace(u"{}"_s, u"1"_s).toLatin1();
        const HttpReply reply = RawHttp::request(daemon.port(), method, path, method == "GET" || method == "DELETE" ? QByteArray() : "{}",
                                                 {{"Content-Type", "application/json"}});
        EXPECT_NE(reply.status, 0) << route.toStdString();
        EXPECT_FALSE(reply.body.contains("no such endpoint")) << route.toStdString() << " fell through to the missing-route handler";
    }
}
