#include "mail/MailMessage.h"

#include <QDateTime>
#include <QLocale>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
QByteArray encodedWord(const QString &text)
{
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype at = 0; at < encoded.size(); at += 76)
        out += encoded.mid(at, 76) + "\r\n";
    return out;
}
} // namespace

QByteArray MailMessage::render(const QString &messageIdDomain) const
{
    const QByteArray date = QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss"_s).toLatin1() + " +0000";
    QByteArray out;
    out += "From: Nomo Flow <" + from.toUtf8() + ">\r\n";
    out += "To: <" + to.toUtf8() + ">\r\n";
    out += "Subject: " + encodedWord(subject) + "\r\n";
    out += "Date: " + date + "\r\n";
    out += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@" + messageIdDomain.toUtf8() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n";
    out += "\r\n";
    out += base64Lines(body.toUtf8());
    return out;
}

} // namespace nomo
