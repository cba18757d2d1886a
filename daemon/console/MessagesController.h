#pragma once

#include "console/ConsoleController.h"
#include "http/RateLimiter.h"
#include "json/JsonReader.h"

namespace nomo {

class MessageSender;

// GET /api/v1/messages: the store's message log, newest first — each message's
// automation, channel, recipient, status with its reason, attempts, and when it was
// sent, opened and clicked, and the order that followed. No texts: they are the
// templates', composed.
// POST /api/v1/messages/test: "send a test" of a channel's set-up to the merchant, and
// the provider's answer (ten an hour per store: a test is not a way to send).
class MessagesController : public ConsoleController
{
    Q_OBJECT

public:
    MessagesController(QString connectionName, MessageSender &sender, JsonLimits limits, const Clock &clock, QObject *parent);
    void install(http::Routes &routes) override;

private:
    MessageSender &m_sender;
    JsonLimits m_limits;
    RateLimiter m_tests;
};

} // namespace nomo
