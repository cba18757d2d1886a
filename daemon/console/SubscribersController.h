#pragma once

#include "console/ConsoleController.h"

namespace nomo {

// DELETE /api/v1/subscribers/{id}: the merchant deletes a shopper from the list at the
// shopper's request (PDPL), with what the store kept about them
// (SubscriberRepository::erase). The list itself reaches the console on the change feed.
class SubscribersController : public ConsoleController
{
    Q_OBJECT

public:
    using ConsoleController::ConsoleController;
    void install(http::Routes &routes) override;

private:
    http::Answer erase(const http::RequestContext &context) const;
};

} // namespace nomo
