#pragma once

#include "auth/LoopbackReceiver.h"
#include "auth/Pkce.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace nomo {

class ApiClient;

// Sign-in as RFC 8252 asks of a native app: the system browser opens the daemon's
// /signin page with a PKCE challenge, a random state and our loopback redirect; the
// daemon proves who the merchant is and sends the browser back with a code; we check
// the state and trade code + verifier for a console token at POST /api/v1/token.
class SignInFlow : public QObject
{
    Q_OBJECT

public:
    enum class Failure {
        NoListener,   // could not listen on loopback
        NoBrowser,    // the browser did not open (the flow still waits: detail is the address)
        StateMismatch, // the callback was not for our request
        Denied,       // the daemon sent error= back
        Exchange,     // POST /api/v1/token refused or unreachable
    };
    Q_ENUM(Failure)

    // Opens a URL in a browser; tests pass one that follows the URL themselves.
    using BrowserOpener = std::function<bool(const QUrl &)>;

    explicit SignInFlow(ApiClient &api, QObject *parent = nullptr);

    void setBrowserOpener(BrowserOpener opener) { m_openBrowser = std::move(opener); }
    void setDeviceName(const QString &name) { m_deviceName = name; }
    void setLanguage(const QString &code) { m_language = code; }

    bool start();
    void cancel();
    QUrl signInUrl() const { return m_signInUrl; }

    static QString defaultDeviceName();

Q_SIGNALS:
    void signedIn(const QString &accessToken, const QString &merchantName);
    void failed(nomo::SignInFlow::Failure why, const QString &detail);

private:
    void exchange(const QString &code, const QString &state, const QString &error);
    bool launchBrowser(const QUrl &url);

    ApiClient &m_api;
    LoopbackReceiver m_receiver;
    BrowserOpener m_openBrowser;
    Pkce m_pkce;
    QString m_state;
    QString m_deviceName;
    QString m_language = QStringLiteral("ar");
    QUrl m_signInUrl;
};

} // namespace nomo
