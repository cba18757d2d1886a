// docs/api/openapi.yaml describes the daemon as it is: every route the server
// registers is in the document and every documented route is served.
#include "support/RawHttp.h"
#include "support/ServerProcess.h"

#include <QDirIterator>
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

// The paths section of the document: "  /path:" then "    get:" lines.
QSet<Route> documentedRoutes()
{
    QSet<Route> routes;
    const QStringList lines = readFile(QStringLiteral(NOMO_SOURCE_DIR "/docs/api/openapi.yaml")).split(u'\n');
    static const QRegularExpression pathLine(u"^  (/[^:]*):\\s*$"_s);
    static const QRegularExpression methodLine(u"^    (get|put|post|delete|patch|head|options):"_s);
    static const QRegularExpression parameter(u"\\{[^}]+\\}"_s);
    bool inPaths = false;
    QString path;
    for (const QString &line : lines) {
        if (line.startsWith(u"paths:"_s)) {
            inPaths = true;
            continue;
        }
        if (!inPaths)
            continue;
        if (!line.isEmpty() && !line.startsWith(u' '))
            break; // the next top-level section
        if (auto m = pathLine.match(line); m.hasMatch())
            path = m.captured(1).replace(parameter, u"{}"_s);
        else if (auto m2 = methodLine.match(line); m2.hasMatch() && !path.isEmpty())
            routes.insert(m2.captured(1).toUpper() + u' ' + path);
    }
    return routes;
}

// Every server.route(u"..."_s, ...Method::X, ...) in the daemon's sources.
QSet<Route> registeredRoutes()
{
    QSet<Route> routes;
    static const QRegularExpression route(u"route\\(\\s*u\"([^\"]+)\"_s\\s*,\\s*(?:QHttpServerRequest::)?Method::(\\w+)"_s);
    static const QRegularExpression placeholder(u"<arg>"_s);
    QDirIterator files(QStringLiteral(NOMO_SOURCE_DIR "/daemon"), {u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString text = readFile(files.next());
        for (auto it = route.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            routes.insert(m.captured(2).toUpper() + u' ' + QString(m.captured(1)).replace(placeholder, u"{}"_s));
        }
    }
    return routes;
}

} // namespace

TEST(OpenApiDocument, ListsExactlyTheRoutesTheDaemonRegisters)
{
    const QSet<Route> documented = documentedRoutes();
    const QSet<Route> registered = registeredRoutes();
    ASSERT_GE(registered.size(), 15) << "the source scan found too few routes to be trusted";
    for (const Route &route : registered)
        EXPECT_TRUE(documented.contains(route)) << "served but not documented: " << route.toStdString();
    for (const Route &route : documented)
        EXPECT_TRUE(registered.contains(route)) << "documented but not served: " << route.toStdString();
}

TEST(OpenApiDocument, EveryDocumentedRouteIsAnsweredByItsHandler)
{
    DaemonProcess daemon;
    ASSERT_TRUE(daemon.start()) << daemon.stderrText().toStdString();
    for (const Route &route : documentedRoutes()) {
        const qsizetype space = route.indexOf(u' ');
        const QByteArray method = route.left(space).toLatin1();
        const QByteArray path = route.mid(space + 1).replace(u"{}"_s, u"1"_s).toLatin1();
        const HttpReply reply = RawHttp::request(daemon.port(), method, path, method == "GET" || method == "DELETE" ? QByteArray() : "{}",
                                                 {{"Content-Type", "application/json"}});
        EXPECT_NE(reply.status, 0) << route.toStdString();
        EXPECT_FALSE(reply.body.contains("no such endpoint")) << route.toStdString() << " fell through to the missing-route handler";
    }
}
