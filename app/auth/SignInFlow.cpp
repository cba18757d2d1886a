#include "auth/SignInFlow.h"

#include "api/ApiClient.h"
#include "core/ConsoleLogging.h"
#include "domain/SignInToken.h"
#include "json/DomainJson.h"

#include <QDesktopServices>
#include <QProcess>
#include <QJsonObject>
#include <QSysInfo>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace nomo {

SignInFlow::SignInFlow(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_openBrowser([this](const QUrl &url) { return launchBrowser(url); })
    , m_deviceName(defaultDeviceName())
{
    connect(&m_receiver, &LoopbackReceiver::callbackReceived, this, &SignInFlow::exchange);
}

bool SignInFlow::launchBrowser(const QUrl &url)
{
    // NOMO_BROWSER="chromium --no-sandbox": a browser command of the operator's choice
    // (as root Debian's chromium needs --no-sandbox, and xdg-open would report success
    // for a browser that refused to start). Watched: one that exits with an error at
    // once is reported, and the window says so with the address to copy.
    const QStringList command = QProcess::splitCommand(qEnvironmentVariable("NOMO_BROWSER"));
    if (command.isEmpty())
        return QDesktopServices::openUrl(url);
    auto *browser = new QProcess(this);
    browser->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(browser, &QProcess::finished, this, [this, browser, url](int code, QProcess::ExitStatus status) {
        browser->deleteLater();
        if (status != QProcess::NormalExit || code != 0) {
            qCWarning(lcAuth) << "the browser" << browser->program() << "exited with" << code;
            Q_EMIT failed(Failure::NoBrowser, url.toString());
        }
    });
    connect(browser, &QProcess::errorOccurred, this, [this, browser, url](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            qCWarning(lcAuth) << "the browser" << browser->program() << "did not start";
            Q_EMIT failed(Failure::NoBrowser, url.toString());
        }
    });
    browser->start(command.constFirst(), command.mid(1) + QStringList{url.toString()});
    return browser->waitForStarted(5000);
}

QString SignInFlow::defaultDeviceName()
{
    return u"Nomo Flow — "_s + QSysInfo::machineHostName();
}

bool SignInFlow::start()
{
    if (!m_receiver.listen()) {
        Q_EMIT failed(Failure::NoListener, {});
        return false;
    }
    m_pkce = Pkce::generate();
    m_state = Pkce::randomToken(16);
    QUrlQuery query;
    query.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_receiver.redirectUri().toString())));
    query.addQueryItem(u"state"_s, m_state);
    query.addQueryItem(u"code_challenge"_s, m_pkce.challenge);
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    query.addQueryItem(u"device_name"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_deviceName)));
    query.addQueryItem(u"lang"_s, m_language == u"en" ? u"en"_s : u"ar"_s);
    m_signInUrl = m_api.pageUrl(u"/signin"_s, query);
    qCInfo(lcAuth) << "opening the browser for sign-in at" << m_api.baseUrl().toString();
    if (!m_openBrowser(m_signInUrl)) {
        // No browser could be started from here (a bare desktop, a remote session): the
        // merchant may still open the address by hand, so the loopback keeps listening.
        Q_EMIT failed(Failure::NoBrowser, m_signInUrl.toString());
        return false;
    }
    return true;
}

void SignInFlow::cancel()
{
    m_receiver.close();
    m_state.clear();
}

void SignInFlow::exchange(const QString &code, const QString &state, const QString &error)
{
    if (m_state.isEmpty() || state != m_state) {
        // Not our request (or an old one): never trade a code we did not ask for.
        Q_EMIT failed(Failure::StateMismatch, {});
        return;
    }
    m_state.clear();
    if (!error.isEmpty()) {
        Q_EMIT failed(Failure::Denied, error);
        return;
    }
    const QJsonObject request{{u"grant_type"_s, u"authorization_code"_s},
                              {u"code"_s, code},
                              {u"code_verifier"_s, m_pkce.verifier},
                              {u"redirect_uri"_s, m_receiver.redirectUri().toString()},
                              {u"device_name"_s, m_deviceName}};
    m_api.exchangeCode(request, this, [this](const ApiResponse &response) {
        if (!response.ok()) {
            Q_EMIT failed(Failure::Exchange, response.error().message);
            return;
        }
        auto token = fromJson<SignInToken>(response.body);
        if (!token) {
            qCWarning(lcAuth) << "the token answer was not readable:" << token.error().detail;
            Q_EMIT failed(Failure::Exchange, token.error().detail);
            return;
        }
        Q_EMIT signedIn(token->accessToken, token->merchantName);
    });
}

} // namespace nomo
