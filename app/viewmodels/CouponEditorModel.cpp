#include "viewmodels/CouponEditorModel.h"

#include "core/Time.h"
#include "coupons/CouponCodes.h"
#include "i18n/Digits.h"
#include "sync/CouponRequests.h"
#include "viewmodels/CouponWords.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

constexpr int kGeneratedLength = 8;

// What was typed, as a decimal the money parser reads: either digit system, the
// Arabic decimal mark, no group separators, no unit.
QString plainDecimal(const QString &typed)
{
    QString text = digits::toLatin(typed).trimmed();
    text.replace(QChar(0x066B), u'.'); // ٫
    for (const QString &noise : {u"\u066C"_s, u","_s, u"\u00A0"_s, u" "_s, u"%"_s, u"\u066A"_s, u"\u061C"_s, u"ر.س"_s, u"SAR"_s})
        text.remove(noise, Qt::CaseInsensitive);
    return text;
}

QDateTime riyadhTime(const QDate &day, const QTime &at)
{
    return QDateTime(day, at, time::riyadh()).toUTC();
}

} // namespace

CouponEditorModel::CouponEditorModel(Mode mode, const CouponDraft &start, const QSet<QString> &existingCodes, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_draft(start)
    , m_existing(existingCodes)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    if (m_mode == Mode::Campaign)
        m_draft.isGroup = true;
}

CouponDraft CouponEditorModel::defaults(const QJsonObject &toolSettings, const QDateTime &now)
{
    CouponDraft draft;
    draft.type = toolSettings.value(u"default_type"_s).toString() == u"fixed" ? CouponDraft::Type::Fixed : CouponDraft::Type::Percentage;
    if (draft.type == CouponDraft::Type::Percentage)
        draft.amount = toolSettings.value(u"default_percent"_s).toInteger(10) * 100;
    if (const qint64 minimum = toolSettings.value(u"minimum_order_sar"_s).toInteger(0); minimum > 0)
        draft.minimumPurchase = Money::fromHalalas(minimum * 100);
    draft.freeShipping = toolSettings.value(u"free_shipping"_s).toBool(false);
    const QDate expiry = time::riyadhDay(now).addDays(toolSettings.value(u"valid_days"_s).toInteger(30));
    draft.expiresAt = riyadhTime(expiry, QTime(23, 59, 59));
    return draft;
}

void CouponEditorModel::setExisting(qint64 id, qint64 version, const QJsonObject &syncError)
{
    m_id = id;
    m_version = version;
    m_syncError = syncError;
    // Salla's words stand under their fields from here until the merchant changes them.
    m_touched.clear();
    // Its own code is not "taken".
    m_existing.remove(m_draft.code.toUpper());
    Q_EMIT changed();
}

void CouponEditorModel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    Q_EMIT changed();
}

void CouponEditorModel::touched(const QString &field)
{
    m_touched.insert(field);
    Q_EMIT changed();
}

std::optional<qint64> CouponEditorModel::hundredths(const QString &field, const QString &text)
{
    m_typed.remove(field);
    const QString plain = plainDecimal(text);
    if (plain.isEmpty())
        return std::nullopt;
    auto money = Money::parseDecimal(plain);
    if (!money) {
        m_typed.insert(field, u"console.number"_s);
        return std::nullopt;
    }
    return money->halalas();
}

std::optional<qint64> CouponEditorModel::whole(const QString &field, const QString &text)
{
    m_typed.remove(field);
    if (text.trimmed().isEmpty())
        return std::nullopt;
    auto value = digits::parseInteger(text);
    if (!value)
        m_typed.insert(field, u"console.whole_number"_s);
    return value;
}

void CouponEditorModel::setCode(const QString &code)
{
    m_draft.code = code.trimmed();
    touched(u"code"_s);
}

void CouponEditorModel::setType(CouponDraft::Type type)
{
    m_draft.type = type;
    // A cap means nothing to a fixed amount, and Salla refuses one there.
    if (type == CouponDraft::Type::Fixed) {
        m_draft.maximumDiscount.reset();
        m_typed.remove(u"maximum_amount"_s);
    }
    touched(u"type"_s);
}

void CouponEditorModel::setAmountText(const QString &text)
{
    m_draft.amount = hundredths(u"amount"_s, text).value_or(0);
    touched(u"amount"_s);
}

void CouponEditorModel::setMaximumText(const QString &text)
{
    const auto value = hundredths(u"maximum_amount"_s, text);
    m_draft.maximumDiscount = value ? std::optional<Money>(Money::fromHalalas(*value)) : std::nullopt;
    touched(u"maximum_amount"_s);
}

void CouponEditorModel::setMinimumText(const QString &text)
{
    const auto value = hundredths(u"minimum_amount"_s, text);
    m_draft.minimumPurchase = value ? std::optional<Money>(Money::fromHalalas(*value)) : std::nullopt;
    touched(u"minimum_amount"_s);
}

void CouponEditorModel::setFreeShipping(bool on)
{
    m_draft.freeShipping = on;
    touched(u"free_shipping"_s);
}

void CouponEditorModel::setActive(bool on)
{
    m_draft.active = on;
    touched(u"status"_s);
}

void CouponEditorModel::setStartDay(const QDate &day)
{
    m_draft.startsAt = day.isValid() ? riyadhTime(day, QTime(0, 0)) : QDateTime();
    touched(u"start_date"_s);
}

void CouponEditorModel::setExpiryDay(const QDate &day)
{
    m_draft.expiresAt = day.isValid() ? riyadhTime(day, QTime(23, 59, 59)) : QDateTime();
    touched(u"expiry_date"_s);
}

void CouponEditorModel::setUsageLimitText(const QString &text)
{
    m_draft.usageLimit = whole(u"usage_limit"_s, text);
    touched(u"usage_limit"_s);
}

void CouponEditorModel::setPerCustomerText(const QString &text)
{
    m_draft.usageLimitPerCustomer = whole(u"usage_limit_per_user"_s, text);
    touched(u"usage_limit_per_user"_s);
}

void CouponEditorModel::setAppliedIn(CouponDraft::AppliedIn where)
{
    m_draft.appliedIn = where;
    touched(u"applied_in"_s);
}

void CouponEditorModel::setExcludeSaleProducts(bool on)
{
    m_draft.excludeSaleProducts = on;
    touched(u"exclude_sale_products"_s);
}

void CouponEditorModel::setApplyWithOffers(bool on)
{
    m_draft.applyWithOffers = on;
    touched(u"is_apply_with_offer"_s);
}

void CouponEditorModel::setDomain(const QString &domain)
{
    QString text = domain.trimmed();
    if (text.startsWith(u'@'))
        text.remove(0, 1); // "@aramco.com" means the domain
    m_draft.beneficiaryDomain = text;
    touched(u"beneficiary_domain"_s);
}

void CouponEditorModel::setPaymentMethods(const QStringList &methods)
{
    m_draft.paymentMethods = methods;
    touched(u"payment_methods"_s);
}

void CouponEditorModel::setIdListText(const QString &field, const QString &text)
{
    static const QRegularExpression separators(u"[,\u060C;\\s]+"_s);
    QStringList ids = digits::toLatin(text).split(separators, Qt::SkipEmptyParts);
    if (field == u"products_include")
        m_draft.includeProducts = ids;
    else if (field == u"products_exclude")
        m_draft.excludeProducts = ids;
    else if (field == u"list_include_categories")
        m_draft.includeCategories = ids;
    else if (field == u"list_exclude_categories")
        m_draft.excludeCategories = ids;
    else
        return;
    touched(field);
}

void CouponEditorModel::setGroupCountText(const QString &text)
{
    m_draft.groupCount = whole(u"group_coupons_count"_s, text).value_or(0);
    touched(u"group_coupons_count"_s);
}

void CouponEditorModel::setGroupName(const QString &name)
{
    m_draft.groupName = name.trimmed();
    touched(u"group_name"_s);
}

void CouponEditorModel::setSubtotalText(const QString &text)
{
    const QString plain = plainDecimal(text);
    auto money = Money::parseDecimal(plain);
    m_subtotal = money && money->halalas() >= 0 ? *money : Money();
    Q_EMIT changed();
}

QString CouponEditorModel::generateCode(const QString &prefix)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9_-]"_s);
    QString start = digits::toLatin(prefix).trimmed().toUpper().remove(unsafe);
    if (!start.isEmpty() && !start.endsWith(u'-') && !start.endsWith(u'_'))
        start += u'-';
    // Room for the random part inside Salla's 30 characters.
    start = start.left(CouponRules::kMaxCodeLength - kGeneratedLength);
    setCode(CouponCodes::make(start, kGeneratedLength, m_existing));
    return m_draft.code;
}

QString CouponEditorModel::decimalText(qint64 hundredths)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    const int decimals = hundredths % 100 == 0 ? 0 : 2;
    return locale.toString(static_cast<double>(hundredths) / 100.0, 'f', decimals);
}

QString CouponEditorModel::idListText(const QStringList &ids)
{
    return ids.join(u", "_s);
}

QDate CouponEditorModel::startDay() const
{
    return m_draft.startsAt.isValid() ? time::riyadhDay(m_draft.startsAt) : QDate();
}

QDate CouponEditorModel::expiryDay() const
{
    return m_draft.expiresAt.isValid() ? time::riyadhDay(m_draft.expiresAt) : QDate();
}

QList<CouponProblem> CouponEditorModel::problems() const
{
    QList<CouponProblem> problems;
    // A field that holds no number has that problem alone: what the rules would say
    // of the value left behind would only confuse.
    for (const CouponProblem &problem : CouponRules::check(m_draft, m_now(), m_existing))
        if (!m_typed.contains(problem.field))
            problems.append(problem);
    for (auto it = m_typed.constBegin(); it != m_typed.constEnd(); ++it)
        problems.append({it.key(), it.value()});
    return problems;
}

QString CouponEditorModel::errorFor(const QString &field) const
{
    for (const CouponProblem &problem : problems())
        if (problem.field == field)
            return CouponWords::problem(problem.key);
    return {};
}

QString CouponEditorModel::shownErrorFor(const QString &field) const
{
    if (isNew() && !m_touched.contains(field))
        return {};
    return errorFor(field);
}

QString CouponEditorModel::whatToFix() const
{
    QStringList fields;
    for (const CouponProblem &problem : problems()) {
        // A campaign's code is the prefix its codes start with.
        const bool prefix = m_mode == Mode::Campaign && problem.field == u"code";
        const QString name = CouponWords::field(prefix ? u"code_prefix"_s : problem.field);
        if (!fields.contains(name))
            fields.append(name);
    }
    if (fields.isEmpty())
        return {};
    //: %1: the fields to fill in or correct, separated by the language's comma
    return tr("To save, check: %1").arg(fields.join(QLocale().language() == QLocale::Arabic ? u"، "_s : u", "_s));
}

QStringList CouponEditorModel::sallaReasons() const
{
    return CouponWords::sallaReasons(m_syncError);
}

QStringList CouponEditorModel::sallaReasons(const QString &field) const
{
    if (m_touched.contains(field))
        return {};
    return CouponWords::sallaReasons(m_syncError, field);
}

QString CouponEditorModel::sallaSummary() const
{
    if (m_syncError.isEmpty())
        return {};
    const QStringList reasons = sallaReasons();
    if (reasons.isEmpty())
        return CouponWords::syncFailure(m_syncError);
    //: Above the editor; Salla's own (Arabic) words follow, one per line
    return tr("Salla did not accept this coupon. Salla says:");
}

CartPreview CouponEditorModel::preview() const
{
    return previewCart(m_draft, m_subtotal);
}

OutboxRequest CouponEditorModel::request() const
{
    return m_id ? couponEditRequest(*m_id, m_draft, m_version) : couponCreateRequest(m_draft);
}

} // namespace nomo
