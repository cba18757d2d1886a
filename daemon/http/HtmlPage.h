#pragma once

#include <QByteArray>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QString>

namespace nomo::http {

// Every HTML page the daemon serves (sign-in, OAuth callback) goes out with the same
// headers: no script or outside resource may run (the pages need none), nothing may
// frame them, nothing caches them (they carry one-time links and codes), their type
// is not sniffed and their address is not sent on as a referrer.
QHttpServerResponse htmlPage(const QByteArray &page, QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
// The same through a responder (handlers that answer later or flush first).
void writeHtmlPage(QHttpServerResponder &responder, int status, const QByteArray &page, int retryAfterSeconds = 0);
// The document every page of ours is: one centred card (common/web/PageStyle.h) in
// the page's language and direction, `top` (a language switcher) above its title.
QByteArray pageDocument(bool arabic, const QString &title, const QString &bodyHtml, const QString &top = {});
// 429 with Retry-After.
QHttpServerResponse tooManyRequests(const QByteArray &page, int retryAfterSeconds);

} // namespace nomo::http
