#include "messages/whatsapp/WhatsAppApi.h"

#include "security/Digest.h"
#include "security/WebhookSignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace nomo::whatsapp {

namespace {
QUrl messagesUrl(const Account &account)
{
    QUrl url = account.graphUrl;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + account.version + u'/' + account.phoneNumberId + u"/messages"_s);
    return url;
}

OutboundRequest post(const Account &account, QJsonObject body, const QString &callback)
{
    body.insert(u"messaging_product"_s, u"whatsapp"_s);
    body.insert(u"recipient_type"_s, u"individual"_s);
    if (!callback.isEmpty())
        body.insert(u"biz_opaque_callback_data"_s, callback);
    OutboundRequest request;
    request.method = "POST";
    request.url = messagesUrl(account);
    request.headers = {{"Authorization", "Bearer " + account.token.toUtf8()}};
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    request.timeoutMs = 15 * 1000;
    request.purpose = u"whatsapp send"_s;
    return request;
}

SendOutcome make(SendOutcome::Kind kind, const QString &code, const QString &detail, const QString &id = {})
{
    return SendOutcome::make(kind, code, detail, id);
}

// Meta's codes by what they mean for the message (REFERENCE.md §1.4).
SendOutcome::Kind kindOf(int code, int httpStatus)
{
    switch (code) {
    case 131047: // outside the 24-hour window: only a template passes
    case 131026: // not on WhatsApp, or cannot receive
    case 131050: // the shopper stopped this business's marketing
    case 131049: // Meta held it back (per-shopper marketing cap): not again soon
    case 130472: // in Meta's marketing experiment
    case 132000: // the values do not fit the template: the same bytes never will
    case 132005: // the filled-in text is too long
    case 100:    // a parameter Meta refuses
        return SendOutcome::Kind::Rejected;
    case 132001: // no such template in this language (yet): the merchant's to approve
    case 132015: // the template is paused
    case 131048: // spam rate limit: the number's quality
    case 131031: // the business account is locked
    case 190:    // the token expired or is wrong
    case 368:    // blocked for policy violations
    case 10:
        return SendOutcome::Kind::Configuration;
    case 130429: // the number's throughput
    case 131056: // the same shopper too fast
    case 131057: // the number is being upgraded
    case 4:
    case 80007:
        return SendOutcome::Kind::Temporary;
    default:
        break;
    }
    if (code >= 200 && code <= 299) // permissions
        return SendOutcome::Kind::Configuration;
    if (httpStatus == 429 || httpStatus >= 500)
        return SendOutcome::Kind::Temporary;
    if (httpStatus == 401 || httpStatus == 403)
        return SendOutcome::Kind::Configuration;
    return SendOutcome::Kind::Rejected;
}

QDateTime fromUnixText(const QJsonValue &value)
{
    const qint64 seconds = value.isString() ? value.toString().toLongLong() : value.toInteger();
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime::currentDateTimeUtc();
}
} // namespace

OutboundRequest templateRequest(const Account &account, const QString &to, const QJsonObject &payload, const QString &callback)
{
    QJsonArray components;
    QJsonArray values;
    for (const QJsonValue &value : payload.value(u"body"_s).toArray())
        values.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, value.toString()}});
    if (!values.isEmpty())
        components.append(QJsonObject{{u"type"_s, u"body"_s}, {u"parameters"_s, values}});
    if (const QString button = payload.value(u"button"_s).toString(); !button.isEmpty())
        components.append(QJsonObject{{u"type"_s, u"button"_s}, {u"sub_type"_s, u"url"_s}, {u"index"_s, u"0"_s},
                                      {u"parameters"_s, QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, button}}}}});
    QJsonObject tmpl{{u"name"_s, payload.value(u"template"_s).toString()},
                     {u"language"_s, QJsonObject{{u"policy"_s, u"deterministic"_s}, {u"code"_s, payload.value(u"language"_s).toString()}}}};
    if (!components.isEmpty())
        tmpl.insert(u"components"_s, components);
    return post(account, {{u"to"_s, to}, {u"type"_s, u"template"_s}, {u"template"_s, tmpl}}, callback);
}

OutboundRequest textRequest(const Account &account, const QString &to, const QString &text, const QString &callback)
{
    return post(account, {{u"to"_s, to}, {u"type"_s, u"text"_s},
                          {u"text"_s, QJsonObject{{u"body"_s, text.left(4096)}, {u"preview_url"_s, true}}}}, callback);
}

SendOutcome outcome(const OutboundReply &reply)
{
    if (reply.status == 0)
        return reply.neverSent ? make(SendOutcome::Kind::Temporary, {}, u"whatsapp: "_s + reply.networkError)
                               : make(SendOutcome::Kind::Unknown, {}, u"whatsapp did not answer: "_s + reply.networkError);
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    if (reply.ok()) {
        const QString id = body.value(u"messages"_s).toArray().at(0).toObject().value(u"id"_s).toString();
        if (!id.isEmpty())
            return make(SendOutcome::Kind::Sent, {}, {}, id);
        return make(SendOutcome::Kind::Unknown, QString::number(reply.status), u"whatsapp accepted the request but named no message"_s);
    }
    const QJsonObject error = body.value(u"error"_s).toObject();
    const int code = error.value(u"code"_s).toInt();
    const QString details = error.value(u"error_data"_s).toObject().value(u"details"_s).toString();
    const QString detail = u"whatsapp %1 (#%2) %3"_s.arg(reply.status).arg(code).arg(details.isEmpty() ? error.value(u"message"_s).toString() : details);
    SendOutcome result = make(kindOf(code, reply.status), code ? QString::number(code) : QString::number(reply.status), detail);
    if (result.kind == SendOutcome::Kind::Temporary)
        if (const qint64 after = reply.headers.value("retry-after").toLongLong(); after > 0)
            result.retryAfterMs = after * 1000;
    return result;
}

bool stoppedMarketing(int code)
{
    return code == 131050;
}

bool signatureValid(const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body, const QByteArray &appSecret)
{
    if (appSecret.isEmpty())
        return false;
    QByteArray given;
    int seen = 0;
    for (const auto &[name, value] : headers)
        if (name.compare("x-hub-signature-256", Qt::CaseInsensitive) == 0) {
            given = value.trimmed();
            ++seen;
        }
    if (seen != 1 || !given.startsWith("sha256=") || given.contains(','))
        return false;
    return WebhookSignature::constantTimeEquals(given.mid(7).toLower(), digest::hmacSha256(appSecret, body).toHex());
}

Result<QList<Notification>> parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::ParseError, u"whatsapp.bad_json"_s, u"the body is not a JSON object"_s);
    const QJsonObject root = document.object();
    if (root.value(u"object"_s).toString() != u"whatsapp_business_account")
        return fail(ErrorCode::InvalidArgument, u"whatsapp.not_whatsapp"_s, u"\"object\" is not whatsapp_business_account"_s);
    QList<Notification> notifications;
    for (const QJsonValue &entry : root.value(u"entry"_s).toArray()) {
        for (const QJsonValue &change : entry.toObject().value(u"changes"_s).toArray()) {
            if (change.toObject().value(u"field"_s).toString() != u"messages")
                continue; // template reviews, quality: not ours to act on here
            const QJsonObject value = change.toObject().value(u"value"_s).toObject();
            Notification notification;
            notification.phoneNumberId = value.value(u"metadata"_s).toObject().value(u"phone_number_id"_s).toString();
            for (const QJsonValue &item : value.value(u"statuses"_s).toArray()) {
                const QJsonObject status = item.toObject();
                StatusReport report;
                report.wamid = status.value(u"id"_s).toString();
                report.status = status.value(u"status"_s).toString();
                report.recipient = status.value(u"recipient_id"_s).toString();
                report.at = fromUnixText(status.value(u"timestamp"_s));
                report.messageId = messageIdFrom(status.value(u"biz_opaque_callback_data"_s).toString());
                const QJsonObject first = status.value(u"errors"_s).toArray().at(0).toObject();
                report.errorCode = first.value(u"code"_s).toInt();
                report.errorTitle = first.value(u"title"_s).toString();
                if (!report.wamid.isEmpty() && !report.status.isEmpty())
                    notification.statuses.append(report);
            }
            for (const QJsonValue &item : value.value(u"messages"_s).toArray()) {
                const QJsonObject message = item.toObject();
                // What the shopper said: typed text, a template's quick-reply button
                // ("Stop promotions"), or an interactive reply's title.
                const QJsonObject interactive = message.value(u"interactive"_s).toObject();
                QString said = message.value(u"text"_s).toObject().value(u"body"_s).toString();
                if (said.isEmpty())
                    said = message.value(u"button"_s).toObject().value(u"text"_s).toString();
                if (said.isEmpty())
                    said = interactive.value(u"button_reply"_s).toObject().value(u"title"_s).toString();
                if (said.isEmpty())
                    said = interactive.value(u"list_reply"_s).toObject().value(u"title"_s).toString();
                Inbound inbound{message.value(u"from"_s).toString(), fromUnixText(message.value(u"timestamp"_s)), said};
                if (!inbound.from.isEmpty())
                    notification.inbound.append(inbound);
            }
            notifications.append(notification);
        }
    }
    return notifications;
}

QString callbackData(qint64 messageId)
{
    return u"nomo:message:%1"_s.arg(messageId);
}

qint64 messageIdFrom(const QString &callbackData)
{
    static const QString kPrefix = u"nomo:message:"_s;
    return callbackData.startsWith(kPrefix) ? callbackData.mid(kPrefix.size()).toLongLong() : 0;
}

} // namespace nomo::whatsapp
