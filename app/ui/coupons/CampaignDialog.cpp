#include "ui/coupons/CampaignDialog.h"

#include "coupons/CouponRules.h"
#include "ui/coupons/CartPreviewView.h"
#include "ui/coupons/CouponForm.h"
#include "viewmodels/CouponEditorModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
const QStringList kFields{u"group_name"_s, u"code"_s, u"group_coupons_count"_s, u"amount"_s, u"expiry_date"_s};
} // namespace

CampaignDialog::CampaignDialog(CouponEditorModel &model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
{
    setObjectName(u"campaignDialog"_s);
    m_form = new CouponForm(this);
    const CouponDraft &draft = m_model.draft();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);
    m_intro = new QLabel(this);
    m_intro->setProperty("role", u"muted"_s);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *formArea = new QWidget(scroll);
    formArea->setObjectName(u"pageArea"_s);
    auto *column = new QVBoxLayout(formArea);
    column->setContentsMargins(0, 0, 8, 0);
    column->setSpacing(12);
    QVBoxLayout *what = m_form->section(column, u"campaignSection"_s, &m_labels[u"campaignSection"_s]);
    m_name = new QLineEdit(draft.groupName, this);
    m_name->setMaximumWidth(320);
    m_form->field(what, u"group_name"_s, m_name, &m_labels[u"group_name"_s], &m_helps[u"group_name"_s]);
    m_prefix = new QLineEdit(draft.code, this);
    m_prefix->setMaxLength(CouponRules::kMaxCodeLength);
    m_prefix->setMaximumWidth(200);
    CouponForm::leftToRight(m_prefix);
    m_form->field(what, u"code"_s, m_prefix, &m_labels[u"code"_s], &m_helps[u"code"_s]);
    m_count = new QLineEdit(draft.groupCount > 0 ? QLocale().toString(draft.groupCount) : QString(), this);
    m_count->setMaximumWidth(140);
    CouponForm::showLocalDigits(m_count);
    m_form->field(what, u"group_coupons_count"_s, m_count, &m_labels[u"group_coupons_count"_s], &m_helps[u"group_coupons_count"_s]);

    QVBoxLayout *discount = m_form->section(column, u"campaignDiscount"_s, &m_labels[u"campaignDiscount"_s]);
    m_type = new QComboBox(this);
    m_type->addItem(QString(), static_cast<int>(CouponDraft::Type::Percentage));
    m_type->addItem(QString(), static_cast<int>(CouponDraft::Type::Fixed));
    m_type->setCurrentIndex(draft.type == CouponDraft::Type::Fixed ? 1 : 0);
    m_type->setMaximumWidth(220);
    m_form->field(discount, u"type"_s, m_type, &m_labels[u"type"_s]);
    auto *amountRow = new QWidget(this);
    auto *row = new QHBoxLayout(amountRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_amount = new QLineEdit(draft.amount > 0 ? CouponEditorModel::decimalText(draft.amount) : QString(), amountRow);
    m_amount->setMaximumWidth(140);
    CouponForm::showLocalDigits(m_amount);
    m_amountUnit = new QLabel(amountRow);
    row->addWidget(m_amount);
    row->addWidget(m_amountUnit);
    row->addStretch();
    m_form->field(discount, u"amount"_s, amountRow, &m_labels[u"amount"_s]);
    m_amount->setObjectName(u"amountEditor"_s);
    m_expiry = CouponForm::dayEdit(this, m_model.expiryDay().isValid() ? m_model.expiryDay() : QDate::currentDate().addDays(30));
    m_form->field(discount, u"expiry_date"_s, m_expiry, &m_labels[u"expiry_date"_s], &m_helps[u"expiry_date"_s]);
    column->addStretch();
    scroll->setWidget(formArea);
    body->addWidget(scroll, 1);
    m_preview = new CartPreviewView(m_model, this);
    m_preview->setFixedWidth(300);
    body->addWidget(m_preview, 0, Qt::AlignTop);
    layout->addLayout(body, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setProperty("primary", true);
    // Why Save is off, in words beside it, not only in a tooltip.
    auto *bottom = new QHBoxLayout;
    m_saveHint = new QLabel(this);
    m_saveHint->setObjectName(u"saveHint"_s);
    m_saveHint->setProperty("role", u"muted"_s);
    m_saveHint->setWordWrap(true);
    bottom->addWidget(m_saveHint, 1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    connect(m_name, &QLineEdit::textEdited, &m_model, &CouponEditorModel::setGroupName);
    connect(m_prefix, &QLineEdit::textEdited, this, [this](const QString &text) {
        // The prefix is the campaign's code: capitals read best on a printed card.
        const QString upper = text.toUpper();
        if (upper != text) {
            const int cursor = m_prefix->cursorPosition();
            m_prefix->setText(upper);
            m_prefix->setCursorPosition(cursor);
        }
        m_model.setCode(upper);
    });
    connect(m_count, &QLineEdit::textEdited, &m_model, &CouponEditorModel::setGroupCountText);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_model.setType(static_cast<CouponDraft::Type>(m_type->currentData().toInt()));
        retranslate();
    });
    connect(m_amount, &QLineEdit::textEdited, &m_model, &CouponEditorModel::setAmountText);
    connect(m_expiry, &QDateEdit::dateChanged, &m_model, &CouponEditorModel::setExpiryDay);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_model.canSave())
            return;
        Q_EMIT saveRequested();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_model, &CouponEditorModel::changed, this, &CampaignDialog::refresh);
    setMinimumSize(860, 620);
    resize(940, 700);
    retranslate();
}

void CampaignDialog::retranslate()
{
    const QLocale locale;
    setWindowTitle(tr("New campaign"));
    m_intro->setText(tr("A campaign gives each customer a code of their own, used once: Salla makes the codes from your prefix. "
                        "Export them once they are made, to send by message or print on cards."));
    m_labels[u"campaignSection"_s]->setText(tr("The campaign"));
    m_labels[u"group_name"_s]->setText(tr("Campaign name"));
    m_helps[u"group_name"_s]->setText(tr("For you: customers do not see it."));
    m_labels[u"code"_s]->setText(tr("Code prefix"));
    m_helps[u"code"_s]->setText(tr("Every code starts with it. Latin letters, digits, - and _."));
    m_labels[u"group_coupons_count"_s]->setText(tr("Number of codes"));
    m_helps[u"group_coupons_count"_s]->setText(tr("From %1 to %2, each used once.")
                                                   .arg(locale.toString(1), locale.toString(static_cast<qlonglong>(CouponRules::kMaxGroupCodes))));
    m_labels[u"campaignDiscount"_s]->setText(tr("The discount"));
    m_labels[u"type"_s]->setText(tr("Discount type"));
    m_type->setItemText(0, tr("A percentage of the cart"));
    m_type->setItemText(1, tr("A fixed amount"));
    const bool percentage = m_model.draft().type == CouponDraft::Type::Percentage;
    m_labels[u"amount"_s]->setText(percentage ? tr("Percentage off") : tr("Amount off"));
    m_amountUnit->setText(percentage ? locale.percent() : tr("SAR"));
    m_labels[u"expiry_date"_s]->setText(tr("Expiry date"));
    m_helps[u"expiry_date"_s]->setText(tr("The codes work to the end of this day, Riyadh time."));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Make the campaign"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_preview->retranslate();
    refresh();
}

void CampaignDialog::refresh()
{
    for (const QString &field : kFields)
        m_form->showProblem(field, m_model.shownErrorFor(field));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_model.canSave());
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(m_model.whatToFix());
    m_saveHint->setText(m_model.whatToFix());
}

void CampaignDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace nomo
