#pragma once

#include <QString>

namespace nomo {

// The one HTML frame of every email a store sends through Nomo Flow: a table layout
// with inline styles (what Gmail, Outlook and Apple Mail all render), `dir` and
// `align` set on every cell for Arabic, the store's name on top, the body's
// paragraphs, one button, and a footer that says who sent it and why, with the
// unsubscribe link for marketing (PDPL: identify the sender; RFC 8058's link is in
// the headers too).
struct EmailLayout
{
    QString language;     // "ar" → right to left
    QString storeName;    // plain text
    QString subject;      // plain text, the document's title
    QString bodyHtml;     // the body rendered with Escape::Html: escaped text, newlines kept
    QString actionLabel;  // plain text; no button when empty
    QString actionUrl;
    QString footerText;   // plain text
    QString unsubscribeUrl; // empty for service mail
    QString openPixelUrl;   // empty: no open tracking

    QString html() const;

    // Paragraphs (blank lines) to <p>, single newlines to <br>, and http(s) links in
    // already-escaped text to anchors.
    static QString paragraphs(const QString &escapedText);
};

} // namespace nomo
