#include "http/HtmlPage.h"

#include "web/PageStyle.h"

using namespace Qt::StringLiterals;

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

QByteArray pageDocument(bool arabic, const QString &title, const QString &bodyHtml, const QString &top)
{
    return uR"HTML(<!DOCTYPE html>
<html lang="%1" dir="%2">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>%3</title>
<style>%6</style>
</head>
<body><main>
%4
<h1>%3</h1>
%5
</main></body>
</html>
)HTML"_s.arg(arabic ? u"ar"_s : u"en"_s, arabic ? u"rtl"_s : u"ltr"_s, title.toHtmlEscaped(), top, bodyHtml,
                  QString::fromUtf16(web::kPageStyle))
        .toUtf8();
}

} // namespace nomo::http
