#include "console/SignInPages.h"

#include "http/HtmlPage.h"


#include <QLocale>

#include "repositories/SignInRepository.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace nomo::signin {

namespace {

bool arabic(const QString &lang)
{
    return normalLang(lang) == u"ar";
}

QString tr2(const QString &lang, const QString &ar, const QString &en)
{
    return arabic(lang) ? ar : en;
}

QByteArray page(const QString &lang, const QString &title, const QString &body, const QString &otherLangQuery)
{
    const bool ar = arabic(lang);
    const QString switcher = otherLangQuery.isEmpty()
        ? QString()
        : u"<p class=\"lang\"><a href=\"/signin?%1\" lang=\"%2\">%3</a></p>"_s.arg(
              otherLangQuery.toHtmlEscaped(), ar ? u"en"_s : u"ar"_s, ar ? u"English"_s : u"العربية"_s);
    return http::pageDocument(ar, title, body, switcher);
}

} // namespace

QString normalLang(const QString &lang)
{
    return lang == u"en" ? u"en"_s : u"ar"_s;
}

QUrl loopbackReturn(const SignInRequest &request, const QString &code)
{
    QUrl back(request.redirectUri);
    QUrlQuery query(back);
    query.addQueryItem(u"code"_s, code);
    query.addQueryItem(u"state"_s, QString::fromUtf8(QUrl::toPercentEncoding(request.clientState)));
    back.setQuery(query);
    return back;
}

QByteArray emailFormPage(const QString &lang, const QString &requestId, const QString &query, bool withSalla)
{
    const QString body =
        u"<p class=\"hint\">%1</p>"
        "<form method=\"post\" action=\"/signin/email\">"
        "<input type=\"hidden\" name=\"request\" value=\"%2\">"
        "<label for=\"email\">%3</label>"
        "<input id=\"email\" name=\"email\" type=\"email\" required autocomplete=\"email\" autofocus>"
        "<button type=\"submit\">%4</button>"
        "</form>"_s.arg(tr2(lang, u"أدخل البريد الإلكتروني لمتجرك في سلة، وسنرسل إليه رابط تسجيل دخول صالحًا لمرة واحدة."_s,
                            u"Enter your Salla store's email address and we will send a one-time sign-in link to it."_s),
                        requestId.toHtmlEscaped(),
                        tr2(lang, u"البريد الإلكتروني للمتجر"_s, u"Store email"_s),
                        tr2(lang, u"إرسال رابط تسجيل الدخول"_s, u"Send sign-in link"_s))
        + (withSalla ? u"<p class=\"hint\">%1</p><p><a class=\"salla\" href=\"/signin/salla?request=%2\">%3</a></p>"_s.arg(
                           tr2(lang, u"أو، إن كان تطبيقك خاصًا مثبتًا من لوحة شركاء سلة:"_s,
                               u"Or, if your app is a private one installed from the Salla Partner Portal:"_s),
                           requestId.toHtmlEscaped(), tr2(lang, u"تسجيل الدخول عبر سلة"_s, u"Sign in with Salla"_s))
                     : QString());
    // The same page in the other language keeps the console's parameters.
    QUrlQuery other(query);
    other.removeAllQueryItems(u"lang"_s);
    other.addQueryItem(u"lang"_s, arabic(lang) ? u"en"_s : u"ar"_s);
    return page(lang, tr2(lang, u"تسجيل الدخول إلى نمو فلو"_s, u"Sign in to Nomo Flow"_s), body, other.toString(QUrl::FullyEncoded));
}

QByteArray checkEmailPage(const QString &lang)
{
    const QString body = u"<p>%1</p><p class=\"hint\">%2</p>"_s.arg(
        tr2(lang, u"إذا كان هذا البريد لمتجر مثبَّت عليه نمو فلو، فقد أرسلنا إليه رابط تسجيل الدخول الآن."_s,
            u"If that address belongs to a store with Nomo Flow installed, a sign-in link is on its way."_s),
        tr2(lang, u"افتح الرابط على هذا الجهاز نفسه ليكتمل تسجيل الدخول. تنتهي صلاحية الرابط خلال دقائق."_s,
            u"Open the link on this same computer so the console can finish signing in. The link expires in minutes."_s));
    return page(lang, tr2(lang, u"تحقق من بريدك"_s, u"Check your email"_s), body, {});
}

QByteArray problemPage(const QString &lang, const QString &problem)
{
    return page(lang, tr2(lang, u"تعذّر تسجيل الدخول"_s, u"Could not sign in"_s),
                u"<p class=\"problem\">%1</p>"_s.arg(problem.toHtmlEscaped()), {});
}

QString problemExpired(const QString &lang)
{
    return tr2(lang, u"انتهت صلاحية هذا الرابط أو سبق استخدامه. اطلب رابطًا جديدًا من تطبيق نمو فلو."_s,
               u"This sign-in has expired or was already used. Start again from the Nomo Flow console."_s);
}

QString problemTooMany(const QString &lang)
{
    return tr2(lang, u"طلبات دخول كثيرة في وقت قصير. انتظر بضع دقائق ثم حاول مرة أخرى من تطبيق نمو فلو."_s,
               u"Too many sign-in attempts in a short time. Wait a few minutes, then start again from the Nomo Flow console."_s);
}

QString problemBusy(const QString &lang)
{
    return tr2(lang, u"الخدمة مشغولة الآن. حاول مرة أخرى بعد قليل."_s, u"The service is busy right now. Please try again shortly."_s);
}

QString problemBadRequest(const QString &lang, const QString &detail)
{
    return tr2(lang, u"طلب تسجيل الدخول غير صالح: %1"_s, u"The sign-in request is not valid: %1"_s).arg(detail);
}

namespace {
// "لمدة ١٥ دقيقة" / "لمدة ١٠ دقائق" / "لمدة دقيقتين": the counted noun agrees with its
// number (ARABIC.md §3), in Arabic-Indic digits.
QString arabicMinutes(int minutes)
{
    const QLocale arabic(QLocale::Arabic, QLocale::SaudiArabia);
    const int rest = minutes % 100;
    if (minutes == 1)
        return u"دقيقة واحدة"_s;
    if (minutes == 2)
        return u"دقيقتين"_s;
    if (rest >= 3 && rest <= 10)
        return arabic.toString(minutes) + u" دقائق"_s;
    return arabic.toString(minutes) + u" دقيقة"_s;
}
} // namespace

std::pair<QString, QString> linkEmail(const QString &lang, const QString &storeName, const QString &link, int minutes)
{
    // Both languages in every email: the reader may not be the one who asked.
    const QString ar = u"مرحبًا،\n\nوصلنا طلب لتسجيل الدخول إلى نمو فلو لحساب «⁨%1⁩». لإكمال تسجيل الدخول افتح هذا الرابط على الجهاز نفسه:\n\n%2\n\n"
                       "الرابط صالح لمرة واحدة ولمدة %3. إن لم تطلب ذلك فتجاهل هذه الرسالة."_s.arg(storeName, link, arabicMinutes(minutes));
    const QString en = u"Hello,\n\nSomeone asked to sign in to Nomo Flow for the store \"%1\". To finish, open this link on the same computer:\n\n%2\n\n"
                       "The link works once, for %3 minutes. If it was not you, ignore this email."_s.arg(storeName, link).arg(minutes);
    const bool ar1 = arabic(lang);
    const QString subject = ar1 ? u"رابط تسجيل الدخول إلى نمو فلو"_s : u"Your Nomo Flow sign-in link"_s;
    return {subject, ar1 ? ar + u"\n\n—\n\n"_s + en : en + u"\n\n—\n\n"_s + ar};
}

} // namespace nomo::signin
