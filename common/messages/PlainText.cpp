#include "messages/PlainText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nomo {

QString plainTextOf(const QString &html)
{
    static const QRegularExpression hidden(u"<(script|style|head)\\b[^>]*>.*?</\\1\\s*>"_s,
                                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(u"<br\\s*/?>|</(p|div|tr|li|h[1-6]|table)\\s*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    static const QRegularExpression numeric(u"&#(x?)([0-9a-fA-F]+);"_s);
    static const QRegularExpression blanks(u"\\n[ \\t]*\\n[ \\t\\n]*"_s);
    QString text = html;
    text.remove(hidden);
    text.replace(breaks, u"\n"_s);
    text.remove(tags);
    QString decoded;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        bool ok = false;
        const uint code = match.captured(2).toUInt(&ok, match.captured(1).isEmpty() ? 10 : 16);
        decoded += text.mid(last, match.capturedStart() - last);
        decoded += ok && code > 0 && code <= 0x10FFFF ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1) : QString();
        last = match.capturedEnd();
    }
    decoded += text.mid(last);
    decoded.replace(u"&nbsp;"_s, u"\u00A0"_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s)
        .replace(u"&#39;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s);
    decoded.replace(blanks, u"\n\n"_s);
    return decoded.trimmed();
}

} // namespace nomo
