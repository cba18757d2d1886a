#pragma once

#include "core/Result.h"

#include <QtGlobal>

class QJsonValue;
class QLocale;
class QString;
class QStringView;

namespace nomo {

// An exchange rate into SAR, kept exact: "3.75" SAR per USD is 3,750,000 micro-SAR.
struct ExchangeRate
{
    QString currency;      // ISO 4217, e.g. "USD"
    qint64 microSarPerUnit = 0;

    // `sarPerUnit` is a decimal string with at most six fraction digits ("3.75").
    static Result<ExchangeRate> parse(const QString &currency, const QString &sarPerUnit);
};

// An amount of Saudi riyals as an integer number of halalas (1 SAR = 100 halalas).
// Never a double: Salla's JSON numbers are read back through their shortest decimal
// text, so 115.5 is 11550 halalas exactly and "0.1" + "0.2" is 30 halalas.
// Other currencies are refused unless an ExchangeRate converts them.
class Money
{
public:
    // How to treat digits below a halala (Salla's computed taxes sometimes carry them).
    enum class SubHalala {
        Reject,           // exact or an error: for what people typed
        RoundHalfAwayFromZero, // for amounts Salla computed
    };

    constexpr Money() = default;
    static constexpr Money fromHalalas(qint64 halalas) { return Money(halalas); }

    // "115.5", "-3", "0.10". No exponents, no grouping separators, no currency sign.
    static Result<Money> parseDecimal(QStringView text, SubHalala subHalala = SubHalala::Reject);

    // One of Salla's money shapes (REFERENCE.md §1): {"amount": 115.5, "currency": "SAR"},
    // a bare number, or a decimal string ("5.00"). A currency other than SAR needs
    // `rate`; without it the result is ErrorCode::UnsupportedCurrency.
    static Result<Money> fromSalla(const QJsonValue &value, const ExchangeRate *rate = nullptr);

    // An amount in another currency, given as a decimal string, converted to SAR.
    static Result<Money> convert(QStringView amount, const ExchangeRate &rate);

    constexpr qint64 halalas() const { return m_halalas; }

    // "115.50", "-0.05": the exact decimal text, two fraction digits, for the wire.
    QString toDecimalString() const;
    // Arabic: "١١٥٫٥٠ ر.س" (Arabic-Indic digits); any other language: "SAR 115.50".
    QString format(const QLocale &locale) const;

    constexpr Money operator+(Money other) const { return Money(m_halalas + other.m_halalas); }
    constexpr Money operator-(Money other) const { return Money(m_halalas - other.m_halalas); }
    constexpr Money &operator+=(Money other)
    {
        m_halalas += other.m_halalas;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 halalas)
        : m_halalas(halalas)
    {
    }
    qint64 m_halalas = 0;
};

} // namespace nomo
