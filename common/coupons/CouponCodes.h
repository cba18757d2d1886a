#pragma once

#include <QSet>
#include <QString>

namespace nomo {

// Codes a shopper reads off a phone and types without a mistake: capitals and digits
// with none of the look-alikes (0/O, 1/I/L), an optional prefix ("EID-"), and none
// that the store already has.
class CouponCodes
{
public:
    static constexpr char kAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    // `existing`: the store's codes, upper-cased. A fresh random code of `length`
    // characters after the prefix, from the system's random source.
    static QString make(const QString &prefix, int length, const QSet<QString> &existing);
    static bool readable(const QString &code); // only the alphabet after any prefix's dash
};

} // namespace nomo
