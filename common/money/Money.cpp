#include "money/Money.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

const QString kSar = u"SAR"_s;
// Enough for any real amount and far from qint64's edge after scaling by 10^6.
constexpr int kMaxIntegerDigits = 13;

// A decimal number split into its parts, digits only.
struct Decimal
{
    bool negative = false;
    QString integer;
    QString fraction;
};

Result<Decimal> splitDecimal(QStringView text)
{
    static const QRegularExpression re(uR"(^([+-])?(\d+)(?:\.(\d+))?$)"_s);
    const QString trimmed = text.trimmed().toString();
    const auto m = re.match(trimmed);
    if (!m.hasMatch())
        return fail(ErrorCode::ParseError, u"money.invalid"_s, u"\"%1\" is not a decimal amount"_s.arg(trimmed.left(40)));
    Decimal d{m.captured(1) == u"-", m.captured(2), m.captured(3)};
    while (d.integer.size() > 1 && d.integer.front() == u'0')
        d.integer.remove(0, 1);
    if (d.integer.size() > kMaxIntegerDigits)
        return fail(ErrorCode::InvalidArgument, u"money.too_large"_s, u"\"%1\" is too large an amount"_s.arg(trimmed.left(40)));
    return d;
}

// Scales a decimal to an integer with `digits` fraction digits, rounding the rest
// half away from zero or refusing it.
Result<qint64> scaled(const Decimal &d, int digits, bool mayRound, QStringView original)
{
    QString fraction = d.fraction;
    bool roundUp = false;
    if (fraction.size() > digits) {
        const QString rest = fraction.mid(digits);
        const bool restIsZero = rest.count(u'0') == rest.size();
        if (!restIsZero && !mayRound)
            return fail(ErrorCode::InvalidArgument,
                        u"money.sub_halala"_s,
                        u"\"%1\" has more than %2 fraction digits"_s.arg(original.toString().left(40)).arg(digits));
        roundUp = rest.front() >= u'5';
        fraction.truncate(digits);
    }
    fraction = fraction.leftJustified(digits, u'0');
    bool fits = false;
    qint64 value = QString(d.integer + fraction).toLongLong(&fits);
    if (fits && roundUp)
        ++value;
    // Rounding can carry into one more integer digit (9999999999999.995 → 10^13): the
    // limit holds for what is kept, so that every amount accepted reads back as itself.
    if (!fits || QString::number(value).size() > kMaxIntegerDigits + digits)
        return fail(ErrorCode::InvalidArgument, u"money.too_large"_s, u"\"%1\" is too large an amount"_s.arg(original.toString().left(40)));
    return d.negative ? -value : value;
}

QString shortestDecimal(double value)
{
    // Shortest text that reads back as the same double: 115.5 -> "115.5", 0.1 -> "0.1".
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

// Minor-unit digits of the currencies a Salla store may price in.
int minorDigits(const QString &currency)
{
    static const QStringList threeDigits = {u"KWD"_s, u"BHD"_s, u"OMR"_s, u"JOD"_s, u"IQD"_s, u"TND"_s, u"LYD"_s};
    return threeDigits.contains(currency) ? 3 : 2;
}

Result<QString> amountText(const QJsonValue &value)
{
    if (value.isDouble())
        return shortestDecimal(value.toDouble());
    if (value.isString())
        return value.toString();
    return fail(ErrorCode::ParseError, u"money.invalid"_s, u"amount must be a number or a decimal string"_s);
}

} // namespace

Result<ExchangeRate> ExchangeRate::parse(const QString &currency, const QString &sarPerUnit)
{
    static const QRegularExpression code(uR"(^[A-Z]{3}$)"_s);
    if (!code.match(currency).hasMatch())
        return fail(ErrorCode::InvalidArgument, u"money.currency_invalid"_s, u"\"%1\" is not an ISO 4217 code"_s.arg(currency));
    const auto d = splitDecimal(sarPerUnit);
    if (!d)
        return fail(d.error());
    if (d->negative)
        return fail(ErrorCode::InvalidArgument, u"money.rate_invalid"_s, u"an exchange rate cannot be negative"_s);
    const auto micro = scaled(*d, 6, false, sarPerUnit);
    if (!micro)
        return fail(micro.error());
    if (*micro == 0)
        return fail(ErrorCode::InvalidArgument, u"money.rate_invalid"_s, u"an exchange rate cannot be zero"_s);
    return ExchangeRate{currency, *micro};
}

Result<Money> Money::parseDecimal(QStringView text, SubHalala subHalala)
{
    const auto d = splitDecimal(text);
    if (!d)
        return fail(d.error());
    const auto halalas = scaled(*d, 2, subHalala == SubHalala::RoundHalfAwayFromZero, text);
    if (!halalas)
        return fail(halalas.error());
    return Money(*halalas);
}

Result<Money> Money::convert(QStringView amount, const ExchangeRate &rate)
{
    const auto d = splitDecimal(amount);
    if (!d)
        return fail(d.error());
    const int digits = minorDigits(rate.currency);
    const auto minor = scaled(*d, digits, true, amount);
    if (!minor)
        return fail(minor.error());
    // halalas = minor * microSar * 100 / (10^digits * 10^6), rounded half away from zero.
    // The product can pass 64 bits; GCC's 128-bit integer holds it exactly.
    __extension__ typedef __int128 Wide;
    const Wide numerator = static_cast<Wide>(*minor < 0 ? -*minor : *minor) * rate.microSarPerUnit * 100;
    Wide denominator = 1000000;
    for (int i = 0; i < digits; ++i)
        denominator *= 10;
    const qint64 halalas = static_cast<qint64>((numerator + denominator / 2) / denominator);
    return Money(*minor < 0 ? -halalas : halalas);
}

Result<Money> Money::fromSalla(const QJsonValue &value, const ExchangeRate *rate)
{
    QJsonValue amount = value;
    QString currency = kSar;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        amount = object.value(u"amount"_s);
        const QJsonValue currencyValue = object.value(u"currency"_s);
        if (currencyValue.isString() && !currencyValue.toString().isEmpty())
            currency = currencyValue.toString().toUpper();
        else if (!currencyValue.isUndefined() && !currencyValue.isNull())
            return fail(ErrorCode::ParseError, u"money.currency_invalid"_s, u"currency must be a string"_s);
    }
    const auto text = amountText(amount);
    if (!text)
        return fail(text.error());
    if (currency == kSar)
        return parseDecimal(*text, SubHalala::RoundHalfAwayFromZero);
    if (!rate || rate->currency != currency)
        return fail(ErrorCode::UnsupportedCurrency,
                    u"money.currency_unsupported"_s,
                    u"amounts in %1 need an exchange rate to SAR"_s.arg(currency));
    return convert(*text, *rate);
}

QString Money::toDecimalString() const
{
    const qint64 magnitude = m_halalas < 0 ? -m_halalas : m_halalas;
    return (m_halalas < 0 ? u"-"_s : QString())
        + QString::number(magnitude / 100) + u'.' + QString::number(magnitude % 100).rightJustified(2, u'0');
}

QString Money::format(const QLocale &locale) const
{
    const qint64 magnitude = m_halalas < 0 ? -m_halalas : m_halalas;
    // Minor digits in the locale's own digits (Arabic-Indic for ar), always two.
    const QString minor = locale.toString(magnitude % 100).rightJustified(2, locale.zeroDigit().front());
    const QString number = locale.toString(magnitude / 100) + locale.decimalPoint() + minor;
    const QString sign = m_halalas < 0 ? locale.negativeSign() : QString();
    if (locale.language() == QLocale::Arabic)
        return sign + number + u"\u00A0ر.س"_s; // a no-break space: the unit never wraps alone (ARABIC.md)
    return sign + u"SAR\u00A0"_s + number;
}

} // namespace nomo
