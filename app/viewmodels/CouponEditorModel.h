#pragma once

#include "cache/Outbox.h"
#include "coupons/CouponDraft.h"
#include "coupons/CouponRules.h"
#include "viewmodels/CartPreview.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace nomo {

// The coupon editor without widgets: a draft the merchant's typing changes field by
// field (numbers in either digit system), every problem CouponRules finds on each
// change, by field, in the merchant's words, the example cart, and the outbox request
// a save becomes (POST for a new coupon, PATCH with If-Match for an edit). A campaign
// is the same draft with is_group set: the prefix is its code.
class CouponEditorModel : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Coupon, Campaign };

    // `existingCodes`: the store's other codes, upper-cased (CouponStore::codes).
    CouponEditorModel(Mode mode, const CouponDraft &start, const QSet<QString> &existingCodes, QObject *parent = nullptr);

    // A new coupon from the coupon tool's settings (default type and percentage, days
    // valid, minimum order, free shipping), expiring that many Riyadh days after `now`.
    static CouponDraft defaults(const QJsonObject &toolSettings, const QDateTime &now);

    // Editing a coupon the daemon has: its id, the version the screen rests on, and why
    // Salla refused its last push (sync.error), if it did.
    void setExisting(qint64 id, qint64 version, const QJsonObject &syncError);
    void setClock(std::function<QDateTime()> now);

    Mode mode() const { return m_mode; }
    bool isNew() const { return !m_id; }
    const CouponDraft &draft() const { return m_draft; }
    QDateTime now() const { return m_now(); }

    void setCode(const QString &code);
    void setType(CouponDraft::Type type);
    void setAmountText(const QString &text);   // percent (12.5) or SAR
    void setMaximumText(const QString &text);  // SAR; empty: no cap
    void setMinimumText(const QString &text);  // SAR; empty: none
    void setFreeShipping(bool on);
    void setActive(bool on);
    void setStartDay(const QDate &day);  // invalid: from now
    void setExpiryDay(const QDate &day); // the coupon lasts to that day's end, Riyadh time
    void setUsageLimitText(const QString &text);
    void setPerCustomerText(const QString &text);
    void setAppliedIn(CouponDraft::AppliedIn where);
    void setExcludeSaleProducts(bool on);
    void setApplyWithOffers(bool on);
    void setDomain(const QString &domain);
    void setPaymentMethods(const QStringList &methods); // empty: all
    // products_include, products_exclude, list_include_categories, list_exclude_categories:
    // ids separated by commas (either comma, either digit system).
    void setIdListText(const QString &field, const QString &text);
    void setGroupCountText(const QString &text);
    void setGroupName(const QString &name);
    void setSubtotalText(const QString &text);

    // A readable code (CouponCodes) after the optional prefix, none of the store's.
    QString generateCode(const QString &prefix);

    // The draft's values as the fields show them, in the interface's digits.
    static QString decimalText(qint64 hundredths);
    static QString idListText(const QStringList &ids);
    QDate startDay() const;
    QDate expiryDay() const;

    QList<CouponProblem> problems() const;
    QString errorFor(const QString &field) const; // the first problem of that field, in words
    // What the form shows under a field: its problem once the merchant has been there
    // (a new coupon does not open in red), every problem of a coupon being edited.
    QString shownErrorFor(const QString &field) const;
    // Why Save is off, for its tooltip: «راجع: رمز الكوبون، تاريخ الانتهاء».
    QString whatToFix() const;
    bool canSave() const { return problems().isEmpty(); }

    // Salla's words for the last refused push: all of them for the banner, and those of
    // one field until the merchant changes that field.
    QStringList sallaReasons() const;
    QStringList sallaReasons(const QString &field) const;
    QString sallaSummary() const; // empty when the last push was not refused

    CartPreview preview() const;
    OutboxRequest request() const;

Q_SIGNALS:
    void changed();

private:
    void touched(const QString &field);
    // A typed number: the value, or a problem of its own when the text is no number.
    std::optional<qint64> hundredths(const QString &field, const QString &text);
    std::optional<qint64> whole(const QString &field, const QString &text);

    Mode m_mode;
    CouponDraft m_draft;
    QSet<QString> m_existing;
    std::optional<qint64> m_id;
    qint64 m_version = 0;
    QJsonObject m_syncError;
    QSet<QString> m_touched;
    QHash<QString, QString> m_typed; // field -> console.number / console.whole_number
    Money m_subtotal = kExampleSubtotal;
    std::function<QDateTime()> m_now;
};

} // namespace nomo
