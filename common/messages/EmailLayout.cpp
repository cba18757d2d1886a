#include "messages/EmailLayout.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
const QString kFont = u"font-family:Tahoma,'Segoe UI',Arial,sans-serif;"_s;

QString linked(const QString &escaped)
{
    // Escaped text holds no raw '<', '>' or '"', so a link ends at whitespace or '&lt;'.
    static const QRegularExpression url(u"https?://[^\\s<>\"]+"_s);
    QString out;
    qsizetype last = 0;
    auto matches = url.globalMatch(escaped);
    while (matches.hasNext()) {
        const auto match = matches.next();
        QString href = match.captured();
        while (!href.isEmpty() && QStringView(u".,،؛;:!?)").contains(href.back()))
            href.chop(1); // a sentence's full stop is not part of the link
        out += escaped.mid(last, match.capturedStart() - last);
        out += u"<a href=\""_s + href + u"\" style=\"color:#0E7C66;\">"_s + href + u"</a>"_s;
        last = match.capturedStart() + href.size();
    }
    out += escaped.mid(last);
    return out;
}
} // namespace

QString EmailLayout::paragraphs(const QString &escapedText)
{
    static const QRegularExpression blank(u"\\n[ \\t]*\\n+"_s);
    QString out;
    for (const QString &paragraph : escapedText.trimmed().split(blank, Qt::SkipEmptyParts)) {
        const QString lines = linked(paragraph.trimmed()).replace(u'\n', u"<br>\n"_s);
        out += u"<p style=\"margin:0 0 16px;\">"_s + lines + u"</p>\n"_s;
    }
    return out;
}

QString EmailLayout::html() const
{
    const bool rtl = language.startsWith(u"ar"_s);
    const QString dir = rtl ? u"rtl"_s : u"ltr"_s;
    const QString align = rtl ? u"right"_s : u"left"_s;
    const QString cell = u" align=\"%1\" dir=\"%2\""_s.arg(align, dir);

    QString out;
    out += u"<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n<meta charset=\"utf-8\">\n"_s.arg(rtl ? u"ar"_s : u"en"_s, dir);
    out += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s;
    out += u"<title>"_s + subject.toHtmlEscaped() + u"</title>\n</head>\n"_s;
    out += u"<body style=\"margin:0;padding:0;background:#F5F6F8;\">\n"_s;
    out += u"<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" dir=\""_s + dir
           + u"\" style=\"background:#F5F6F8;\">\n<tr><td align=\"center\" style=\"padding:24px 12px;\">\n"_s;
    out += u"<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" dir=\""_s + dir
           + u"\" style=\"width:100%;max-width:600px;background:#FFFFFF;border:1px solid #E2E5EA;border-radius:8px;\">\n"_s;
    out += u"<tr><td"_s + cell + u" style=\"padding:24px 32px 8px;"_s + kFont
           + u"font-size:20px;font-weight:bold;color:#1B2430;text-align:"_s + align + u";\">"_s + storeName.toHtmlEscaped()
           + u"</td></tr>\n"_s;
    out += u"<tr><td"_s + cell + u" style=\"padding:8px 32px;"_s + kFont
           + u"font-size:16px;line-height:1.7;color:#1B2430;text-align:"_s + align + u";\">\n"_s + paragraphs(bodyHtml)
           + u"</td></tr>\n"_s;
    if (!actionLabel.isEmpty() && !actionUrl.isEmpty()) {
        out += u"<tr><td"_s + cell + u" style=\"padding:8px 32px 24px;\">\n"_s;
        out += u"<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr>"_s
               u"<td style=\"border-radius:6px;background:#0E7C66;\">"_s;
        out += u"<a href=\""_s + actionUrl.toHtmlEscaped() + u"\" style=\"display:inline-block;padding:12px 28px;"_s + kFont
               + u"font-size:16px;font-weight:bold;color:#FFFFFF;text-decoration:none;\">"_s + actionLabel.toHtmlEscaped()
               + u"</a>"_s;
        out += u"</td></tr></table>\n</td></tr>\n"_s;
    }
    out += u"<tr><td"_s + cell + u" style=\"padding:16px 32px 24px;border-top:1px solid #E2E5EA;"_s + kFont
           + u"font-size:12px;line-height:1.6;color:#5B6675;text-align:"_s + align + u";\">"_s + footerText.toHtmlEscaped();
    if (!unsubscribeUrl.isEmpty())
        out += u" <a href=\""_s + unsubscribeUrl.toHtmlEscaped() + u"\" style=\"color:#5B6675;\">"_s
               + (rtl ? u"إلغاء الاشتراك"_s : u"Unsubscribe"_s) + u"</a>"_s;
    out += u"</td></tr>\n</table>\n"_s;
    if (!openPixelUrl.isEmpty())
        out += u"<img src=\""_s + openPixelUrl.toHtmlEscaped() + u"\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0;\">\n"_s;
    out += u"</td></tr>\n</table>\n</body>\n</html>\n"_s;
    return out;
}

} // namespace nomo
