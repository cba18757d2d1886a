#include "coupons/CouponCodes.h"

#include <QRandomGenerator>

#include <cstring>

namespace nomo {

QString CouponCodes::make(const QString &prefix, int length, const QSet<QString> &existing)
{
    const int alphabet = static_cast<int>(std::strlen(kAlphabet));
    while (true) { // 31^8 codes: a collision is rare, and simply drawn again
        QString code = prefix.toUpper();
        for (int i = 0; i < length; ++i)
            code += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(alphabet)]);
        if (!existing.contains(code))
            return code;
    }
}

bool CouponCodes::readable(const QString &code)
{
    const QString tail = code.contains(u'-') ? code.section(u'-', -1) : code;
    for (const QChar c : tail)
        if (!std::strchr(kAlphabet, c.toLatin1()) || c.toLatin1() == 0)
            return false;
    return !tail.isEmpty();
}

} // namespace nomo
