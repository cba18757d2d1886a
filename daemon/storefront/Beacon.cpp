#include "storefront/Beacon.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
Error invalid(const QString &field, const QString &what)
{
    Error error{ErrorCode::InvalidArgument, u"collect."_s + field.section(u'[', 0, 0).section(u'.', 0, 0), field + u": "_s + what};
    error.field = field;
    return error;
}

// A UTM value or a language: printable, bounded.
Result<QString> shortText(const QJsonObject &body, const QString &key, int maxLength)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return fail(invalid(key, u"must be a string"_s));
    const QString text = value.toString().trimmed();
    if (text.size() > maxLength)
        return fail(invalid(key, u"at most %1 characters"_s.arg(maxLength)));
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control)
            return fail(invalid(key, u"must not hold control characters"_s));
    return text;
}
} // namespace

const QStringList &Beacon::eventNames()
{
    static const QStringList names{u"product_viewed"_s,  u"cart_add"_s,          u"order_completed"_s,
                                   u"counter_shown"_s,   u"toast_shown"_s,       u"toast_click"_s,
                                   u"collector_shown"_s, u"collector_submit"_s, u"push_prompt"_s};
    return names;
}

Result<Beacon> Beacon::read(const QByteArray &body)
{
    auto parsed = parseJsonObject(body, JsonLimits{kMaxBytes, 4});
    if (!parsed)
        return fail(parsed.error());
    const QJsonObject &object = *parsed;
    Beacon beacon;
    auto language = shortText(object, u"lang"_s, 35);
    if (!language)
        return fail(language.error());
    // "ar", "ar-SA", "en_US": the language alone.
    const QString lang = language->left(2).toLower();
    if (lang.size() == 2 && lang.at(0).isLetter() && lang.at(1).isLetter() && lang.at(0).unicode() < 128 && lang.at(1).unicode() < 128)
        beacon.language = lang;

    auto referrer = shortText(object, u"referrer"_s, 2000);
    if (!referrer)
        return fail(referrer.error());
    if (!referrer->isEmpty()) {
        const QUrl url(*referrer, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
            return fail(invalid(u"referrer"_s, u"an http(s) address"_s));
        beacon.referrerHost = url.host().toLower();
        if (beacon.referrerHost.startsWith(u"www."_s))
            beacon.referrerHost.remove(0, 4);
    }
    for (const auto &[key, into] : {std::pair{u"utm_source"_s, &beacon.utmSource}, std::pair{u"utm_medium"_s, &beacon.utmMedium},
                             std::pair{u"utm_campaign"_s, &beacon.utmCampaign}}) {
        auto value = shortText(object, key, kMaxText);
        if (!value)
            return fail(value.error());
        *into = *value;
    }

    const QJsonValue events = object.value(u"events"_s);
    if (!events.isArray())
        return fail(invalid(u"events"_s, u"an array of 1 to %1 events"_s.arg(kMaxEvents)));
    const QJsonArray list = events.toArray();
    if (list.isEmpty() || list.size() > kMaxEvents)
        return fail(invalid(u"events"_s, u"an array of 1 to %1 events"_s.arg(kMaxEvents)));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = u"events[%1]"_s.arg(i);
        if (!list.at(i).isObject())
            return fail(invalid(at, u"an object"_s));
        const QJsonObject e = list.at(i).toObject();
        BeaconEvent event;
        const QString type = e.value(u"type"_s).toString();
        if (type == u"pageview")
            event.kind = BeaconEvent::Kind::PageView;
        else if (type == u"event")
            event.kind = BeaconEvent::Kind::Event;
        else if (type == u"ping")
            event.kind = BeaconEvent::Kind::Ping;
        else
            return fail(invalid(at + u".type"_s, u"pageview, event or ping"_s));
        if (event.kind == BeaconEvent::Kind::Event) {
            event.name = e.value(u"name"_s).toString();
            if (!eventNames().contains(event.name))
                return fail(invalid(at + u".name"_s, u"one of "_s + eventNames().join(u", "_s)));
        }
        const QJsonValue path = e.value(u"path"_s);
        if (!path.isString() || !path.toString().startsWith(u'/') || path.toString().size() > kMaxPath)
            return fail(invalid(at + u".path"_s, u"the page's path, starting with / (at most %1 characters)"_s.arg(kMaxPath)));
        event.path = path.toString().section(u'?', 0, 0).section(u'#', 0, 0);
        for (const QChar c : std::as_const(event.path))
            if (c.category() == QChar::Other_Control)
                return fail(invalid(at + u".path"_s, u"must not hold control characters"_s));
        const QJsonValue product = e.value(u"product"_s);
        if (!product.isUndefined() && !product.isNull()) {
            const double number = product.toDouble(-1);
            if (!product.isDouble() || number < 1 || number > 9007199254740991.0 || number != static_cast<double>(static_cast<qint64>(number)))
                return fail(invalid(at + u".product"_s, u"a product id (a positive integer)"_s));
            event.product = static_cast<qint64>(number);
        }
        beacon.events.append(event);
    }
    return beacon;
}

QString deviceClassOf(QByteArrayView userAgent)
{
    const QByteArray ua = userAgent.toByteArray();
    if (ua.contains("iPad") || ua.contains("Tablet") || (ua.contains("Android") && !ua.contains("Mobile")))
        return u"tablet"_s;
    if (ua.contains("Mobi") || ua.contains("iPhone") || ua.contains("Android"))
        return u"mobile"_s;
    return u"desktop"_s;
}

bool isAutomatedVisit(QByteArrayView userAgent, QByteArrayView purpose, QByteArrayView secPurpose)
{
    if (purpose.contains(QByteArrayView("prefetch")) || purpose.contains(QByteArrayView("preview"))
        || secPurpose.contains(QByteArrayView("prefetch")) || secPurpose.contains(QByteArrayView("prerender")))
        return true;
    if (userAgent.size() < 12 || !userAgent.toByteArray().contains("Mozilla/"))
        return true; // no browser sends less; scripts (curl, python-requests, Go) send no "Mozilla/"
    // The crawlers, monitors and headless browsers that do say Mozilla/.
    static const QRegularExpression automated(
        u"bot\\b|bot/|crawl|spider|slurp|mediapartners|facebookexternalhit|bingpreview|embedly|quora link preview|"
        "whatsapp/|telegrambot|headlesschrome|phantomjs|lighthouse|pagespeed|pingdom|uptimerobot|gtmetrix|"
        "statuscake|site24x7|semrush|ahrefs|petalbot|yandex|baiduspider|duckduckbot|applebot|ia_archiver|"
        "selenium|puppeteer|playwright|electron/"_s,
        QRegularExpression::CaseInsensitiveOption);
    return automated.match(QString::fromLatin1(userAgent)).hasMatch();
}

} // namespace nomo
