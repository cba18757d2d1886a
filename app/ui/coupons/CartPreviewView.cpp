#include "ui/coupons/CartPreviewView.h"

#include "ui/coupons/CouponForm.h"
#include "viewmodels/CouponEditorModel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

CartPreviewView::CartPreviewView(CouponEditorModel &model, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
{
    setObjectName(u"cartPreview"_s);
    setProperty("card", true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    m_title = new QLabel(this);
    m_title->setObjectName(u"sectionTitle"_s);
    layout->addWidget(m_title);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(8);
    auto row = [this, grid](int at, QLabel **label, QWidget *value) {
        *label = new QLabel(this);
        (*label)->setProperty("role", u"muted"_s);
        grid->addWidget(*label, at, 0);
        grid->addWidget(value, at, 1, Qt::AlignTrailing);
    };
    m_subtotal = new QLineEdit(CouponEditorModel::decimalText(m_model.preview().subtotal.halalas()), this);
    m_subtotal->setObjectName(u"previewSubtotal"_s);
    m_subtotal->setMaximumWidth(110);
    CouponForm::showLocalDigits(m_subtotal);
    row(0, &m_subtotalLabel, m_subtotal);
    m_discount = new QLabel(this);
    m_discount->setObjectName(u"previewDiscount"_s);
    row(1, &m_discountLabel, m_discount);
    m_shipping = new QLabel(this);
    m_shipping->setObjectName(u"previewShipping"_s);
    row(2, &m_shippingLabel, m_shipping);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setStyleSheet(u"color: #E2E5EA;"_s);
    grid->addWidget(line, 3, 0, 1, 2);
    m_total = new QLabel(this);
    m_total->setObjectName(u"previewTotal"_s);
    m_total->setStyleSheet(u"font-size: 20px; font-weight: 600;"_s);
    row(4, &m_totalLabel, m_total);
    layout->addLayout(grid);
    m_note = new QLabel(this);
    m_note->setObjectName(u"previewNote"_s);
    m_note->setProperty("role", u"muted"_s);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    layout->addStretch();

    connect(m_subtotal, &QLineEdit::textEdited, &m_model, &CouponEditorModel::setSubtotalText);
    connect(&m_model, &CouponEditorModel::changed, this, &CartPreviewView::refresh);
    retranslate();
}

void CartPreviewView::retranslate()
{
    m_title->setText(tr("An example cart"));
    m_subtotalLabel->setText(tr("Products (SAR)"));
    m_discountLabel->setText(tr("Coupon discount"));
    m_shippingLabel->setText(tr("Shipping"));
    m_totalLabel->setText(tr("The customer pays"));
    refresh();
}

void CartPreviewView::refresh()
{
    const CartPreview cart = m_model.preview();
    const QLocale locale;
    // A discount reads as what comes off, with the locale's own minus (Arabic puts it
    // where an Arabic reader expects it).
    m_discount->setText((Money() - cart.discount).format(locale));
    m_shipping->setText(cart.shipping.halalas() == 0 ? tr("Free") : cart.shipping.format(locale));
    m_total->setText(cart.total.format(locale));
    QString note;
    if (cart.belowMinimum && m_model.draft().minimumPurchase)
        note = tr("Below the minimum purchase of %1: the coupon does not apply.").arg(m_model.draft().minimumPurchase->format(locale));
    else if (cart.capped)
        note = tr("The discount stops at the maximum you set.");
    else
        note = tr("Shipping is an example fee of %1; your store's fee depends on the company and city.")
                   .arg(kExampleShipping.format(locale));
    m_note->setText(note);
}

} // namespace nomo
