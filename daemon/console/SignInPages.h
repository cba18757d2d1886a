#pragma once

#include <QByteArray>
#include <QString>

namespace nomo::signin {

// The browser pages of the console sign-in, Arabic (right to left) or English.
// Small, self-contained HTML: no script, no outside resources, so the page works
// under a strict CSP and shows the same offline as online.
QString normalLang(const QString &lang); // "ar" unless "en"

QByteArray emailFormPage(const QString &lang, const QString &requestId, const QString &query);
QByteArray checkEmailPage(const QString &lang);
QByteArray problemPage(const QString &lang, const QString &problem);

// The one-time link's email (subject, body).
std::pair<QString, QString> linkEmail(const QString &lang, const QString &storeName, const QString &link, int minutes);

// Texts of problemPage, by cause.
QString problemExpired(const QString &lang);
QString problemBadRequest(const QString &lang, const QString &detail);

} // namespace nomo::signin
