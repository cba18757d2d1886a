#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace nomo {

// One message to one shopper by one channel (a row of `messages`, 0012_messages.sql).
struct Message
{
    qint64 id = 0;
    QString automation; // messages/MessageTemplate.h automations::
    QString channel;
    QString language = QStringLiteral("ar");
    bool marketing = true;
    std::optional<qint64> customerId;
    std::optional<qint64> cartId;
    std::optional<qint64> orderId;
    std::optional<qint64> couponId;
    std::optional<qint64> broadcastId;
    QString recipient;
    int step = 0;
    QString status = QStringLiteral("scheduled"); // scheduled sending sent delivered read failed cancelled skipped unknown
    QDateTime dueAt;
    QString idempotencyKey;
    QString subject;  // as composed for the first attempt (empty until then)
    QString bodyText;
    QString bodyHtml;
    QString payload; // the channel's own part, JSON (WhatsApp: template, language, body values, button)
    int attempts = 0;
    QString provider;
    QString providerMessageId;
    QString reason;
    QDateTime createdAt;
    QDateTime sentAt;
    QDateTime deliveredAt;
    QDateTime openedAt;
    QDateTime clickedAt;
    QDateTime updatedAt;

    bool composed() const { return !bodyText.isEmpty(); }
    // Waiting or under way: a purchase may still cancel it.
    bool pending() const { return status == u"scheduled" || status == u"sending"; }
};

// One try of a message, as the provider answered it.
struct MessageAttempt
{
    QString outcome; // sent | temporary | rejected | configuration | unknown
    QString provider;
    QString code;
    QString detail;
    QDateTime startedAt;
    QDateTime finishedAt;
};

} // namespace nomo
