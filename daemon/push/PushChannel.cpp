#include "push/PushChannel.h"

#include "outbound/OutboundCaller.h"
#include "push/WebPushCrypto.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace nomo {

PushChannel::PushChannel(OutboundCaller &caller, QString contact)
    : m_caller(caller)
    , m_contact(std::move(contact))
{
}

SendOutcome PushChannel::outcome(const OutboundReply &reply)
{
    using Kind = SendOutcome::Kind;
    const QString code = QString::number(reply.status);
    if (reply.status == 0) // a resend carries the same Topic: it replaces, it does not add
        return SendOutcome::make(Kind::Temporary, {}, u"push service: "_s + reply.networkError);
    if (reply.ok())
        return SendOutcome::make(Kind::Sent, code, {}, QString::fromUtf8(reply.headers.value("location")));
    const QString detail = u"push service %1: %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body.left(200)));
    if (reply.status == 404 || reply.status == 410)
        return SendOutcome::make(Kind::Rejected, code, u"the subscription is gone (%1)"_s.arg(reply.status));
    if (reply.status == 413)
        return SendOutcome::make(Kind::Rejected, code, detail);
    if (reply.status == 429 || reply.status >= 500) {
        SendOutcome later = SendOutcome::make(Kind::Temporary, code, detail);
        if (const qint64 after = reply.headers.value("retry-after").toLongLong(); after > 0)
            later.retryAfterMs = after * 1000;
        return later;
    }
    return SendOutcome::make(Kind::Configuration, code, detail); // 400, 401, 403: our request or VAPID
}

void PushChannel::send(const Message &message, const Envelope &envelope, std::function<void(SendOutcome)> done)
{
    using Kind = SendOutcome::Kind;
    const QJsonObject target = envelope.channelData;
    const QUrl endpoint(target.value(u"endpoint"_s).toString());
    if (!endpoint.isValid() || (endpoint.scheme() != u"https" && endpoint.scheme() != u"http"))
        return done(SendOutcome::make(Kind::Rejected, {}, u"the subscription has no usable endpoint"_s));
    const bool arabic = message.language != u"en";
    const QJsonObject stored = QJsonDocument::fromJson(message.payload.toUtf8()).object();
    const QJsonObject notification{{u"title"_s, message.subject},
                                   {u"body"_s, message.bodyText},
                                   {u"url"_s, stored.value(u"url"_s).toString()},
                                   {u"lang"_s, message.language},
                                   {u"dir"_s, arabic ? u"rtl"_s : u"ltr"_s},
                                   {u"tag"_s, u"nomo-%1"_s.arg(message.id)}};
    const QByteArray plaintext = QJsonDocument(notification).toJson(QJsonDocument::Compact);
    if (plaintext.size() > webpush::kMaxPlaintext)
        return done(SendOutcome::make(Kind::Rejected, {}, u"the notification is longer than one push record"_s));
    auto body = webpush::encrypt(plaintext, webpush::fromBase64Url(target.value(u"p256dh"_s).toString().toLatin1()),
                                 webpush::fromBase64Url(target.value(u"auth"_s).toString().toLatin1()));
    if (!body)
        return done(SendOutcome::make(Kind::Rejected, {}, u"the subscription's keys do not work: "_s + body.error().detail));
    const webpush::KeyPair vapid{webpush::fromBase64Url(target.value(u"vapid_private"_s).toString().toLatin1()),
                                 webpush::fromBase64Url(target.value(u"vapid_public"_s).toString().toLatin1())};
    const QString audience = endpoint.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    auto authorization = webpush::vapidAuthorization(vapid, audience, QDateTime::currentSecsSinceEpoch() + 12 * 3600, m_contact);
    if (!authorization)
        return done(SendOutcome::make(Kind::Configuration, {}, u"VAPID: "_s + authorization.error().detail));

    OutboundRequest request;
    request.method = "POST";
    request.url = endpoint;
    request.body = *body;
    request.contentType = "application/octet-stream";
    // A Topic is at most 32 base64url characters: one per cart (a later reminder replaces
    // the first) or per message.
    const QByteArray topic = message.cartId ? QByteArray("cart-" + QByteArray::number(*message.cartId))
                                            : QByteArray("msg-" + QByteArray::number(message.id));
    request.headers = {{"Authorization", *authorization}, {"Content-Encoding", "aes128gcm"}, {"TTL", "86400"},
                       {"Urgency", message.automation == u"order_update" ? "high" : "normal"}, {"Topic", topic}};
    request.timeoutMs = 15 * 1000;
    request.purpose = u"web push"_s;
    m_caller.send(std::move(request), [done = std::move(done)](const OutboundReply &reply) { done(outcome(reply)); });
}

} // namespace nomo
