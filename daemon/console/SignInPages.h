#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace nomo {
struct SignInRequest;
}

namespace nomo::signin {

// The browser pages of the console sign-in, Arabic (right to left) or English.
// Small, self-contained HTML: no script, no outside resources, so the page works
// under a strict CSP and shows the same offline as online.
QString normalLang(const QString &lang); // "ar" unless "en"

// Where an approved sign-in sends the browser: the console's loopback address with
// the one-time code and the console's own state.
QUrl loopbackReturn(const SignInRequest &request, const QString &code);

// `withSalla`: also offer "Sign in with Salla" (Custom Mode apps).
QByteArray emailFormPage(const QString &lang, const QString &requestId, const QString &query, bool withSalla);
QByteArray checkEmailPage(const QString &lang);
QByteArray problemPage(const QString &lang, const QString &problem);

// The one-time link's email (subject, body).
std::pair<QString, QString> linkEmail(const QString &lang, const QString &storeName, const QString &link, int minutes);

// Texts of problemPage, by cause.
QString problemExpired(const QString &lang);
QString problemBadRequest(const QString &lang, const QString &detail);
QString problemTooMany(const QString &lang); // rate-limited (429)
QString problemBusy(const QString &lang);    // too many sign-ins under way (503)

} // namespace nomo::signin
