#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace nomo {

class CartPreviewView;
class CouponEditorModel;
class CouponForm;

// A campaign: many one-use codes Salla makes from one coupon (is_group): how many
// (1 to 10,000), the prefix they start with (the coupon's code), a name the merchant
// knows it by, the discount and the expiry. Saved as one coupon; its codes can be
// exported once Salla has made them.
class CampaignDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CampaignDialog(CouponEditorModel &model, QWidget *parent = nullptr);

Q_SIGNALS:
    void saveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    CouponEditorModel &m_model;
    CouponForm *m_form = nullptr;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QLabel *> m_helps;
    QLabel *m_intro = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLineEdit *m_count = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_amountUnit = nullptr;
    QDateEdit *m_expiry = nullptr;
    CartPreviewView *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_saveHint = nullptr;
};

} // namespace nomo
