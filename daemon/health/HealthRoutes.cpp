#include "health/HealthRoutes.h"

#include "http/HttpErrors.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nomo {

void HealthRoutes::install(QHttpServer &server, ReadinessProbe probe)
{
    server.route(u"/healthz"_s, QHttpServerRequest::Method::Get, [] {
        return QHttpServerResponse(QJsonObject{{u"status"_s, u"ok"_s},
                                               {u"version"_s, QCoreApplication::applicationVersion()}});
    });
    server.route(u"/readyz"_s, QHttpServerRequest::Method::Get, [probe = std::move(probe)] {
        const auto version = probe();
        if (!version) {
            QJsonObject body{{u"status"_s, u"not_ready"_s},
                             {u"error"_s, QJsonObject{{u"code"_s, errorCodeName(version.error().code)},
                                                      {u"message"_s, version.error().detail}}}};
            return QHttpServerResponse(body, QHttpServerResponse::StatusCode::ServiceUnavailable);
        }
        return QHttpServerResponse(QJsonObject{{u"status"_s, u"ready"_s},
                                               {u"database"_s, u"ok"_s},
                                               {u"schema_version"_s, *version}});
    });
}

} // namespace nomo
