#pragma once

#include "core/Result.h"
#include "messages/Channel.h"
#include "outbound/OutboundCall.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace nomo::whatsapp {

// A store's WhatsApp Business number on Meta's Cloud API (providers/REFERENCE.md §1):
// the phone number's id and the system user's token (sealed), at the daemon's Graph
// base URL and version (whatsapp.graph_url, whatsapp.api_version), so tests and the
// demo point it at the loopback double.
struct Account
{
    QUrl graphUrl;
    QString version; // v23.0
    QString phoneNumberId;
    QString token;
};

// POST /{version}/{phone-number-id}/messages with an approved template: its name and
// language, the body's values in order, and the link button's value when it has one
// (`payload` as MessageSender keeps it). `callback` comes back in the status webhooks
// (biz_opaque_callback_data): our message's id.
OutboundRequest templateRequest(const Account &account, const QString &to, const QJsonObject &payload, const QString &callback);
// Free-form text: only inside the shopper's 24-hour window.
OutboundRequest textRequest(const Account &account, const QString &to, const QString &text, const QString &callback);

// What Meta's answer means: sent (with the wamid), refused for good (not on WhatsApp,
// stopped marketing, outside the window), ours to fix (template missing or its values
// wrong, token expired, permissions, account locked), try again later (throughput and
// pair limits, 5xx), or unknown (no answer after the request went out: no idempotency
// key exists, so no blind retry). Keyed on the error's code, not the HTTP status.
SendOutcome outcome(const OutboundReply &reply);
// The same codes as they come in a `failed` status: whether the shopper turned
// marketing off (131050), so the store stops asking.
bool stoppedMarketing(int code);

// `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret, raw body)>`, compared in
// constant time; a missing or repeated header never verifies.
bool signatureValid(const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body, const QByteArray &appSecret);

// The parts of a webhook's `messages` change that matter here.
struct StatusReport
{
    QString wamid;
    QString status; // sent | delivered | read | failed
    QString recipient;
    QDateTime at;
    qint64 messageId = 0; // from biz_opaque_callback_data when it is ours
    int errorCode = 0;
    QString errorTitle;
};
struct Inbound
{
    QString from; // the shopper's number, digits
    QDateTime at;
    QString text; // a text message's body (empty for other kinds)
};
struct Notification
{
    QString phoneNumberId; // the store's number it concerns
    QList<StatusReport> statuses;
    QList<Inbound> inbound;
};
// The webhook's body, or an error when it is not WhatsApp's shape.
Result<QList<Notification>> parse(const QByteArray &body);

// "nomo:message:42" and back: how our id rides in biz_opaque_callback_data.
QString callbackData(qint64 messageId);
qint64 messageIdFrom(const QString &callbackData);

} // namespace nomo::whatsapp
