#include "console/SignInRoutes.h"

#include "console/SignInPages.h"
#include "db/Database.h"
#include "http/HttpErrors.h"
#include "logging/Logging.h"
#include "mail/SmtpClient.h"
#include "repositories/ConsoleDeviceRepository.h"
#include "repositories/MerchantRepository.h"
#include "repositories/SignInRepository.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
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
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), page, status);
    // Nothing on these pages may be framed, cached or sent elsewhere.
    response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    return response;
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

SignInRoutes::SignInRoutes(QString connectionName, SmtpClient &smtp, Settings settings, JsonLimits limits, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connectionName))
    , m_smtp(smtp)
    , m_settings(std::move(settings))
    , m_limits(limits)
    , m_clock(clock)
{
}

void SignInRoutes::install(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;

    server.route(u"/signin"_s, Method::Get, [this](const QHttpServerRequest &request) {
        const QUrlQuery query = request.query();
        const QString lang = signin::normalLang(query.queryItemValue(u"lang"_s));
        const QUrl redirect(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        const QString state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
        const QString challenge = query.queryItemValue(u"code_challenge"_s);
        static const QRegularExpression challengeShape(u"^[A-Za-z0-9_-]{43}$"_s);
        QString problem;
        if (!isLoopbackRedirect(redirect))
            problem = u"redirect_uri must be http://127.0.0.1:<port>/... or http://[::1]:<port>/..."_s;
        else if (state.isEmpty() || state.size() > 500)
            problem = u"state is missing"_s;
        else if (query.queryItemValue(u"code_challenge_method"_s) != u"S256")
            problem = u"code_challenge_method must be S256"_s;
        else if (!challengeShape.match(challenge).hasMatch())
            problem = u"code_challenge must be 43 characters of base64url"_s;
        if (!problem.isEmpty())
            return html(signin::problemPage(lang, signin::problemBadRequest(lang, problem)), StatusCode::BadRequest);

        SignInRequest wanted;
        wanted.redirectUri = redirect.toString(QUrl::FullyEncoded);
        wanted.clientState = state;
        wanted.codeChallenge = challenge;
        wanted.deviceName = query.queryItemValue(u"device_name"_s, QUrl::FullyDecoded).left(100);
        wanted.lang = lang;
        auto started = SignInRepository(QSqlDatabase::database(m_connection, false), m_clock).start(wanted, m_settings.lifetimeSeconds);
        if (!started)
            return html(signin::problemPage(lang, signin::problemExpired(lang)), StatusCode::InternalServerError);
        return html(signin::emailFormPage(lang, started->id, request.url().query(QUrl::FullyEncoded), m_settings.sallaSignIn));
    });

    server.route(u"/signin/email"_s, Method::Post, [this](const QHttpServerRequest &request) {
        const QUrlQuery form = formOf(request.body());
        const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        SignInRepository requests(db, m_clock);
        auto pending = requests.find(form.queryItemValue(u"request"_s, QUrl::FullyDecoded));
        if (!pending)
            return html(signin::problemPage(u"ar"_s, signin::problemExpired(u"ar"_s)), StatusCode::BadRequest);
        const QString lang = pending->lang;
        const QString email = form.queryItemValue(u"email"_s, QUrl::FullyDecoded).trimmed();
        auto merchant = MerchantRepository(db, m_clock).findByEmail(email);
        if (merchant && *merchant) {
            auto link = requests.issueLink(pending->id, (*merchant)->id);
            if (link) {
                QUrl url(m_settings.publicUrl + u"/signin/link"_s);
                url.setQuery(QUrlQuery{{u"token"_s, *link}});
                const auto [subject, body] = signin::linkEmail(lang, (*merchant)->name, url.toString(QUrl::FullyEncoded),
                                                                m_settings.lifetimeSeconds / 60);
                const qint64 merchantId = (*merchant)->id;
                m_smtp.send(MailMessage{m_settings.mailFrom, (*merchant)->email, subject, body}, [merchantId](Status sent) {
                    if (sent)
                        qCInfo(lcMail) << "sent a console sign-in link to store" << merchantId;
                    else
                        qCWarning(lcMail).noquote() << "could not send the sign-in link of store" << merchantId << sent.error().detail;
                });
            } else {
                qCWarning(lcConsoleApi).noquote() << "sign-in link not issued:" << link.error().detail;
            }
        } else {
            // Same answer as for a store, so the page tells no one which emails are stores.
            qCInfo(lcConsoleApi) << "sign-in asked for an email of no installed store";
        }
        return html(signin::checkEmailPage(lang));
    });

    server.route(u"/signin/link"_s, Method::Get, [this](const QHttpServerRequest &request) {
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

    server.route(u"/api/v1/token"_s, Method::Post, [this](const QHttpServerRequest &request) {
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
        if (!merchant || !*merchant)
            return invalidGrant(u"the store is no longer installed"_s);
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
                                     QJsonDocument(QJsonObject{{u"access_token"_s, issued->token},
                                                               {u"token_type"_s, u"Bearer"_s},
                                                               {u"device_id"_s, issued->deviceId},
                                                               {u"merchant"_s, QJsonObject{{u"id"_s, (*merchant)->id}, {u"name"_s, (*merchant)->name}}}})
                                         .toJson(QJsonDocument::Compact));
        response.setHeader("Cache-Control", "no-store");
        return response;
    });
}

} // namespace nomo
