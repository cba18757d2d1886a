#include "mail/MailMessage.h"

#include <QLocale>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
bool plainAscii(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// A header value must never carry a line break of its own (header injection).
QString oneLine(const QString &text)
{
    QString out = text;
    out.replace(u'\r', u' ').replace(u'\n', u' ');
    return out;
}

QByteArray address(const QString &addr)
{
    return "<" + oneLine(addr).toUtf8() + ">";
}
} // namespace

QByteArray MailMessage::encodedWords(const QString &text, int firstLineUsed)
{
    if (plainAscii(text) && firstLineUsed + text.size() <= 76)
        return text.toLatin1();
    // 39 bytes → 52 base64 characters → a 64-character word: "Subject: " + a word and
    // " " + a word both stay within 76.
    constexpr int kBytesPerWord = 39;
    QList<QByteArray> words;
    QByteArray chunk;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        const QByteArray bytes = QString::fromUcs4(reinterpret_cast<const char32_t *>(&codePoint), 1).toUtf8();
        if (chunk.size() + bytes.size() > kBytesPerWord) {
            words.append(chunk);
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words.append(chunk);
    QByteArray out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0)
            out += "\r\n ";
        out += "=?UTF-8?B?" + words.at(i).toBase64() + "?=";
    }
    return out;
}

QString MailMessage::makeMessageId(const QString &fromAddress)
{
    const qsizetype at = fromAddress.lastIndexOf(u'@');
    const QString domain = at >= 0 ? fromAddress.mid(at + 1) : u"nomo-flow.invalid"_s;
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + u'@' + domain;
}

QByteArrayList MailMessage::headerLines(const QDateTime &date) const
{
    QByteArrayList lines;
    const QByteArray from = fromName.isEmpty() ? address(fromAddress)
                                               : encodedWords(oneLine(fromName), 6) + " " + address(fromAddress);
    lines << "From: " + from;
    lines << "To: " + address(to);
    if (!replyTo.isEmpty())
        lines << "Reply-To: " + address(replyTo);
    lines << "Subject: " + encodedWords(oneLine(subject), 9);
    lines << "Date: " + QLocale::c().toString(date.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss"_s).toLatin1() + " +0000";
    lines << "Message-ID: " + address(messageId.isEmpty() ? makeMessageId(fromAddress) : messageId);
    if (!listUnsubscribe.isEmpty()) {
        lines << "List-Unsubscribe: " + address(listUnsubscribe);
        lines << "List-Unsubscribe-Post: List-Unsubscribe=One-Click";
    }
    return lines;
}

} // namespace nomo
