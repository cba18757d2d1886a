#include "messages/SmsLength.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
// GSM 03.38's default alphabet (3GPP TS 23.038 §6.2.1), the escape (0x1B) left out:
// it is how extension characters are written, not a character of its own.
const QString &basicSet()
{
    static const QString set = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                               u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"_s;
    return set;
}
const QString &extensionSet()
{
    static const QString set = u"\f^{}\\[~]|€"_s;
    return set;
}

constexpr int kGsmSingle = 160, kGsmPart = 153, kUcsSingle = 70, kUcsPart = 67;

// Splits `costs` (one entry per character) into parts of at most `perPart` units
// without cutting a character; returns the parts and what the last one has left.
std::pair<int, int> split(const QList<int> &costs, int perPart)
{
    int parts = 1, used = 0;
    for (const int cost : costs) {
        if (used + cost > perPart) {
            ++parts;
            used = 0;
        }
        used += cost;
    }
    return {parts, perPart - used};
}
} // namespace

bool SmsLength::gsmBasic(QChar c)
{
    return basicSet().contains(c);
}

bool SmsLength::gsmExtension(QChar c)
{
    return extensionSet().contains(c);
}

SmsLength SmsLength::of(const QString &text)
{
    SmsLength length;
    if (text.isEmpty())
        return length;

    QList<int> septets;
    bool gsm = true;
    for (const QChar c : text) {
        if (gsmBasic(c))
            septets.append(1);
        else if (gsmExtension(c))
            septets.append(2);
        else {
            gsm = false;
            break;
        }
    }

    QList<int> costs;
    int single = kGsmSingle, part = kGsmPart;
    if (gsm) {
        costs = septets;
    } else {
        length.encoding = Encoding::Ucs2;
        single = kUcsSingle;
        part = kUcsPart;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
            costs.append(pair ? 2 : 1);
            if (pair)
                ++i;
        }
    }
    for (const int cost : std::as_const(costs))
        length.units += cost;

    if (length.units <= single) {
        length.parts = 1;
        length.perPart = single;
        length.leftInPart = single - length.units;
    } else {
        const auto [parts, left] = split(costs, part);
        length.parts = parts;
        length.perPart = part;
        length.leftInPart = left;
    }
    return length;
}

} // namespace nomo
