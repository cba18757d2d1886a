#pragma once

#include "core/Clock.h"
#include "http/RateLimiter.h"
#include "json/JsonReader.h"

#include <QObject>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace nomo {
namespace http {
class Routes;
}

class MailTransport;

// The console's sign-in (RFC 8252: native app, system browser, loopback redirect,
// PKCE S256). Published Salla apps run in Easy Mode, where Salla sends no merchant
// through an OAuth redirect, so the daemon proves who the merchant is by a one-time
// link sent to the store's email from Salla's user-info:
//   GET  /signin          the console opens this in the browser; a form asks the email
//   POST /signin/email    sends the link (the page looks the same for unknown emails)
//   GET  /signin/link     the link: approves, 302 to the console's loopback with a code
//   POST /api/v1/token    the console trades code + code_verifier for a device token
//
// Nothing here may be used to flood or to probe: starts are rate-limited per client
// address and the unfinished ones bounded in number; one email goes out per
// request, a few per store an hour; and the email form is answered before the
// address is even looked up, so a known address and an unknown one take the same
// time to answer (the lookup and the email follow the answer).
class SignInRoutes : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString publicUrl; // base of the link in the email, as the merchant's browser reaches us
        QString mailFrom;
        int lifetimeSeconds = 900;
        bool sallaSignIn = false; // Custom Mode configured: offer "Sign in with Salla"
        int startsPerAddress = 30; // per 10 minutes
        int pendingMax = 5000;     // unfinished sign-ins held at once
    };

    SignInRoutes(QString connectionName, MailTransport &mail, Settings settings, JsonLimits limits, const Clock &clock,
                 QObject *parent = nullptr);

    void install(http::Routes &routes);
    void setPublicUrl(const QString &url) { m_settings.publicUrl = url; }

private:
    void askForLink(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void sendLink(const QString &requestId, const QString &email, const QString &lang);

    QString m_connection;
    MailTransport &m_mail;
    Settings m_settings;
    JsonLimits m_limits;
    const Clock &m_clock;
    RateLimiter m_starts;       // GET /signin, by client address
    RateLimiter m_emailAsks;    // POST /signin/email, by client address
    RateLimiter m_requestAsks;  // POST /signin/email, by sign-in request
    RateLimiter m_storeEmails;  // emails sent, by store
    RateLimiter m_redemptions;  // GET /signin/link and POST /api/v1/token, by client address
};

} // namespace nomo
