#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>
#include <QString>

namespace nomo {

// One email: a text part, optionally an HTML alternative, and the headers a
// marketing sender owes its receivers. The body parts are given to libcurl's MIME API
// (mail/MailTransport); the header lines are written here, since libcurl passes
// them on as they are.
struct MailMessage
{
    QString fromAddress;
    QString fromName;        // shown as the sender ("عطور نورة"); may be Arabic
    QString to;
    QString replyTo;         // empty: none
    QString subject;
    QString text;
    QString html;            // empty: a text-only message
    QString listUnsubscribe; // an https link: adds List-Unsubscribe and, for one click, List-Unsubscribe-Post (RFC 8058)
    QString messageId;       // without the angle brackets; made up when empty

    // From, To, Reply-To, Subject, Date, Message-ID and the List-Unsubscribe pair, each
    // a whole header (folded lines joined by CRLF + space), without the final CRLF.
    QByteArrayList headerLines(const QDateTime &date) const;

    // RFC 2047 encoded words (UTF-8, base64) for a header's text: plain ASCII as it is,
    // anything else as words of at most 75 characters that each hold whole characters,
    // folded so that no line passes 76 (the first line has `firstLineUsed` taken by
    // the header's name). Spaces are encoded inside the words (they vanish between words).
    static QByteArray encodedWords(const QString &text, int firstLineUsed);
    // "<uuid@domain-of-from>".
    static QString makeMessageId(const QString &fromAddress);
};

} // namespace nomo
