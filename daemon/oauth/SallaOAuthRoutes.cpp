#include "oauth/SallaOAuthRoutes.h"

#include "db/Database.h"
#include "console/SignInPages.h"
#include "http/DeferredReply.h"
#include "http/ClientAddress.h"
#include "http/HtmlPage.h"
#include "repositories/SignInRepository.h"
#include "http/HttpErrors.h"
#include "logging/Logging.h"
#include "http/Routes.h"
#include "lifecycle/StoreLifecycle.h"
#include "repositories/MerchantRepository.h"
#include "repositories/OAuthStateRepository.h"
#include "repositories/SallaTokenRepository.h"
#include "salla/SallaAccountsClient.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

// The merchant reads this in a browser: Arabic first, English beneath.
QByteArray page(const QString &arabic, const QString &english)
{
    return uR"(<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>Nomo Flow</title></head>
<body><main><h1>%1</h1><p lang="en" dir="ltr">%2</p></main></body></html>)"_s
        .arg(arabic.toHtmlEscaped(), english.toHtmlEscaped())
        .toUtf8();
}

QHttpServerResponse pageResponse(const QString &arabic, const QString &english, QHttpServerResponse::StatusCode status)
{
    return http::htmlPage(page(arabic, english), status);
}

// The callback's page, written once Salla has answered.
struct Pending
{
    DeferredReply reply;
    void answer(int status, const QByteArray &html) { reply.writeHtml(status, html); }
};

} // namespace

SallaOAuthRoutes::SallaOAuthRoutes(QString connectionName, SallaAccountsClient &accounts, const TokenCipher &cipher,
                                   const Subscriptions &subscriptions, QString redirectUri, Limits limits, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connectionName))
    , m_accounts(accounts)
    , m_cipher(cipher)
    , m_subscriptions(subscriptions)
    , m_redirectUri(std::move(redirectUri))
    , m_limits(limits)
    , m_starts({limits.startsPerAddress, 10 * 60 * 1000})
{
}

QHttpServerResponse SallaOAuthRoutes::authorize(const QHttpServerRequest &request, const QString &signInRequest)
{
    const QString client = http::requestClientText(request);
    if (!m_starts.take(client)) {
        QHttpServerResponse refused = pageResponse(u"طلبات ربط كثيرة في وقت قصير. انتظر بضع دقائق ثم حاول من جديد."_s,
                                                   u"Too many attempts in a short time. Wait a few minutes, then try again."_s,
                                                   QHttpServerResponse::StatusCode::TooManyRequests);
        refused.setHeader("Retry-After", QByteArray::number(m_starts.retryAfterSeconds(client)));
        return refused;
    }
    OAuthStateRepository states(QSqlDatabase::database(m_connection, false));
    auto pending = states.countPending();
    if (!pending || *pending >= m_limits.pendingMax) {
        qCWarning(lcHttp) << "OAuth start refused: too many authorizations are under way";
        return pageResponse(u"الخدمة مشغولة الآن. حاول مرة أخرى بعد قليل."_s, u"The service is busy right now. Please try again shortly."_s,
                            QHttpServerResponse::StatusCode::ServiceUnavailable);
    }
    auto state = states.issue(m_redirectUri, m_limits.stateLifetimeSeconds, signInRequest);
    if (!state)
        return errorResponse(state.error());
    QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
    response.setHeader("Location", m_accounts.authorizeUrl(m_redirectUri, *state).toEncoded());
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    return response;
}

void SallaOAuthRoutes::install(http::Routes &routes)
{
    routes.add({"GET", u"/oauth/salla/install"_s, http::Access::Public, false, u"Custom Mode: off to Salla's authorize page"_s},
               [this](const http::RequestContext &context) { return authorize(context.request, {}); });
    // A console sign-in through Salla (Custom Mode): the same authorization, with the
    // OAuth state naming the sign-in, so the callback ends at the console's loopback.
    routes.add({"GET", u"/signin/salla"_s, http::Access::Public, false, u"A console sign-in through Salla"_s}, [this](const http::RequestContext &context) {
        const QHttpServerRequest &request = context.request;
        auto signIn = SignInRepository(QSqlDatabase::database(m_connection, false)).find(request.query().queryItemValue(u"request"_s));
        if (!signIn || !m_accounts.hasClient())
            return pageResponse(u"انتهت صلاحية هذا الرابط، أو أن تسجيل الدخول عبر سلة غير متاح. ابدأ من جديد من التطبيق."_s,
                                u"This sign-in has expired, or signing in through Salla is not available. Start again from the console."_s,
                                QHttpServerResponse::StatusCode::BadRequest);
        return authorize(request, signIn->id);
    });
    routes.addAsync({"GET", u"/oauth/salla/callback"_s, http::Access::Public, false, u"Custom Mode: Salla's OAuth callback"_s},
                    [this](const http::RequestContext &context, QHttpServerResponder &&responder) {
                        callback(context.request, std::move(responder), context.requestId);
                    });
}

void SallaOAuthRoutes::callback(const QHttpServerRequest &request, QHttpServerResponder &&responder, const QByteArray &requestId)
{
    const QUrlQuery query = request.query();
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto pending = std::make_shared<Pending>(Pending{DeferredReply(std::move(responder), requestId)});

    // The state is consumed first, whatever follows: a replayed callback finds nothing.
    auto consumed = OAuthStateRepository(db).consume(query.queryItemValue(u"state"_s, QUrl::FullyDecoded));
    if (!consumed) {
        qCInfo(lcHttp).noquote() << "OAuth callback refused:" << consumed.error().detail;
        return pending->answer(400, page(u"انتهت صلاحية هذا الرابط أو سبق استخدامه. ابدأ الربط من جديد."_s,
                                          u"This sign-in link is invalid or has expired. Please start again."_s));
    }
    if (query.hasQueryItem(u"error"_s))
        return pending->answer(400, page(u"لم يُمنح الإذن، فلم يُربط المتجر."_s, u"Access was not granted, so the store was not connected."_s));
    const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    if (code.isEmpty())
        return pending->answer(400, page(u"الرابط غير مكتمل. ابدأ الربط من جديد."_s, u"The link carries no authorization code."_s));

    const QString signInRequest = consumed->signInRequest;
    m_accounts.exchangeCode(code, consumed->redirectUri, [this, pending, signInRequest](Result<SallaTokens> tokens) {
        if (!tokens) {
            qCWarning(lcHttp).noquote() << "OAuth code exchange failed:" << tokens.error().detail;
            return pending->answer(502, page(u"تعذّر إكمال الربط مع سلة. حاول مرة أخرى."_s, u"Salla did not complete the sign-in. Please try again."_s));
        }
        m_accounts.userInfo(tokens->accessToken, [this, pending, signInRequest, tokens = *tokens](Result<Merchant> merchant) {
            if (!merchant) {
                qCWarning(lcHttp).noquote() << "OAuth user/info failed:" << merchant.error().detail;
                return pending->answer(502, page(u"تعذّر قراءة بيانات المتجر من سلة."_s, u"Could not read the store from Salla."_s));
            }
            const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            // The same door as Easy Mode's webhooks: merchant, sealed tokens, store.authorized.
            const Status saved = StoreLifecycle(db, m_cipher, m_subscriptions).activate(*merchant, tokens);
            if (!saved) {
                qCWarning(lcHttp).noquote() << "OAuth install could not be saved:" << saved.error().detail;
                return pending->answer(500, page(u"حدث خطأ أثناء حفظ الربط."_s, u"Something went wrong while saving the connection."_s));
            }
            qCInfo(lcHttp).noquote() << "store" << merchant->id << "connected through Custom Mode";
            if (!signInRequest.isEmpty()) {
                // Salla has just proved who this is: the console's sign-in is approved.
                auto approved = SignInRepository(db).approveFor(signInRequest, merchant->id);
                if (!approved)
                    return pending->answer(400, page(u"انتهت صلاحية هذا الرابط. ابدأ تسجيل الدخول من جديد من التطبيق."_s,
                                                     u"The sign-in has expired. Start again from the console."_s));
                qCInfo(lcHttp) << "store" << merchant->id << "approved a console sign-in through Salla";
                return pending->reply.redirect(signin::loopbackReturn(approved->first, approved->second).toEncoded());
            }
            pending->answer(200, page(u"تم ربط «⁨%1⁩» بنمو فلو."_s.arg(merchant->name),
                                      u"Your store %1 is now connected to Nomo Flow."_s.arg(merchant->name)));
        });
    });
}

} // namespace nomo
