#include "support/WhatsAppCloud.h"

#include "support/RawHttp.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nomo::test {

WhatsAppCloud::WhatsAppCloud()
    : ServerProcess(u"/usr/bin/python3"_s, u"listening"_s)
{
}

bool WhatsAppCloud::start(const QString &token, const QString &appSecret, const QJsonObject &templates, const QStringList &extra)
{
    return ServerProcess::start(QStringList{QStringLiteral(NOMO_SOURCE_DIR "/tests/doubles/whatsapp/whatsapp_double.py"),
                                            dataDir() + u"/whatsapp"_s, token, appSecret,
                                            QString::fromUtf8(QJsonDocument(templates).toJson(QJsonDocument::Compact))}
                                + extra);
}

bool WhatsAppCloud::control(const QByteArray &path, const QJsonObject &body)
{
    return RawHttp::request(port(), "POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                            {{"Content-Type", "application/json"}})
               .status
           == 200;
}

bool WhatsAppCloud::setWebhook(const QString &url)
{
    return control("/_control/webhook", {{u"url"_s, url}});
}

bool WhatsAppCloud::shopperWrites(const QString &from, const QString &text)
{
    return control("/_control/inbound", {{u"from"_s, from}, {u"text"_s, text}});
}

bool WhatsAppCloud::failNext(int code)
{
    return control("/_control/fail", {{u"code"_s, code}});
}

QList<QJsonObject> WhatsAppCloud::requests() const
{
    return jsonLines(dataDir() + u"/whatsapp/requests.jsonl"_s);
}

QList<QJsonObject> WhatsAppCloud::webhooks() const
{
    return jsonLines(dataDir() + u"/whatsapp/webhooks.jsonl"_s);
}

} // namespace nomo::test
