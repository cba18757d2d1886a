#pragma once

#include "domain/Message.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace nomo {

// What a provider said to one send.
struct SendOutcome
{
    enum class Kind {
        Sent,
        Temporary,     // try again later (a 5xx, a timeout, a 429)
        Rejected,      // never for this message (a bad address, an unsubscribed number)
        Configuration, // the store's or the daemon's set-up is wrong: nothing passes until fixed
        Unknown,       // no answer after the request went out: it may have been sent
    };
    Kind kind = Kind::Sent;
    QString code;   // the provider's own code, as text
    QString detail; // for the attempt's row and the log; never the message's text
    QString providerMessageId;
    std::optional<qint64> retryAfterMs;

    // sent | temporary | rejected | configuration | unknown: the attempt rows', the
    // metrics' and the console API's word for it.
    static QString name(Kind kind);
    // An outcome in one line, as every provider's answer mapping writes it.
    static SendOutcome make(Kind kind, const QString &code, const QString &detail, const QString &providerMessageId = {});
};

// One way of reaching a shopper (email here; SMS, WhatsApp and push next to it). A
// channel sends a composed message and says what happened; the outbox
// (MessageSender) decides what that means for the message.
class Channel
{
public:
    virtual ~Channel() = default;
    virtual QString provider() const = 0; // "smtp", "unifonic", …
    // Whether the channel can send at all here (a relay or provider configured).
    virtual bool ready() const = 0;
    // An id of ours the provider carries for the message's life (email: its
    // Message-ID), fixed before the first attempt; empty when the channel has none.
    virtual QString newMessageId() const { return {}; }
    struct Envelope
    {
        QString storeName;
        QString storeEmail;     // replies go to the store
        QString unsubscribeUrl; // marketing: the message's own one-click link
        QJsonObject settings;   // the notifications tool's settings, defaults filled in
        QString secret;         // the channel's sealed key for this store, opened (empty: none)
        bool replyWindowOpen = false; // WhatsApp: the shopper wrote within 24 hours (free-form text allowed)
        QJsonObject channelData;      // push: the subscription (endpoint, p256dh, auth) and the VAPID key
    };
    virtual void send(const Message &message, const Envelope &envelope, std::function<void(SendOutcome)> done) = 0;
};

} // namespace nomo
