#include "console/MessagesController.h"

#include "http/DeferredReply.h"
#include "http/HttpErrors.h"
#include "messages/DefaultTemplates.h"
#include "messages/MessageSender.h"
#include "messages/Channel.h"
#include "http/Parameters.h"
#include "json/DomainJson.h"
#include "repositories/MessageRepository.h"

#include <QHttpServerRequest>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nomo {

MessagesController::MessagesController(QString connectionName, MessageSender &sender, JsonLimits limits, const Clock &clock,
                                       QObject *parent)
    : ConsoleController(std::move(connectionName), clock, parent)
    , m_sender(sender)
    , m_limits(limits)
    , m_tests(RateLimiter::Rule{10, 3600 * 1000})
{
}

void MessagesController::install(http::Routes &routes)
{
    routes.addAsync({"POST", u"/api/v1/messages/test"_s, http::Access::Console, false,
                     u"Send a test of a channel's set-up to the merchant, and the provider's answer"_s},
                    [this](const http::RequestContext &context, QHttpServerResponder &&responder) {
                        auto reply = std::make_shared<DeferredReply>(std::move(responder), context.requestId);
                        const auto answer = [reply](const http::Answer &a) { reply->write(a.status, "application/json", a.body); };
                        const qint64 store = context.caller->merchantId;
                        auto body = parseJsonObject(context.request.body(), m_limits);
                        if (!body)
                            return answer(http::Answer::error(body.error()));
                        const QString channel = body->value(u"channel"_s).toString();
                        const QString to = body->value(u"to"_s).toString().trimmed();
                        const QString automation = body->value(u"automation"_s).toString(u"abandoned_cart"_s);
                        const QString language = body->value(u"language"_s).toString(u"ar"_s);
                        if (channel != u"email" && channel != u"sms" && channel != u"whatsapp")
                            return answer(http::Answer::error(http::fieldError(ErrorCode::InvalidArgument, u"messages.channel"_s, u"channel"_s,
                                                                               u"email, sms or whatsapp"_s)));
                        if (to.isEmpty() || to.size() > 254 || (channel == u"email" && !to.contains(u'@')))
                            return answer(http::Answer::error(http::fieldError(ErrorCode::InvalidArgument, u"messages.to"_s, u"to"_s,
                                                                               u"an email address or a phone number"_s)));
                        if (defaultTemplate(automation, channel, language).body.isEmpty())
                            return answer(http::Answer::error(http::fieldError(ErrorCode::InvalidArgument, u"messages.automation"_s,
                                                                               u"automation"_s, u"no such template"_s)));
                        if (!m_tests.take(QString::number(store))) {
                            http::Answer limited = http::Answer::json({{u"error"_s, QJsonObject{{u"code"_s, u"rate_limited"_s},
                                                                                                {u"message"_s, u"ten tests an hour"_s}}}},
                                                                      429);
                            return answer(limited);
                        }
                        m_sender.sendTest(store, channel, to, automation, language, [answer](const SendOutcome &outcome) {
                            answer(http::Answer::json({{u"sent"_s, outcome.kind == SendOutcome::Kind::Sent},
                                                       {u"outcome"_s, SendOutcome::name(outcome.kind)},
                                                       {u"code"_s, outcome.code},
                                                       {u"detail"_s, outcome.detail},
                                                       {u"provider_message_id"_s, outcome.providerMessageId}}));
                        });
                    });
    routes.add({"GET", u"/api/v1/messages"_s, http::Access::Console, false, u"The store's message log, newest first"_s},
               [this](const http::RequestContext &context) {
                   auto limit = http::integerParameter(context.request.query(), u"limit"_s, 100, 1, 500);
                   if (!limit)
                       return errorResponse(limit.error());
                   auto recent = MessageRepository(db(), TenantContext(context.caller->merchantId), m_clock).recent(int(*limit));
                   if (!recent)
                       return errorResponse(recent.error());
                   QJsonArray items;
                   for (const Message &message : std::as_const(*recent))
                       items.append(toJson(message));
                   return http::jsonResponse({{u"messages"_s, items}});
               });
}

} // namespace nomo
