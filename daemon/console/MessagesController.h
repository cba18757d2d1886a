#pragma once

#include "console/ConsoleController.h"

namespace nomo {

// GET /api/v1/messages: the store's message log, newest first — each message's
// automation, channel, recipient, status with its reason, attempts, and when it was
// sent, opened and clicked, and the order that followed. No texts: they are the
// templates', composed.
class MessagesController : public ConsoleController
{
    Q_OBJECT

public:
    using ConsoleController::ConsoleController;
    void install(http::Routes &routes) override;
};

} // namespace nomo
