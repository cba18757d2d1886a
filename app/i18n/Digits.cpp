#include "i18n/Digits.h"

namespace nomo::digits {

QString toLatin(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x0660 && u <= 0x0669)
            c = QChar(u'0' + (u - 0x0660));
        else if (u >= 0x06F0 && u <= 0x06F9)
            c = QChar(u'0' + (u - 0x06F0));
    }
    return text;
}

QString toLocale(QString text, const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    if (zero.size() != 1 || zero == u"0")
        return text;
    const char16_t base = zero.at(0).unicode();
    for (QChar &c : text)
        if (c >= u'0' && c <= u'9')
            c = QChar(static_cast<char16_t>(base + (c.unicode() - u'0')));
    return text;
}

std::optional<qint64> parseInteger(const QString &text)
{
    QString latin = toLatin(text.trimmed());
    latin.remove(QChar(0x066C)); // Arabic thousands separator ٬
    latin.remove(u',');
    latin.remove(QChar(0x00A0));
    bool ok = false;
    const qint64 value = latin.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace nomo::digits
