#include "app/BenchmarkRoutes.h"

#ifdef NOMO_BENCHMARK_ROUTES
#include "http/Answer.h"
#include "http/Routes.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

using namespace Qt::StringLiterals;
#endif

namespace nomo {

void installBenchmarkRoutes(http::Routes &routes)
{
#ifdef NOMO_BENCHMARK_ROUTES
    routes.addAsync({"POST", u"/bench/noop"_s, http::Access::Webhook, false, u"Benchmark builds only: the intake's no-op ceiling"_s},
                    [](const http::RequestContext &context, QHttpServerResponder &&responder) {
                        const QByteArray body = context.request.body();
                        http::writeAnswer(responder,
                                          http::Answer{body.isEmpty() ? 400 : 200, QByteArrayLiteral(R"({"status":"accepted","duplicate":false})"), {}},
                                          context.requestId);
                    });
#else
    (void)routes;
#endif
}

} // namespace nomo
