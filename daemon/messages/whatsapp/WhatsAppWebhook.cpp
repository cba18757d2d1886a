#include "messages/whatsapp/WhatsAppWebhook.h"

#include "core/Time.h"
#include "db/Database.h"
#include "http/Answer.h"
#include "http/ClientAddress.h"
#include "http/HttpErrors.h"
#include "http/Routes.h"
#include "logging/Logging.h"
#include "messages/whatsapp/WhatsAppApi.h"
#include "repositories/ConsentRepository.h"
#include "repositories/FeatureRepository.h"
#include "repositories/FeatureSecretRepository.h"
#include "repositories/MerchantRepository.h"
#include "repositories/MessageRepository.h"
#include "repositories/WhatsAppWindowRepository.h"

#include <QHttpServerRequest>
#include <QSqlDatabase>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
using StatusCode = QHttpServerResponse::StatusCode;

// The store the address names, if it installed Nomo Flow; its notifications settings.
struct Store
{
    qint64 id = 0;
    QJsonObject settings;
};
std::optional<Store> storeOf(const QSqlDatabase &db, const QString &arg, const Clock &clock)
{
    bool ok = false;
    const qint64 id = arg.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    auto merchant = MerchantRepository(db, clock).find(id);
    if (!merchant || !*merchant)
        return std::nullopt;
    auto feature = FeatureRepository(db, TenantContext(id), clock).get(u"notifications"_s);
    return Store{id, feature ? feature->settings : QJsonObject()};
}
} // namespace

WhatsAppWebhook::WhatsAppWebhook(QString connectionName, const TokenCipher &cipher, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connectionName))
    , m_cipher(cipher)
    , m_clock(clock)
{
}

bool WhatsAppWebhook::isStopWord(const QString &text)
{
    QString word;
    for (const QChar c : text.toLower())
        if (c.isLetter() || c.isSpace())
            word += c;
    word = word.simplified();
    word.replace(u'أ', u'ا').replace(u'إ', u'ا').replace(u'آ', u'ا');
    static const QStringList kStop{u"stop"_s,  u"unsubscribe"_s, u"stop promotions"_s, u"ايقاف"_s,
                                   u"الغاء"_s, u"الغاء الاشتراك"_s, u"توقف"_s, u"ايقاف الرسائل"_s};
    return kStop.contains(word);
}

void WhatsAppWebhook::install(http::Routes &routes)
{
    using http::Access;
    routes.add({"GET", u"/webhooks/whatsapp/{store}"_s, Access::Public, false, u"WhatsApp's webhook subscription handshake"_s},
               [this](const http::RequestContext &context) {
                   const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
                   const auto store = storeOf(db, context.args.value(0), m_clock);
                   const QUrlQuery query(context.request.url());
                   // An unknown store answers as a wrong token does: no list of stores.
                   const QString expected = store ? store->settings.value(u"whatsapp_verify_token"_s).toString() : QString();
                   if (query.queryItemValue(u"hub.mode"_s) != u"subscribe" || expected.isEmpty()
                       || query.queryItemValue(u"hub.verify_token"_s, QUrl::FullyDecoded) != expected)
                       return errorResponse(StatusCode::Forbidden, u"forbidden"_s,
                                            u"hub.verify_token is not the store's WhatsApp verify token"_s);
                   return QHttpServerResponse("text/plain", query.queryItemValue(u"hub.challenge"_s, QUrl::FullyDecoded).toUtf8());
               });
    routes.add({"POST", u"/webhooks/whatsapp/{store}"_s, Access::Webhook, false, u"WhatsApp's signed statuses and shoppers' messages"_s},
               [this](const http::RequestContext &context) {
                   const QString client = http::requestClientText(context.request);
                   if (!m_refusals.has(client))
                       return errorResponse(StatusCode::TooManyRequests, u"rate_limited"_s, u"too many refused webhooks from this address"_s);
                   const auto refuse = [this, &client](const QString &why) {
                       (void)m_refusals.take(client);
                       qCInfo(lcMessages).noquote() << "refused a WhatsApp webhook from" << client << why;
                       // The same answer for a store that does not exist: no list of stores.
                       return errorResponse(StatusCode::Unauthorized, u"unauthorized"_s,
                                            u"X-Hub-Signature-256 does not match the store's WhatsApp app secret"_s);
                   };
                   const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
                   const auto store = storeOf(db, context.args.value(0), m_clock);
                   if (!store)
                       return refuse(u"(no such store)"_s);
                   const TenantContext tenant(store->id);
                   auto secret = FeatureSecretRepository(db, tenant, m_cipher).reveal(u"notifications"_s, u"whatsapp_app_secret"_s);
                   if (!secret)
                       return errorResponse(secret.error());
                   const QByteArray body = context.request.body();
                   QList<std::pair<QByteArray, QByteArray>> headers;
                   for (const auto &[name, value] : context.request.headers())
                       headers.append({name, value});
                   if (!whatsapp::signatureValid(headers, body, secret->value_or(QString()).toUtf8()))
                       return refuse(u"(signature)"_s);
                   auto notifications = whatsapp::parse(body);
                   if (!notifications)
                       return errorResponse(notifications.error());
                   const QString ourNumber = store->settings.value(u"whatsapp_phone_number_id"_s).toString().trimmed();
                   MessageRepository messages(db, tenant, m_clock);
                   ConsentRepository consents(db, tenant, m_clock);
                   WhatsAppWindowRepository windows(db, tenant, m_clock);
                   auto transaction = db::Transaction::begin(db);
                   if (!transaction)
                       return errorResponse(transaction.error());
                   int moved = 0;
                   for (const whatsapp::Notification &notification : std::as_const(*notifications)) {
                       if (!ourNumber.isEmpty() && notification.phoneNumberId != ourNumber)
                           continue; // another number of the same Meta app: not this store's
                       for (const whatsapp::StatusReport &report : notification.statuses) {
                           const QString reason = report.errorCode ? u"whatsapp (#%1) %2"_s.arg(report.errorCode).arg(report.errorTitle) : QString();
                           auto advanced = messages.advance(report.messageId, report.wamid, report.status, report.at, reason);
                           if (!advanced && advanced.error().code != ErrorCode::InvalidArgument)
                               return errorResponse(advanced.error()); // Meta tries again
                           moved += advanced && *advanced;
                           if (report.status == u"failed" && whatsapp::stoppedMarketing(report.errorCode))
                               if (auto withdrawn = consents.set(u"whatsapp"_s, report.recipient, false, u"whatsapp_131050"_s, reason); !withdrawn)
                                   return errorResponse(withdrawn.error());
                       }
                       for (const whatsapp::Inbound &inbound : notification.inbound) {
                           if (auto opened = windows.recordInbound(inbound.from, inbound.at); !opened)
                               return errorResponse(opened.error());
                           if (isStopWord(inbound.text))
                               if (auto withdrawn = consents.set(u"whatsapp"_s, inbound.from, false, u"whatsapp_stop"_s, inbound.text.left(200)); !withdrawn)
                                   return errorResponse(withdrawn.error());
                       }
                   }
                   if (auto committed = transaction->commit(); !committed)
                       return errorResponse(committed.error());
                   return http::jsonResponse({{u"ok"_s, true}, {u"moved"_s, moved}});
               });
}

} // namespace nomo
