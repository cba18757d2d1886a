#pragma once

#include "support/ServerProcess.h"

#include <QJsonObject>
#include <QList>

namespace nomo::test {

// Meta's WhatsApp Cloud API double (tests/doubles/whatsapp/whatsapp_double.py) as a child
// process: the send endpoint for one number and token, the approved templates
// {"name:lang": {"body": N, "button": bool}}, and signed status webhooks to the daemon.
class WhatsAppCloud : public ServerProcess
{
public:
    WhatsAppCloud();
    bool start(const QString &token, const QString &appSecret, const QJsonObject &templates, const QStringList &extra = {});
    // Where the double posts its webhooks (the daemon's /webhooks/whatsapp/{store}).
    bool setWebhook(const QString &url);
    // A shopper writes to the store (opens the 24-hour window; "STOP" opts out).
    bool shopperWrites(const QString &from, const QString &text);
    // The next accepted send is reported failed with Meta's `code`.
    bool failNext(int code);
    QList<QJsonObject> requests() const;  // {method, path, headers, body}
    QList<QJsonObject> webhooks() const;  // {body, status}: what it posted and the daemon's answer

private:
    bool control(const QByteArray &path, const QJsonObject &body);
};

} // namespace nomo::test
