#pragma once

#include "coupons/CouponDraft.h"

#include <QList>
#include <QSet>
#include <QString>

namespace nomo {

// What is wrong with a coupon, by field (Salla's request field name, so Salla's own
// 422 field errors land on the same fields) and a key the console words in the
// merchant's language ("coupon.code_taken").
struct CouponProblem
{
    QString field;
    QString key;

    bool operator==(const CouponProblem &) const = default;
};

// The rules Salla applies to a coupon (REFERENCE.md §3.4: a code unique per store, a
// known type, an amount, an expiry after today and after the start, known payment
// methods, ids as strings) and ours on top (a percentage at most 100, a fixed discount
// not above the minimum purchase, a code of characters every channel carries, sane
// usage limits, a plausible email domain, a group of at most 10,000 codes with a name).
// Every problem is reported, not just the first, so the editor marks every field.
class CouponRules
{
public:
    static constexpr int kMinCodeLength = 3;
    static constexpr int kMaxCodeLength = 30;
    static constexpr qint64 kMaxGroupCodes = 10000;

    // `existingCodes`: the store's other coupons' codes, upper-cased.
    static QList<CouponProblem> check(const CouponDraft &coupon, const QDateTime &now, const QSet<QString> &existingCodes);

    static const QStringList &paymentMethods(); // Salla's names

    // An English sentence for a problem's key, for API clients and logs (the console
    // words the key in the merchant's language itself).
    static QString describe(const QString &key);
};

} // namespace nomo
