#pragma once

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QToolButton;
class QVBoxLayout;
class QWidget;

namespace nomo {

class CartPreviewView;
class CouponEditorModel;
class CouponForm;

// A coupon's every term a merchant needs, in groups (the code; the discount; the
// dates; the limits; who and what it is for; ids under "Advanced"), checked by
// CouponRules on every change with each problem under its field, Save off while there
// is one, and an example cart beside it. A push Salla refused shows Salla's words on
// top and under the field they name.
class CouponEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CouponEditorDialog(CouponEditorModel &model, QWidget *parent = nullptr);

Q_SIGNALS:
    void saveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void buildCode(QVBoxLayout *form);
    void buildDiscount(QVBoxLayout *form);
    void buildDates(QVBoxLayout *form);
    void buildLimits(QVBoxLayout *form);
    void buildAudience(QVBoxLayout *form);
    void buildAdvanced(QVBoxLayout *form);
    void retranslate();
    void refresh();

    CouponEditorModel &m_model;
    CouponForm *m_form = nullptr;
    QFrame *m_sallaBanner = nullptr;
    QLabel *m_sallaText = nullptr;
    QHash<QString, QLabel *> m_labels;  // by field (or section) name
    QHash<QString, QLabel *> m_helps;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_prefix = nullptr;
    QToolButton *m_generate = nullptr;
    QCheckBox *m_active = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_amountUnit = nullptr;
    QWidget *m_maximumBox = nullptr;
    QLineEdit *m_maximum = nullptr;
    QLineEdit *m_minimum = nullptr;
    QCheckBox *m_freeShipping = nullptr;
    QCheckBox *m_startLater = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_expiry = nullptr;
    QLineEdit *m_usageLimit = nullptr;
    QLineEdit *m_perCustomer = nullptr;
    QComboBox *m_appliedIn = nullptr;
    QCheckBox *m_excludeSale = nullptr;
    QCheckBox *m_withOffers = nullptr;
    QLineEdit *m_domain = nullptr;
    QHash<QString, QCheckBox *> m_payments;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advanced = nullptr;
    QHash<QString, QLineEdit *> m_idLists;
    CartPreviewView *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_saveHint = nullptr;
};

} // namespace nomo
