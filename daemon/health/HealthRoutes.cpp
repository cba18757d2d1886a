#include "health/HealthRoutes.h"

#include "http/HttpErrors.h"
#include "http/Routes.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nomo {

void HealthRoutes::install(http::Routes &routes, ReadinessProbe probe)
{
    routes.add({"GET", u"/healthz"_s, http::Access::Health, false, u"Liveness"_s}, [](const http::RequestContext &) {
        return QHttpServerResponse(QJsonObject{{u"status"_s, u"ok"_s},
                                               {u"version"_s, QCoreApplication::applicationVersion()}});
    });
    routes.add({"GET", u"/readyz"_s, http::Access::Health, false, u"Readiness: database and schema"_s}, [probe = std::move(probe)](const http::RequestContext &) {
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
