#include "http/DaemonHttpServer.h"

#include "http/HttpErrors.h"
#include "logging/Logging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

using namespace Qt::StringLiterals;

namespace nomo {

DaemonHttpServer::DaemonHttpServer(HttpGuard::Limits limits, QObject *parent)
    : QObject(parent)
    , m_guard(new HttpGuard(limits, this))
{
    // Qt 6.4 answers an unknown route, and a known path with the wrong method, here.
    // The path is echoed in JSON: never sniffed as anything else.
    m_server.setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        qCDebug(lcHttp) << "no route for" << request.url().path();
        responder.write(errorBody(u"not_found"_s, u"no such endpoint: %1"_s.arg(request.url().path())),
                        {{"Content-Type", "application/json"}, {"X-Content-Type-Options", "nosniff"}},
                        QHttpServerResponder::StatusCode::NotFound);
    });
    // Every answer a route returns: its type is what it says (handlers that write
    // through a responder set the header themselves).
    m_server.afterRequest([](QHttpServerResponse &&response) {
        if (!response.hasHeader("X-Content-Type-Options"))
            response.setHeader("X-Content-Type-Options", "nosniff");
        return std::move(response);
    });
}

Result<quint16> DaemonHttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_guard->listen(address, port))
        return fail(ErrorCode::Unavailable,
                    u"http.listen_failed"_s,
                    u"cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(m_guard->errorString()));
    m_server.bind(m_guard);
    return m_guard->serverPort();
}

void DaemonHttpServer::stopListening()
{
    m_guard->close();
}

void DaemonHttpServer::close()
{
    m_guard->close();
}

} // namespace nomo
