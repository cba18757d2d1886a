#pragma once

#include <QByteArray>
#include <QString>

namespace nomo {

// A plain-text UTF-8 email, rendered as RFC 5322 + MIME: the subject as an RFC 2047
// encoded word and the body in base64, so Arabic survives every relay unchanged.
struct MailMessage
{
    QString from;    // address only
    QString to;      // address only
    QString subject;
    QString body;

    QByteArray render(const QString &messageIdDomain) const;
};

} // namespace nomo
