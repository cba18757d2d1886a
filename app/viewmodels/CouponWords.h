#pragma once

#include "coupons/CouponDraft.h"
#include "domain/Coupon.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace nomo {

// How the console words coupons, in the merchant's language: the discount («٢٥٪
// بحد أقصى ١٠٠٫٠٠ ر.س»), a problem of CouponRules by its key, the request fields
// Salla's refusals name, payment methods. One table, so the list, the editor and the
// banners say the same thing the same way.
class CouponWords
{
    Q_DECLARE_TR_FUNCTIONS(CouponWords)

public:
    // A code stays Latin and left to right inside an Arabic sentence (ARABIC.md §3).
    static QString isolated(const QString &code);
    // Salla's own (Arabic) words quoted, right to left even inside an English line.
    static QString quoted(const QString &sallaWords);
    static QString percent(qint64 hundredths, const QLocale &locale = QLocale());
    // «٢٥٪ بحد أقصى ١٠٠٫٠٠ ر.س، شحن مجاني» / "25% up to SAR 100.00, free shipping".
    static QString discount(const CouponDraft &terms, const QLocale &locale = QLocale());
    // A problem's key (CouponRules::describe's keys, and the console's own
    // "console.number") in the merchant's words.
    static QString problem(const QString &key, const QLocale &locale = QLocale());
    // A request field as the editor labels it ("expiry_date" → «تاريخ الانتهاء»).
    static QString field(const QString &name);
    static QString paymentMethod(const QString &name);
    // Salla's own (Arabic) words for why it refused the last push (sync.error.fields),
    // of one request field or of all, in the order of the fields' names. Empty when
    // Salla named no field: the daemon's message is English, for the log.
    static QStringList sallaReasons(const QJsonObject &syncError, const QString &onlyField = {});
    // Why a push failed when Salla named no field, from the error's key.
    static QString syncFailure(const QJsonObject &syncError);
};

} // namespace nomo
