#include "console/TemplatesController.h"

#include "http/HttpErrors.h"
#include "http/Parameters.h"
#include "json/DomainJson.h"
#include "logging/Logging.h"
#include "messages/DefaultTemplates.h"
#include "messages/MessageComposer.h"
#include "repositories/TemplateRepository.h"

#include <QHttpServerRequest>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
constexpr qsizetype kMaxText = 8000; // an email body of a page or two; SMS and push are far shorter

// A template the gallery has: six automations, three channels, two languages.
bool known(const QString &automation, const QString &channel, const QString &language)
{
    return !defaultTemplate(automation, channel, language).body.isEmpty();
}

http::Answer problemsAnswer(const QList<TemplateFieldProblem> &problems)
{
    QJsonArray list;
    for (const TemplateFieldProblem &p : problems)
        list.append(QJsonObject{{u"field"_s, p.field},
                                {u"key"_s, p.problem.key},
                                {u"name"_s, p.problem.name},
                                {u"line"_s, p.problem.line},
                                {u"column"_s, p.problem.column},
                                {u"message"_s, p.problem.detail}});
    return http::Answer::json({{u"error"_s, QJsonObject{{u"code"_s, u"validation_failed"_s},
                                                        {u"message"_s, u"the template has problems; see problems"_s},
                                                        {u"field"_s, problems.constFirst().field},
                                                        {u"problems"_s, list}}}},
                              422);
}
} // namespace

void TemplatesController::install(http::Routes &routes)
{
    routes.add({"GET", u"/api/v1/templates"_s, http::Access::Console, false, u"Every message template the store sends"_s},
               [this](const http::RequestContext &context) {
                   auto all = TemplateRepository(db(), TenantContext(context.caller->merchantId), m_clock).all();
                   if (!all)
                       return errorResponse(all.error());
                   QJsonArray items;
                   for (const MessageTemplate &tmpl : std::as_const(*all))
                       items.append(toJson(tmpl));
                   return http::jsonResponse({{u"templates"_s, items}});
               });
    routes.addMutation({"PUT", u"/api/v1/templates/{automation}/{channel}/{language}"_s, http::Access::Console, true,
                        u"Save the store's own version of a template"_s},
                       [this](const http::RequestContext &context) { return put(context); });
    routes.addMutation({"DELETE", u"/api/v1/templates/{automation}/{channel}/{language}"_s, http::Access::Console, true,
                        u"Go back to the gallery's template"_s},
                       [this](const http::RequestContext &context) { return remove(context); });
}

http::Answer TemplatesController::put(const http::RequestContext &context) const
{
    using http::Answer;
    const QString automation = context.args.value(0), channel = context.args.value(1), language = context.args.value(2);
    if (!known(automation, channel, language))
        return Answer::error(Error{ErrorCode::NotFound, u"templates.unknown"_s,
                                   u"there is no %1 template for %2 in %3"_s.arg(channel, automation, language)});
    const auto seen = http::requiredVersion(context.request); // 0: the gallery's
    if (const auto *answer = std::get_if<Answer>(&seen))
        return *answer;
    const std::optional<qint64> version = std::get<qint64>(seen);
    auto body = parseJsonObject(context.request.body(), m_limits);
    if (!body)
        return Answer::error(body.error());
    MessageTemplate tmpl = defaultTemplate(automation, channel, language);
    for (const QString &field : {u"subject"_s, u"body"_s, u"action"_s}) {
        const QJsonValue value = body->value(field);
        if (value.isUndefined())
            continue;
        if (!value.isString())
            return Answer::error(http::fieldError(ErrorCode::InvalidArgument, u"templates.text"_s, field, u"expected a text"_s));
        if (value.toString().size() > kMaxText)
            return Answer::error(http::fieldError(ErrorCode::InvalidArgument, u"templates.too_long"_s, field,
                                                  u"at most %1 characters"_s.arg(kMaxText)));
        (field == u"subject" ? tmpl.subject : field == u"body" ? tmpl.body : tmpl.action) = value.toString();
    }
    if (const auto problems = MessageComposer::check(tmpl); !problems.isEmpty())
        return problemsAnswer(problems);
    TemplateRepository repository(db(), TenantContext(context.caller->merchantId), m_clock);
    auto saved = repository.save(tmpl, *version);
    if (!saved && saved.error().code == ErrorCode::Conflict) {
        auto current = repository.effective(automation, channel, language);
        if (!current)
            return Answer::error(current.error());
        QJsonObject conflict = errorObject(saved.error());
        conflict.insert(u"current"_s, toJson(*current));
        Answer answer = Answer::json(conflict, 409);
        answer.headers = {{"ETag", http::etagOf(current->version)}};
        return answer;
    }
    if (!saved)
        return Answer::error(saved.error());
    qCInfo(lcConsoleApi) << "store" << context.caller->merchantId << "saved template" << tmpl.key() << "version" << saved->version;
    Answer answer = Answer::json(toJson(*saved));
    answer.headers = {{"ETag", http::etagOf(saved->version)}};
    return answer;
}

http::Answer TemplatesController::remove(const http::RequestContext &context) const
{
    const QString automation = context.args.value(0), channel = context.args.value(1), language = context.args.value(2);
    if (!known(automation, channel, language))
        return http::Answer::error(Error{ErrorCode::NotFound, u"templates.unknown"_s,
                                         u"there is no %1 template for %2 in %3"_s.arg(channel, automation, language)});
    auto gallery = TemplateRepository(db(), TenantContext(context.caller->merchantId), m_clock).reset(automation, channel, language);
    if (!gallery)
        return http::Answer::error(gallery.error());
    return http::Answer::json(toJson(*gallery));
}

} // namespace nomo
