#pragma once

#include "messages/Channel.h"
#include "outbound/OutboundCall.h"

#include <QString>
#include <QUrl>

namespace nomo::sms {

// A store's account with a Saudi SMS gateway (providers/REFERENCE.md §2): the
// provider, its registered sender name (promotional senders end in -AD), the key,
// and for Msegat the user name. The base URL is the daemon's (sms.<provider>_url),
// so tests and the demo point it at the loopback double.
struct Account
{
    QString provider; // unifonic | msegat | taqnyat
    QString sender;
    QString apiKey;
    QString username; // msegat
    QUrl baseUrl;

    static bool known(const QString &provider);
};

// The one request that sends `body` to `to` (9665… digits) — exactly the shape each
// gateway documents: Unifonic's form (AppSid, SenderID, Recipient, Body, responseType,
// CorrelationID, MessageType 5 promotional / 3 service), Msegat's JSON (userName,
// apiKey, numbers, userSender, msg, msgEncoding UTF8), Taqnyat's JSON with a bearer
// token (recipients, body, sender). `correlationId` is our message's, where the
// gateway keeps one (Unifonic); none of them takes an idempotency key.
OutboundRequest request(const Account &account, const QString &to, const QString &body, const QString &correlationId,
                        bool promotional);

// What the gateway's answer means for the message: sent (with its id), a refusal for
// good (a bad number, an empty or too long body), ours to fix (a wrong key or sender
// name, no balance), try again later (429, 5xx), or unknown (no answer after the
// request went out: it may have been sent, and no gateway here dedupes a repeat).
SendOutcome outcome(const QString &provider, const OutboundReply &reply);

} // namespace nomo::sms
