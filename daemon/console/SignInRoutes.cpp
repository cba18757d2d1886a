#include "console/SignInRoutes.h"

#include "http/Routes.h"

#include "console/SignInPages.h"
#include "db/Database.h"
#include "domain/SignInToken.h"
#include "http/ClientAddress.h"
#include "http/HtmlPage.h"
#include "http/HttpErrors.h"
#include "json/DomainJson.h"
#include "logging/Logging.h"
#include "mail/MailTransport.h"
#include "repositories/ConsoleDeviceRepository.h"
#include "repositories/MerchantRepository.h"
#include "repositories/SignInRepository.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QTcpSocket>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using StatusCode = QHttpServerResponse::StatusCode;

namespace nomo {

namespace {

QHttpServerResponse html(const QByteArray &page, StatusCode status = StatusCode::Ok)
{
    return http::htmlPage(page, status);
}

constexpr qint64 kTenMinutesMs = 10 * 60 * 1000;
constexpr qint64 kHourMs = 60 * 60 * 1000;
// RFC 8252 redirect URIs are short loopback addresses; nothing real is longer.
constexpr int kMaxRedirectUriLength = 512;

QString clientKey(const QHttpServerRequest &request)
{
    return http::requestClientText(request);
}

// RFC 8252 §7.3: loopback IP literal, any port, http. "localhost" is refused (§8.3).
bool isLoopbackRedirect(const QUrl &url)
{
    return url.isValid() && url.scheme() == u"http" && (url.host() == u"127.0.0.1" || url.host() == u"::1") && url.port() > 0
        && !url.hasFragment() && url.userInfo().isEmpty();
}

// A form body (application/x-www-form-urlencoded); "+" is a space there.
QUrlQuery formOf(const QByteArray &body)
{
    QByteArray spaced = body;
    spaced.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(spaced));
}

QHttpServerResponse invalidGrant(const QString &message)
{
    return errorResponse(StatusCode::BadRequest, u"invalid_grant"_s, message);
}

} // namespace

SignInRoutes::SignInRoutes(QString connectionName, MailTransport &mail, Settings settings, JsonLimits limits, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connectionName))
    , m_mail(mail)
    , m_settings(std::move(settings))
    , m_limits(limits)
    , m_clock(clock)
    , m_starts({m_settings.startsPerAddress, kTenMinutesMs})
    , m_emailAsks({10, kTenMinutesMs})
    , m_requestAsks({5, kTenMinutesMs})
    , m_storeEmails({5, kHourMs})
    , m_redemptions({60, kTenMinutesMs})
{
}

void SignInRoutes::install(http::Routes &routes)
{
    using http::Access;
    routes.add({"GET", u"/signin"_s, Access::Public, false, u"The console's browser sign-in starts here"_s}, [this](const http::RequestContext &context) {
        const QHttpServerRequest &request = context.request;
        const QUrlQuery query = request.query();
        const QString lang = signin::normalLang(query.queryItemValue(u"lang"_s));
        if (!m_starts.take(clientKey(request)))
            return http::tooManyRequests(signin::problemPage(lang, signin::problemTooMany(lang)), m_starts.retryAfterSeconds(clientKey(request)));
        // Kept exactly as sent: the exchange compares this very string (RFC 6749 §4.1.3).
        const QString redirectText = query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
        const QUrl redirect(redirectText, QUrl::StrictMode);
        const QString state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
        const QString challenge = query.queryItemValue(u"code_challenge"_s);
        static const QRegularExpression challengeShape(u"^[A-Za-z0-9_-]{43}$"_s);
        QString problem;
        if (redirectText.size() > kMaxRedirectUriLength)
            problem = u"redirect_uri is over %1 characters"_s.arg(kMaxRedirectUriLength);
        else if (!isLoopbackRedirect(redirect))
            problem = u"redirect_uri must be http://127.0.0.1:<port>/... or http://[::1]:<port>/..."_s;
        else if (state.isEmpty() || state.size() > 500)
            problem = u"state is missing"_s;
        else if (query.queryItemValue(u"code_challenge_method"_s) != u"S256")
            problem = u"code_challenge_method must be S256"_s;
        else if (!challengeShape.match(challenge).hasMatch())
            problem = u"code_challenge must be 43 characters of base64url"_s;
        if (!problem.isEmpty())
            return html(signin::problemPage(lang, signin::problemBadRequest(lang, problem)), StatusCode::BadRequest);

        SignInRepository requests(QSqlDatabase::database(m_connection, false), m_clock);
        auto pending = requests.countPending();
        if (!pending || *pending >= m_settings.pendingMax) {
            qCWarning(lcConsoleApi) << "sign-in refused: too many sign-ins are under way";
            return html(signin::problemPage(lang, signin::problemBusy(lang)), StatusCode::ServiceUnavailable);
        }
        SignInRequest wanted;
        wanted.redirectUri = redirectText;
        wanted.clientState = state;
        wanted.codeChallenge = challenge;
        wanted.deviceName = query.queryItemValue(u"device_name"_s, QUrl::FullyDecoded).left(100);
        wanted.lang = lang;
        auto started = requests.start(wanted, m_settings.lifetimeSeconds);
        if (!started)
            return html(signin::problemPage(lang, signin::problemExpired(lang)), StatusCode::InternalServerError);
        return html(signin::emailFormPage(lang, started->id, request.url().query(QUrl::FullyEncoded), m_settings.sallaSignIn));
    });

    routes.addAsync({"POST", u"/signin/email"_s, Access::Public, false, u"Ask for a one-time link by email"_s},
                    [this](const http::RequestContext &context, QHttpServerResponder &&responder) {
                        askForLink(context.request, std::move(responder));
                    });

    routes.add({"GET", u"/signin/link"_s, Access::Public, false, u"The emailed link: approves the sign-in"_s}, [this](const http::RequestContext &context) {
        const QHttpServerRequest &request = context.request;
        if (!m_redemptions.take(clientKey(request)))
            return http::tooManyRequests(signin::problemPage(u"ar"_s, signin::problemTooMany(u"ar"_s) + u"\n"_s + signin::problemTooMany(u"en"_s)),
                                         m_redemptions.retryAfterSeconds(clientKey(request)));
        const QString token = request.query().queryItemValue(u"token"_s);
        auto approved = SignInRepository(QSqlDatabase::database(m_connection, false), m_clock).approveLink(token);
        if (!approved)
            return html(signin::problemPage(u"ar"_s, signin::problemExpired(u"ar"_s) + u"\n"_s + signin::problemExpired(u"en"_s)),
                        StatusCode::BadRequest);
        const auto &[signIn, code] = *approved;
        const QUrl back = signin::loopbackReturn(signIn, code);
        qCInfo(lcConsoleApi) << "store" << signIn.merchantId << "approved a console sign-in by email link";
        QHttpServerResponse response(StatusCode::Found);
        response.setHeader("Location", back.toString(QUrl::FullyEncoded).toUtf8());
        response.setHeader("Cache-Control", "no-store");
        return response;
    });

    routes.add({"POST", u"/api/v1/token"_s, Access::Public, false, u"Trade the sign-in code for a device token"_s}, [this](const http::RequestContext &context) {
        const QHttpServerRequest &request = context.request;
        if (!m_redemptions.take(clientKey(request))) {
            QHttpServerResponse refused = errorResponse(StatusCode::TooManyRequests, u"too_many_requests"_s, u"too many attempts; try again later"_s);
            refused.setHeader("Retry-After", QByteArray::number(m_redemptions.retryAfterSeconds(clientKey(request))));
            return refused;
        }
        auto body = parseJsonObject(request.body(), m_limits);
        if (!body)
            return errorResponse(body.error());
        if (body->value(u"grant_type"_s).toString() != u"authorization_code")
            return errorResponse(StatusCode::BadRequest, u"unsupported_grant_type"_s, u"grant_type must be authorization_code"_s);
        const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        auto transaction = db::Transaction::begin(db);
        if (!transaction)
            return errorResponse(transaction.error());
        auto signIn = SignInRepository(db, m_clock)
                          .exchange(body->value(u"code"_s).toString(), body->value(u"code_verifier"_s).toString(),
                                    body->value(u"redirect_uri"_s).toString());
        if (!signIn) {
            transaction->commit(); // the code is spent even by a failed attempt
            return invalidGrant(signIn.error().detail);
        }
        auto merchant = MerchantRepository(db, m_clock).find(signIn->merchantId);
        if (!merchant)
            return errorResponse(merchant.error());
        // The store may have uninstalled since the code was approved: no device for it,
        // and the code stays spent for when it comes back. (A store whose Salla tokens
        // need renewing still signs in, as its existing devices still work.)
        const auto status = *merchant ? (*merchant)->status : Merchant::Status::Uninstalled;
        if (status != Merchant::Status::Active && status != Merchant::Status::NeedsReauth) {
            transaction->commit();
            return invalidGrant(u"the store is no longer installed"_s);
        }
        QString deviceName = body->value(u"device_name"_s).toString().trimmed();
        if (deviceName.isEmpty())
            deviceName = signIn->deviceName.isEmpty() ? u"Nomo Flow console"_s : signIn->deviceName;
        auto issued = ConsoleDeviceRepository(db, TenantContext(signIn->merchantId), m_clock).issue(deviceName);
        if (!issued)
            return errorResponse(issued.error());
        if (auto committed = transaction->commit(); !committed)
            return errorResponse(committed.error());
        qCInfo(lcConsoleApi) << "store" << signIn->merchantId << "signed in console device" << issued->deviceId;
        QHttpServerResponse response(QByteArrayLiteral("application/json"),
                                     QJsonDocument(toJson(SignInToken{issued->token, u"Bearer"_s, issued->deviceId,
                                                                      (*merchant)->id, (*merchant)->name}))
                                         .toJson(QJsonDocument::Compact));
        response.setHeader("Cache-Control", "no-store");
        return response;
    });
}

void SignInRoutes::askForLink(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QUrlQuery form = formOf(request.body());
    const QString requestId = form.queryItemValue(u"request"_s, QUrl::FullyDecoded);
    auto pending = SignInRepository(QSqlDatabase::database(m_connection, false), m_clock).find(requestId);
    if (!pending)
        return http::writeHtmlPage(responder, 400, signin::problemPage(u"ar"_s, signin::problemExpired(u"ar"_s)));
    const QString lang = pending->lang;
    if (!m_emailAsks.take(clientKey(request)) || !m_requestAsks.take(requestId)) {
        qCInfo(lcConsoleApi) << "sign-in email refused: too many asks from" << clientKey(request);
        const int retry = std::max(m_emailAsks.retryAfterSeconds(clientKey(request)), m_requestAsks.retryAfterSeconds(requestId));
        return http::writeHtmlPage(responder, 429, signin::problemPage(lang, signin::problemTooMany(lang)), retry);
    }
    // The same answer for every address, out on the wire before the address is
    // looked up: neither the page nor its timing tells which emails are stores.
    http::writeHtmlPage(responder, 200, signin::checkEmailPage(lang));
    if (QTcpSocket *socket = responder.socket())
        socket->flush();
    const QString email = form.queryItemValue(u"email"_s, QUrl::FullyDecoded).trimmed().left(320);
    QMetaObject::invokeMethod(this, [this, requestId, email, lang] { sendLink(requestId, email, lang); }, Qt::QueuedConnection);
}

void SignInRoutes::sendLink(const QString &requestId, const QString &email, const QString &lang)
{
    // The same steps whether or not the address is a store's (lookup, limit, one
    // UPDATE of the request), so that even a request pipelined behind this one
    // cannot time the difference; only the email itself is a store's alone.
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto merchant = MerchantRepository(db, m_clock).findByEmail(email);
    const bool store = merchant && *merchant && (*merchant)->status != Merchant::Status::Uninstalled;
    const qint64 merchantId = store ? (*merchant)->id : 0;
    const bool allowed = m_storeEmails.take(store ? QString::number(merchantId) : u"no store"_s);
    auto link = SignInRepository(db, m_clock).issueLink(requestId, store && allowed ? merchantId : 0);
    if (!store) {
        qCInfo(lcConsoleApi) << "sign-in asked for an email of no installed store";
        return;
    }
    if (!allowed) {
        qCWarning(lcConsoleApi) << "sign-in email to store" << merchantId << "not sent: too many this hour";
        return;
    }
    if (!link) {
        qCInfo(lcConsoleApi).noquote() << "sign-in link not issued:" << link.error().detail;
        return;
    }
    QUrl url(m_settings.publicUrl + u"/signin/link"_s);
    url.setQuery(QUrlQuery{{u"token"_s, *link}});
    const auto [subject, body] = signin::linkEmail(lang, (*merchant)->name, url.toString(QUrl::FullyEncoded), m_settings.lifetimeSeconds / 60);
    MailMessage message;
    message.fromAddress = m_settings.mailFrom;
    message.fromName = u"Nomo Flow"_s;
    message.to = (*merchant)->email;
    message.subject = subject;
    message.text = body;
    m_mail.send(std::move(message), [merchantId](const MailTransport::Result &sent) {
        if (sent.sent())
            qCInfo(lcMail) << "sent a console sign-in link to store" << merchantId;
        else
            qCWarning(lcMail).noquote() << "could not send the sign-in link of store" << merchantId << sent.detail;
    });
}

} // namespace nomo
