#include "storefront/PushOptIn.h"

#include "http/Answer.h"
#include "http/HtmlPage.h"
#include "push/WebPushCrypto.h"
#include "storefront/StorefrontStores.h"

#include <QHostAddress>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
Error problem(const QString &field, const QString &what)
{
    return http::fieldError(ErrorCode::InvalidArgument, u"push."_s + field, field, what);
}

bool isBase64Url(const QString &text)
{
    for (const QChar c : text)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_' && c != u'=')
            return false;
    return !text.isEmpty();
}

bool loopback(const QString &host)
{
    if (host == u"localhost")
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

Result<PushOptIn::Request> PushOptIn::read(const QJsonObject &body)
{
    if (body.value(u"consent"_s) != QJsonValue(true))
        return fail(problem(u"consent"_s, u"the shopper must agree (PDPL)"_s));
    const QString wording = body.value(u"wording"_s).toString().trimmed();
    if (wording.isEmpty() || wording.size() > 500)
        return fail(problem(u"wording"_s, u"the words the shopper agreed to, 1 to 500 characters"_s));
    const QJsonObject subscription = body.value(u"subscription"_s).toObject();
    const QString endpointText = subscription.value(u"endpoint"_s).toString();
    const QUrl endpoint(endpointText, QUrl::StrictMode);
    const bool secure = endpoint.scheme() == u"https" || (endpoint.scheme() == u"http" && loopback(endpoint.host()));
    if (endpointText.size() > 1000 || !endpoint.isValid() || endpoint.host().isEmpty() || !secure || !endpoint.userInfo().isEmpty())
        return fail(problem(u"subscription.endpoint"_s, u"the push service's https address, at most 1000 characters"_s));
    const QJsonObject keys = subscription.value(u"keys"_s).toObject();
    const QString p256dh = keys.value(u"p256dh"_s).toString();
    const QByteArray point = webpush::fromBase64Url(p256dh.toLatin1());
    if (p256dh.size() > 100 || !isBase64Url(p256dh) || point.size() != 65 || point.at(0) != 0x04)
        return fail(problem(u"subscription.keys.p256dh"_s, u"the browser's P-256 public key: 65 bytes, base64url"_s));
    const QString auth = keys.value(u"auth"_s).toString();
    if (auth.size() > 30 || !isBase64Url(auth) || webpush::fromBase64Url(auth.toLatin1()).size() != 16)
        return fail(problem(u"subscription.keys.auth"_s, u"the subscription's secret: 16 bytes, base64url"_s));
    Request request;
    request.subscription.endpoint = endpoint.toString(QUrl::FullyEncoded);
    request.subscription.p256dh = p256dh;
    request.subscription.auth = auth;
    request.subscription.language = body.value(u"language"_s).toString() == u"en" ? u"en"_s : u"ar"_s;
    request.wording = wording;
    const QJsonValue customer = body.value(u"customer"_s);
    if (!customer.isNull() && !customer.isUndefined()) {
        const qint64 id = customer.toInteger(0);
        if (!customer.isDouble() || id <= 0)
            return fail(problem(u"customer"_s, u"Salla's id of the shopper (a positive integer) or null"_s));
        request.sallaCustomer = id;
    }
    return request;
}

QString PushOptIn::wording(const QString &storeName, bool arabic)
{
    return arabic ? u"أوافق على أن يرسل لي %1 إشعارات على هذا المتصفح بالعروض وأخبار طلباتي، ويمكنني إيقافها متى شئت من إعدادات المتصفح. "
                    "تُعالَج بياناتي وفق نظام حماية البيانات الشخصية."_s.arg(storeName)
                  : u"I agree that %1 may send me notifications in this browser about offers and my orders, and I can stop them at "
                    "any time in the browser's settings. My data is handled under the Personal Data Protection Law."_s.arg(storeName);
}

QByteArray PushOptIn::page(const PublicStore &store, bool arabic, const QString &vapidPublicKey, std::optional<qint64> customer)
{
    const QString name = store.name;
    const QString body =
        u"<p id=\"wording\">%1</p>"
        "<p><button id=\"allow\" type=\"button\" data-key=\"%2\" data-customer=\"%3\">%4</button></p>"
        "<p id=\"status\" role=\"status\" aria-live=\"polite\"></p>"
        "<script src=\"/s/push-page.js\" defer></script>"_s.arg(wording(name, arabic).toHtmlEscaped(), vapidPublicKey.toHtmlEscaped(),
                                                               customer ? QString::number(*customer) : QString(),
                                                               arabic ? u"السماح بالإشعارات"_s : u"Allow notifications"_s);
    // pageDocument escapes the title; the isolates keep a Latin name in its place in Arabic.
    return http::pageDocument(arabic, arabic ? QString(u"إشعارات \u2068"_s + name + u"\u2069"_s) : QString(u"Notifications from "_s + name), body);
}

const char *PushOptIn::contentSecurityPolicy()
{
    return "default-src 'none'; script-src 'self'; connect-src 'self'; worker-src 'self'; style-src 'unsafe-inline'; "
           "form-action 'self'; frame-ancestors 'none'";
}

} // namespace nomo
