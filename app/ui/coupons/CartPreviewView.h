#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;

namespace nomo {

class CouponEditorModel;

// Beside the form: an example cart with the coupon (DESIGN.md "a live preview beside
// the form"): the subtotal the merchant types (300 SAR to begin with), the discount,
// shipping and the total a shopper would pay.
class CartPreviewView : public QFrame
{
    Q_OBJECT

public:
    explicit CartPreviewView(CouponEditorModel &model, QWidget *parent = nullptr);
    void refresh();
    void retranslate();

private:
    CouponEditorModel &m_model;
    QLabel *m_title = nullptr;
    QLabel *m_subtotalLabel = nullptr;
    QLineEdit *m_subtotal = nullptr;
    QLabel *m_discountLabel = nullptr;
    QLabel *m_discount = nullptr;
    QLabel *m_shippingLabel = nullptr;
    QLabel *m_shipping = nullptr;
    QLabel *m_totalLabel = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace nomo
