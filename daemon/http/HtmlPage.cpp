#include "http/HtmlPage.h"

namespace nomo::http {

namespace {
constexpr char kPolicy[] = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
}

QHttpServerResponse htmlPage(const QByteArray &page, QHttpServerResponse::StatusCode status)
{
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), page, status);
    response.setHeader("Content-Security-Policy", kPolicy);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    return response;
}

void writeHtmlPage(QHttpServerResponder &responder, int status, const QByteArray &page, int retryAfterSeconds)
{
    const auto code = static_cast<QHttpServerResponder::StatusCode>(status);
    if (retryAfterSeconds > 0)
        return responder.write(page,
                               {{"Content-Type", "text/html; charset=utf-8"},
                                {"Content-Security-Policy", kPolicy},
                                {"Cache-Control", "no-store"},
                                {"X-Content-Type-Options", "nosniff"},
                                {"Referrer-Policy", "no-referrer"},
                                {"Retry-After", QByteArray::number(retryAfterSeconds)}},
                               code);
    responder.write(page,
                    {{"Content-Type", "text/html; charset=utf-8"},
                     {"Content-Security-Policy", kPolicy},
                     {"Cache-Control", "no-store"},
                     {"X-Content-Type-Options", "nosniff"},
                     {"Referrer-Policy", "no-referrer"}},
                    code);
}

QHttpServerResponse tooManyRequests(const QByteArray &page, int retryAfterSeconds)
{
    QHttpServerResponse response = htmlPage(page, QHttpServerResponse::StatusCode::TooManyRequests);
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

} // namespace nomo::http
