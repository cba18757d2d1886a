#pragma once

namespace nomo {
namespace http {
class Routes;
}

// Routes that exist only in a benchmark build (cmake -DNOMO_BENCHMARK_ROUTES=ON, which
// benchmarks/intake/run.sh makes in a build folder of its own): never in a daemon we
// ship. Today one:
//   POST /bench/noop   the same pipeline as POST /webhooks/salla (a Webhook route,
//                      answered through a responder), reads the body and answers the
//                      200 the intake would — no signature, no parse, no store. The
//                      ceiling the intake is measured against, for the same bodies.
void installBenchmarkRoutes(http::Routes &routes);

} // namespace nomo
