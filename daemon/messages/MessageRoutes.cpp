#include "messages/MessageRoutes.h"

#include "http/HtmlPage.h"
#include "http/Routes.h"
#include "logging/Logging.h"
#include "repositories/ConsentRepository.h"
#include "repositories/MerchantRepository.h"
#include "repositories/MessageLinkRepository.h"
#include "repositories/MessageRepository.h"

#include <QHttpServerRequest>
#include <QSqlDatabase>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using StatusCode = QHttpServerResponse::StatusCode;

namespace nomo {

namespace {
// A transparent 1×1 GIF (43 bytes).
const QByteArray &pixel()
{
    static const QByteArray gif = QByteArray::fromBase64("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
    return gif;
}

QHttpServerResponse noStore(QHttpServerResponse response)
{
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Content-Type-Options", "nosniff");
    return response;
}

QByteArray page(bool arabic, const QString &title, const QString &body)
{
    return http::pageDocument(arabic, title, body);
}

QByteArray goneLinkPage()
{
    // The token says nothing about a store: both languages.
    return page(true, u"هذا الرابط غير صالح"_s,
                u"<p>انتهت صلاحية هذا الرابط أو لم يعد موجودًا.</p><p lang=\"en\" dir=\"ltr\">This link is no longer valid.</p>"_s);
}

struct Resolved
{
    MessageLink link;
    Message message;
    QString storeName;
};

std::optional<Resolved> resolve(const QSqlDatabase &db, const QString &token, const QString &kind, const Clock &clock)
{
    auto link = MessageLinkRepository::resolve(db, token);
    if (!link || !*link || (*link)->kind != kind)
        return std::nullopt;
    const TenantContext tenant((*link)->merchantId);
    auto message = MessageRepository(db, tenant, clock).find((*link)->messageId);
    if (!message)
        return std::nullopt;
    Resolved resolved{**link, *message, {}};
    if (auto merchant = MerchantRepository(db, clock).find((*link)->merchantId); merchant && *merchant)
        resolved.storeName = (*merchant)->name.isEmpty() ? (*merchant)->username : (*merchant)->name;
    return resolved;
}

QString isolated(const QString &text)
{
    return u"\u2068"_s + text.toHtmlEscaped() + u"\u2069"_s;
}
} // namespace

MessageRoutes::MessageRoutes(QString connectionName, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connectionName))
    , m_clock(clock)
{
}

void MessageRoutes::install(http::Routes &routes)
{
    using http::Access;
    routes.add({"GET", u"/r/{token}"_s, Access::Public, false, u"A tracked link in a sent message"_s},
               [this](const http::RequestContext &context) {
                   const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
                   const auto found = resolve(db, context.args.value(0), u"click"_s, m_clock);
                   if (!found)
                       return http::htmlPage(goneLinkPage(), StatusCode::NotFound);
                   const TenantContext tenant(found->link.merchantId);
                   (void)MessageLinkRepository(db, tenant, m_clock).hit(context.args.value(0));
                   if (auto clicked = MessageRepository(db, tenant, m_clock).recordClick(found->message.id); !clicked)
                       qCWarning(lcMessages).noquote() << "a click was not recorded:" << clicked.error().toString();
                   QHttpServerResponse response(StatusCode::Found);
                   response.setHeader("Location", found->link.url.toUtf8());
                   return noStore(std::move(response));
               });
    routes.add({"GET", u"/o/{token}"_s, Access::Public, false, u"The open pixel of a sent email"_s},
               [this](const http::RequestContext &context) {
                   const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
                   const auto found = resolve(db, context.args.value(0), u"open"_s, m_clock);
                   if (!found)
                       return noStore(QHttpServerResponse(StatusCode::NotFound));
                   const TenantContext tenant(found->link.merchantId);
                   (void)MessageLinkRepository(db, tenant, m_clock).hit(context.args.value(0));
                   (void)MessageRepository(db, tenant, m_clock).recordOpen(found->message.id);
                   return noStore(QHttpServerResponse("image/gif", pixel()));
               });
    routes.add({"GET", u"/u/{token}"_s, Access::Public, false, u"The unsubscribe page of a sent message"_s},
               [this](const http::RequestContext &context) {
                   const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
                   const auto found = resolve(db, context.args.value(0), u"unsubscribe"_s, m_clock);
                   if (!found)
                       return http::htmlPage(goneLinkPage(), StatusCode::NotFound);
                   const bool ar = found->message.language != u"en";
                   const QString body = ar
                       ? u"<p>ستتوقف رسائل «%1» التسويقية إلى %2. ستصلك رسائل طلباتك كما هي.</p>"
                         "<form method=\"post\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                         "<button type=\"submit\">إلغاء الاشتراك</button></form>"_s.arg(isolated(found->storeName), isolated(found->message.recipient))
                       : u"<p>%1 will stop sending marketing messages to %2. Messages about your orders still arrive.</p>"
                         "<form method=\"post\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                         "<button type=\"submit\">Unsubscribe</button></form>"_s.arg(found->storeName.toHtmlEscaped(), found->message.recipient.toHtmlEscaped());
                   return http::htmlPage(page(ar, ar ? u"إلغاء الاشتراك"_s : u"Unsubscribe"_s, body));
               });
    routes.add({"POST", u"/u/{token}"_s, Access::Public, false, u"Unsubscribe: the page's button and RFC 8058's one-click POST"_s},
               [this](const http::RequestContext &context) {
                   const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
                   const auto found = resolve(db, context.args.value(0), u"unsubscribe"_s, m_clock);
                   if (!found)
                       return http::htmlPage(goneLinkPage(), StatusCode::NotFound);
                   // RFC 8058: the body is List-Unsubscribe=One-Click (form-encoded or multipart).
                   const QByteArray body = context.request.body();
                   const bool oneClick = body.contains("List-Unsubscribe=One-Click") || body.contains("One-Click");
                   if (!oneClick)
                       return http::htmlPage(goneLinkPage(), StatusCode::BadRequest);
                   const TenantContext tenant(found->link.merchantId);
                   const bool mailClient = !context.request.value("Origin").size() && !context.request.value("Referer").size()
                                           && context.request.value("Content-Type").startsWith("application/x-www-form-urlencoded")
                                           && body.trimmed() == "List-Unsubscribe=One-Click";
                   auto withdrawn = ConsentRepository(db, tenant, m_clock)
                                        .set(found->message.channel, found->message.recipient, false,
                                             mailClient ? u"one_click_unsubscribe"_s : u"unsubscribe_page"_s,
                                             u"List-Unsubscribe"_s);
                   if (!withdrawn) {
                       qCWarning(lcMessages).noquote() << "an unsubscribe was not recorded:" << withdrawn.error().toString();
                       return http::htmlPage(goneLinkPage(), StatusCode::ServiceUnavailable);
                   }
                   (void)MessageLinkRepository(db, tenant, m_clock).hit(context.args.value(0));
                   qCInfo(lcMessages) << "message" << found->message.id << "of store" << found->link.merchantId << "unsubscribed its recipient";
                   const bool ar = found->message.language != u"en";
                   return http::htmlPage(page(ar, ar ? u"تم إلغاء الاشتراك"_s : u"You are unsubscribed"_s,
                                              ar ? u"<p class=\"done\">لن تصلك رسائل «%1» التسويقية بعد الآن.</p>"_s.arg(isolated(found->storeName))
                                                 : u"<p class=\"done\">%1 will not send you marketing messages any more.</p>"_s.arg(found->storeName.toHtmlEscaped())));
               });
}

} // namespace nomo
