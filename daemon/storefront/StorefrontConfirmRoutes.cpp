// StorefrontRoutes' double opt-in (its own file: the sign-up that waits, the email that
// asks and the page that confirms belong together and apart from the visits).
//
// Why the link opens a page with a button instead of confirming on GET: mail scanners
// and link previews fetch every link in an email; a GET that confirmed would put on the
// list addresses whose owners never saw the message, which is what double opt-in exists
// to prevent.
#include "storefront/StorefrontRoutes.h"

#include "db/Database.h"
#include "http/HtmlPage.h"
#include "http/HttpErrors.h"
#include "http/Routes.h"
#include "jobs/Subscriptions.h"
#include "logging/Logging.h"
#include "messages/MessageOutbox.h"
#include "messages/MessageTemplate.h"
#include "repositories/ConsentRepository.h"
#include "repositories/MerchantRepository.h"
#include "repositories/MessageRepository.h"
#include "repositories/SubscriberConfirmationRepository.h"
#include "repositories/SubscriberRepository.h"

#include <QHttpServerRequest>
#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
using StatusCode = QHttpServerResponse::StatusCode;

QString isolated(const QString &text)
{
    return u"\u2068"_s + text.toHtmlEscaped() + u"\u2069"_s;
}

QHttpServerResponse page(bool arabic, const QString &title, const QString &body, StatusCode status = StatusCode::Ok)
{
    QHttpServerResponse response = http::htmlPage(http::pageDocument(arabic, title, body), status);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    return response;
}

QHttpServerResponse goneLink()
{
    // The token says nothing about a store or its language: both languages.
    return page(true, u"هذا الرابط غير صالح"_s,
                u"<p>انتهت صلاحية رابط التأكيد أو لم يعد موجودًا. اشترك من جديد من صفحة المتجر.</p>"
                "<p lang=\"en\" dir=\"ltr\">This confirmation link has expired or no longer exists. Sign up again on the store's page.</p>"_s,
                StatusCode::NotFound);
}

QString storeName(const QSqlDatabase &db, qint64 merchantId, const Clock &clock)
{
    auto merchant = MerchantRepository(db, clock).find(merchantId);
    if (!merchant || !*merchant)
        return {};
    return (*merchant)->name.isEmpty() ? (*merchant)->username : (*merchant)->name;
}
} // namespace

Status StorefrontRoutes::requestConfirmation(const QSqlDatabase &db, qint64 merchantId, const SubscriberConfirmationRepository::SignUp &signUp)
{
    const TenantContext tenant(merchantId);
    auto transaction = db::Transaction::begin(db);
    if (!transaction)
        return fail(transaction.error());
    auto requested = SubscriberConfirmationRepository(db, tenant, m_clock).request(signUp);
    if (!requested)
        return fail(requested.error());
    if (requested->send) {
        Message message;
        message.automation = QString::fromUtf16(automations::kConfirmSubscription);
        message.channel = u"email"_s;
        message.language = signUp.subscriber.language == u"en" ? u"en"_s : u"ar"_s;
        message.marketing = false;
        message.recipient = ConsentRepository::normalize(u"email"_s, signUp.subscriber.email);
        message.dueAt = m_clock.nowUtc();
        message.idempotencyKey = u"confirm_subscription:%1"_s.arg(requested->id);
        auto scheduled = MessageOutbox(db, tenant, m_clock).schedule(message);
        if (!scheduled)
            return fail(scheduled.error());
        if (auto linked = SubscriberConfirmationRepository(db, tenant, m_clock).setMessage(requested->id, scheduled->id); !linked)
            return fail(linked.error());
    }
    if (auto done = transaction->commit(); !done)
        return fail(done.error());
    qCInfo(lcStorefront) << "store" << merchantId << "has a sign-up to confirm" << requested->id << (requested->send ? "(email due)" : "");
    return {};
}

void StorefrontRoutes::installConfirm(http::Routes &routes)
{
    using http::Access;
    routes.add({"GET", u"/c/{token}"_s, Access::Public, false, u"A double opt-in's confirmation page (the email's button)"_s},
               [this](const http::RequestContext &context) {
                   const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
                   auto pending = SubscriberConfirmationRepository::resolve(db, context.args.value(0), m_clock);
                   if (!pending)
                       return errorResponse(pending.error());
                   if (!*pending)
                       return goneLink();
                   const bool ar = (*pending)->signUp.subscriber.language != u"en";
                   const QString store = storeName(db, (*pending)->merchantId, m_clock);
                   const QString email = (*pending)->signUp.subscriber.email;
                   if ((*pending)->confirmed)
                       return page(ar, ar ? u"اشتراكك مؤكَّد"_s : u"You are subscribed"_s,
                                   ar ? u"<p class=\"done\">%1 في قائمة «%2» بالفعل.</p>"_s.arg(isolated(email), isolated(store))
                                      : u"<p class=\"done\">%1 is already on %2's list.</p>"_s.arg(email.toHtmlEscaped(), store.toHtmlEscaped()));
                   const QString body = ar
                       ? u"<p>اضغط الزر لتأكيد اشتراك %1 في رسائل «%2».</p>"
                         "<form method=\"post\"><button type=\"submit\">تأكيد الاشتراك</button></form>"_s.arg(isolated(email), isolated(store))
                       : u"<p>Press the button to confirm that %1 joins %2's list.</p>"
                         "<form method=\"post\"><button type=\"submit\">Confirm my subscription</button></form>"_s.arg(email.toHtmlEscaped(),
                                                                                                                      store.toHtmlEscaped());
                   return page(ar, ar ? u"تأكيد الاشتراك"_s : u"Confirm your subscription"_s, body);
               });
    routes.add({"POST", u"/c/{token}"_s, Access::Public, false, u"A double opt-in confirmed: the shopper joins the list"_s},
               [this](const http::RequestContext &context) {
                   const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
                   const QString token = context.args.value(0);
                   auto pending = SubscriberConfirmationRepository::resolve(db, token, m_clock);
                   if (!pending)
                       return errorResponse(pending.error());
                   if (!*pending)
                       return goneLink();
                   const qint64 merchantId = (*pending)->merchantId;
                   auto confirmed = SubscriberConfirmationRepository(db, TenantContext(merchantId), m_clock)
                                        .confirm(token, m_subscriptions.of(QString::fromUtf16(domain_events::kSubscriberCreated)));
                   if (!confirmed) {
                       if (confirmed.error().code == ErrorCode::NotFound)
                           return goneLink();
                       qCWarning(lcStorefront).noquote() << "a confirmation was not recorded:" << confirmed.error().toString();
                       return errorResponse(confirmed.error());
                   }
                   if (!confirmed->already)
                       qCInfo(lcStorefront) << "store" << merchantId << "has a confirmed subscriber" << confirmed->subscriberId;
                   const bool ar = (*pending)->signUp.subscriber.language != u"en";
                   const QString store = storeName(db, merchantId, m_clock);
                   return page(ar, ar ? u"تم تأكيد اشتراكك"_s : u"Your subscription is confirmed"_s,
                               ar ? u"<p class=\"done\">شكرًا! أصبحت في قائمة «%1»، وستصلك رسائله الجديدة.</p>"_s.arg(isolated(store))
                                  : u"<p class=\"done\">Thank you! You are on %1's list and will hear from it.</p>"_s.arg(store.toHtmlEscaped()));
               });
}

} // namespace nomo
