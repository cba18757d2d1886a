#include "ui/coupons/CouponEditorDialog.h"

#include "coupons/CouponRules.h"
#include "ui/Theme.h"
#include "ui/coupons/CartPreviewView.h"
#include "ui/coupons/CouponForm.h"
#include "viewmodels/CouponEditorModel.h"
#include "viewmodels/CouponWords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

const QStringList kIdFields{u"products_include"_s, u"products_exclude"_s, u"list_include_categories"_s,
                            u"list_exclude_categories"_s};

// Every field a problem can land on, for showing them all after each change.
const QStringList kFields{u"code"_s, u"amount"_s, u"maximum_amount"_s, u"minimum_amount"_s, u"start_date"_s, u"expiry_date"_s,
                          u"usage_limit"_s, u"usage_limit_per_user"_s, u"applied_in"_s, u"beneficiary_domain"_s,
                          u"payment_methods"_s, u"products_include"_s, u"products_exclude"_s, u"list_include_categories"_s,
                          u"list_exclude_categories"_s, u"free_shipping"_s, u"type"_s, u"status"_s};

QLineEdit *numberEdit(QWidget *parent, const QString &text)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setMaximumWidth(180);
    CouponForm::showLocalDigits(edit);
    return edit;
}

} // namespace

CouponEditorDialog::CouponEditorDialog(CouponEditorModel &model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
{
    setObjectName(u"couponEditor"_s);
    m_form = new CouponForm(this);
    build();
    retranslate();
    connect(&m_model, &CouponEditorModel::changed, this, &CouponEditorDialog::refresh);
}

void CouponEditorDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);

    // Why Salla refused the last push, in Salla's own words, before anything else.
    m_sallaBanner = new QFrame(this);
    m_sallaBanner->setObjectName(u"banner"_s);
    m_sallaBanner->setProperty("kind", u"bad"_s);
    auto *bannerLayout = new QHBoxLayout(m_sallaBanner);
    bannerLayout->setContentsMargins(12, 8, 12, 8);
    auto *bannerIcon = new QLabel(m_sallaBanner);
    bannerIcon->setPixmap(theme::icon(u"circle-alert"_s, theme::kBad).pixmap(20, 20));
    m_sallaText = new QLabel(m_sallaBanner);
    m_sallaText->setObjectName(u"sallaReason"_s);
    m_sallaText->setWordWrap(true);
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_sallaText, 1);
    layout->addWidget(m_sallaBanner);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *formArea = new QWidget(scroll);
    formArea->setObjectName(u"pageArea"_s);
    auto *form = new QVBoxLayout(formArea);
    form->setContentsMargins(0, 0, 8, 0);
    form->setSpacing(12);
    buildCode(form);
    buildDiscount(form);
    buildDates(form);
    buildLimits(form);
    buildAudience(form);
    buildAdvanced(form);
    form->addStretch();
    scroll->setWidget(formArea);
    body->addWidget(scroll, 1);
    m_preview = new CartPreviewView(m_model, this);
    m_preview->setFixedWidth(300);
    body->addWidget(m_preview, 0, Qt::AlignTop);
    layout->addLayout(body, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setProperty("primary", true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_model.canSave())
            return;
        Q_EMIT saveRequested();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Why Save is off, in words beside it, not only in a tooltip.
    auto *bottom = new QHBoxLayout;
    m_saveHint = new QLabel(this);
    m_saveHint->setObjectName(u"saveHint"_s);
    m_saveHint->setProperty("role", u"muted"_s);
    m_saveHint->setWordWrap(true);
    bottom->addWidget(m_saveHint, 1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);
    setMinimumSize(900, 640);
    resize(1040, 720);
}

void CouponEditorDialog::buildCode(QVBoxLayout *form)
{
    const CouponDraft &draft = m_model.draft();
    QVBoxLayout *section = m_form->section(form, u"codeSection"_s, &m_labels[u"codeSection"_s]);
    auto *codeRow = new QWidget(this);
    auto *row = new QHBoxLayout(codeRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_code = new QLineEdit(draft.code, codeRow);
    m_code->setMaxLength(CouponRules::kMaxCodeLength);
    m_code->setMaximumWidth(260);
    CouponForm::leftToRight(m_code);
    m_prefix = new QLineEdit(codeRow);
    m_prefix->setObjectName(u"codePrefix"_s);
    m_prefix->setMaximumWidth(120);
    CouponForm::leftToRight(m_prefix);
    m_generate = new QToolButton(codeRow);
    m_generate->setObjectName(u"generateCodeButton"_s);
    m_generate->setIcon(theme::icon(u"wand-sparkles"_s));
    m_generate->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    row->addWidget(m_code);
    row->addSpacing(8);
    row->addWidget(m_prefix);
    row->addWidget(m_generate);
    row->addStretch();
    m_form->field(section, u"code"_s, codeRow, &m_labels[u"code"_s], &m_helps[u"code"_s]);
    // The field's name is the line's, not the row's: tests and screen readers find it.
    codeRow->setObjectName(u"codeRow"_s);
    m_code->setObjectName(u"codeEditor"_s);
    m_active = new QCheckBox(this);
    m_active->setObjectName(u"activeBox"_s);
    m_active->setChecked(draft.active);
    section->addWidget(m_active);

    connect(m_code, &QLineEdit::textEdited, &m_model, &CouponEditorModel::setCode);
    connect(m_generate, &QToolButton::clicked, this, [this] { m_code->setText(m_model.generateCode(m_prefix->text())); });
    connect(m_active, &QCheckBox::toggled, &m_model, &CouponEditorModel::setActive);
}

void CouponEditorDialog::buildDiscount(QVBoxLayout *form)
{
    const CouponDraft &draft = m_model.draft();
    QVBoxLayout *section = m_form->section(form, u"discountSection"_s, &m_labels[u"discountSection"_s]);
    m_type = new QComboBox(this);
    m_type->addItem(QString(), QVariant::fromValue(static_cast<int>(CouponDraft::Type::Percentage)));
    m_type->addItem(QString(), QVariant::fromValue(static_cast<int>(CouponDraft::Type::Fixed)));
    m_type->setCurrentIndex(draft.type == CouponDraft::Type::Fixed ? 1 : 0);
    m_type->setMaximumWidth(220);
    m_form->field(section, u"type"_s, m_type, &m_labels[u"type"_s]);

    auto *amountRow = new QWidget(this);
    auto *row = new QHBoxLayout(amountRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_amount = numberEdit(amountRow, draft.amount > 0 ? CouponEditorModel::decimalText(draft.amount) : QString());
    m_amountUnit = new QLabel(amountRow);
    m_amountUnit->setObjectName(u"amountUnit"_s);
    row->addWidget(m_amount);
    row->addWidget(m_amountUnit);
    row->addStretch();
    m_form->field(section, u"amount"_s, amountRow, &m_labels[u"amount"_s]);
    amountRow->setObjectName(u"amountRow"_s);
    m_amount->setObjectName(u"amountEditor"_s);

    m_maximumBox = new QWidget(this);
    auto *maximumLayout = new QVBoxLayout(m_maximumBox);
    maximumLayout->setContentsMargins(0, 0, 0, 0);
    m_maximum = numberEdit(this, draft.maximumDiscount ? CouponEditorModel::decimalText(draft.maximumDiscount->halalas()) : QString());
    m_form->field(maximumLayout, u"maximum_amount"_s, m_maximum, &m_labels[u"maximum_amount"_s], &m_helps[u"maximum_amount"_s]);
    section->addWidget(m_maximumBox);
    m_minimum = numberEdit(this, draft.minimumPurchase ? CouponEditorModel::decimalText(draft.minimumPurchase->halalas()) : QString());
    m_form->field(section, u"minimum_amount"_s, m_minimum, &m_labels[u"minimum_amount"_s], &m_helps[u"minimum_amount"_s]);
    m_freeShipping = new QCheckBox(this);
    m_freeShipping->setObjectName(u"freeShippingBox"_s);
    m_freeShipping->setChecked(draft.freeShipping);
    section->addWidget(m_freeShipping);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_model.setType(static_cast<CouponDraft::Type>(m_type->currentData().toInt()));
        if (m_model.draft().type == CouponDraft::Type::Fixed)
            m_maximum->clear();
        retranslate();
    });
    connect(m_amount, &QLineEdit::textEdited, &m_model, &CouponEditorModel::setAmountText);
    connect(m_maximum, &QLineEdit::textEdited, &m_model, &CouponEditorModel::setMaximumText);
    connect(m_minimum, &QLineEdit::textEdited, &m_model, &CouponEditorModel::setMinimumText);
    connect(m_freeShipping, &QCheckBox::toggled, &m_model, &CouponEditorModel::setFreeShipping);
}

void CouponEditorDialog::buildDates(QVBoxLayout *form)
{
    QVBoxLayout *section = m_form->section(form, u"datesSection"_s, &m_labels[u"datesSection"_s]);
    m_startLater = new QCheckBox(this);
    m_startLater->setObjectName(u"startLaterBox"_s);
    m_startLater->setChecked(m_model.startDay().isValid());
    section->addWidget(m_startLater);
    m_start = CouponForm::dayEdit(this, m_model.startDay().isValid() ? m_model.startDay() : m_model.now().date().addDays(1));
    m_start->setEnabled(m_startLater->isChecked());
    m_form->field(section, u"start_date"_s, m_start, &m_labels[u"start_date"_s], &m_helps[u"start_date"_s]);
    m_expiry = CouponForm::dayEdit(this, m_model.expiryDay());
    m_form->field(section, u"expiry_date"_s, m_expiry, &m_labels[u"expiry_date"_s], &m_helps[u"expiry_date"_s]);

    connect(m_startLater, &QCheckBox::toggled, this, [this](bool later) {
        m_start->setEnabled(later);
        m_model.setStartDay(later ? m_start->date() : QDate());
    });
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate &day) {
        if (m_startLater->isChecked())
            m_model.setStartDay(day);
    });
    connect(m_expiry, &QDateEdit::dateChanged, &m_model, &CouponEditorModel::setExpiryDay);
}

void CouponEditorDialog::buildLimits(QVBoxLayout *form)
{
    const CouponDraft &draft = m_model.draft();
    const QLocale locale;
    QVBoxLayout *section = m_form->section(form, u"limitsSection"_s, &m_labels[u"limitsSection"_s]);
    m_usageLimit = numberEdit(this, draft.usageLimit ? locale.toString(*draft.usageLimit) : QString());
    m_form->field(section, u"usage_limit"_s, m_usageLimit, &m_labels[u"usage_limit"_s], &m_helps[u"usage_limit"_s]);
    m_perCustomer = numberEdit(this, draft.usageLimitPerCustomer ? locale.toString(*draft.usageLimitPerCustomer) : QString());
    m_form->field(section, u"usage_limit_per_user"_s, m_perCustomer, &m_labels[u"usage_limit_per_user"_s],
                  &m_helps[u"usage_limit_per_user"_s]);
    connect(m_usageLimit, &QLineEdit::textEdited, &m_model, &CouponEditorModel::setUsageLimitText);
    connect(m_perCustomer, &QLineEdit::textEdited, &m_model, &CouponEditorModel::setPerCustomerText);
}

void CouponEditorDialog::buildAudience(QVBoxLayout *form)
{
    const CouponDraft &draft = m_model.draft();
    QVBoxLayout *section = m_form->section(form, u"audienceSection"_s, &m_labels[u"audienceSection"_s]);
    m_appliedIn = new QComboBox(this);
    for (const CouponDraft::AppliedIn where : {CouponDraft::AppliedIn::All, CouponDraft::AppliedIn::Web, CouponDraft::AppliedIn::App})
        m_appliedIn->addItem(QString(), static_cast<int>(where));
    m_appliedIn->setCurrentIndex(m_appliedIn->findData(static_cast<int>(draft.appliedIn)));
    m_appliedIn->setMaximumWidth(260);
    m_form->field(section, u"applied_in"_s, m_appliedIn, &m_labels[u"applied_in"_s]);
    m_excludeSale = new QCheckBox(this);
    m_excludeSale->setObjectName(u"excludeSaleBox"_s);
    m_excludeSale->setChecked(draft.excludeSaleProducts);
    m_withOffers = new QCheckBox(this);
    m_withOffers->setObjectName(u"withOffersBox"_s);
    m_withOffers->setChecked(draft.applyWithOffers);
    section->addWidget(m_excludeSale);
    section->addWidget(m_withOffers);
    m_domain = new QLineEdit(draft.beneficiaryDomain, this);
    m_domain->setMaximumWidth(260);
    CouponForm::leftToRight(m_domain);
    m_form->field(section, u"beneficiary_domain"_s, m_domain, &m_labels[u"beneficiary_domain"_s], &m_helps[u"beneficiary_domain"_s]);

    auto *methods = new QWidget(this);
    auto *grid = new QGridLayout(methods);
    grid->setContentsMargins(0, 0, 0, 0);
    int at = 0;
    // The ones Saudi shoppers use most first; "all" is none ticked.
    QStringList order{u"mada"_s, u"credit_card"_s, u"apple_pay"_s, u"stc_pay"_s, u"tabby_installment"_s, u"tamara_installment"_s,
                      u"bank"_s, u"cod"_s};
    for (const QString &method : CouponRules::paymentMethods())
        if (method != u"all" && !order.contains(method))
            order.append(method); // a method Salla adds later still shows
    for (const QString &method : std::as_const(order)) {
        auto *box = new QCheckBox(methods);
        box->setObjectName(method + u"Box"_s);
        box->setChecked(draft.paymentMethods.contains(method));
        grid->addWidget(box, at / 3, at % 3);
        m_payments.insert(method, box);
        ++at;
        connect(box, &QCheckBox::toggled, this, [this] {
            QStringList chosen;
            for (const QString &name : CouponRules::paymentMethods())
                if (QCheckBox *b = m_payments.value(name); b && b->isChecked())
                    chosen.append(name);
            m_model.setPaymentMethods(chosen);
        });
    }
    m_form->field(section, u"payment_methods"_s, methods, &m_labels[u"payment_methods"_s], &m_helps[u"payment_methods"_s]);

    connect(m_appliedIn, &QComboBox::currentIndexChanged, this,
            [this] { m_model.setAppliedIn(static_cast<CouponDraft::AppliedIn>(m_appliedIn->currentData().toInt())); });
    connect(m_excludeSale, &QCheckBox::toggled, &m_model, &CouponEditorModel::setExcludeSaleProducts);
    connect(m_withOffers, &QCheckBox::toggled, &m_model, &CouponEditorModel::setApplyWithOffers);
    connect(m_domain, &QLineEdit::textEdited, &m_model, &CouponEditorModel::setDomain);
}

void CouponEditorDialog::buildAdvanced(QVBoxLayout *form)
{
    const CouponDraft &draft = m_model.draft();
    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(u"advancedToggle"_s);
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setIcon(theme::icon(u"chevron-down"_s));
    m_advancedToggle->setStyleSheet(u"QToolButton { border: none; font-weight: 600; }"_s);
    form->addWidget(m_advancedToggle, 0, Qt::AlignLeading);
    m_advanced = new QWidget(this);
    auto *advancedLayout = new QVBoxLayout(m_advanced);
    advancedLayout->setContentsMargins(0, 0, 0, 0);
    QVBoxLayout *section = m_form->section(advancedLayout, u"advancedSection"_s, &m_labels[u"advancedSection"_s]);
    const QStringList *values[] = {&draft.includeProducts, &draft.excludeProducts, &draft.includeCategories, &draft.excludeCategories};
    for (qsizetype i = 0; i < kIdFields.size(); ++i) {
        const QString field = kIdFields.at(i);
        auto *edit = new QLineEdit(CouponEditorModel::idListText(*values[i]), this);
        CouponForm::leftToRight(edit);
        m_form->field(section, field, edit, &m_labels[field], i == 0 ? &m_helps[field] : nullptr);
        m_idLists.insert(field, edit);
        connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) { m_model.setIdListText(field, text); });
    }
    form->addWidget(m_advanced);
    // Folded unless the coupon already uses it, or Salla named one of these fields.
    bool used = false;
    for (const QStringList *list : values)
        used = used || !list->isEmpty();
    for (const QString &field : kIdFields)
        used = used || !m_model.sallaReasons(field).isEmpty();
    m_advancedToggle->setChecked(used);
    m_advanced->setVisible(used);
    connect(m_advancedToggle, &QToolButton::toggled, m_advanced, &QWidget::setVisible);
}

void CouponEditorDialog::retranslate()
{
    const QLocale locale;
    const CouponDraft &draft = m_model.draft();
    setWindowTitle(m_model.isNew() ? tr("New coupon") : tr("Edit the coupon %1").arg(CouponWords::isolated(draft.code)));
    m_labels[u"codeSection"_s]->setText(tr("The code"));
    m_labels[u"code"_s]->setText(tr("The code customers type at checkout"));
    m_helps[u"code"_s]->setText(tr("Latin letters, digits, - and _, %1 to %2 characters. Or let us make a readable one, "
                                   "after a prefix of yours if you like.")
                                    .arg(locale.toString(CouponRules::kMinCodeLength), locale.toString(CouponRules::kMaxCodeLength)));
    m_prefix->setPlaceholderText(tr("Prefix"));
    m_generate->setText(tr("Make a code"));
    m_active->setText(tr("Coupon active in your store"));

    m_labels[u"discountSection"_s]->setText(tr("The discount"));
    m_labels[u"type"_s]->setText(tr("Discount type"));
    m_type->setItemText(0, tr("A percentage of the cart"));
    m_type->setItemText(1, tr("A fixed amount"));
    const bool percentage = draft.type == CouponDraft::Type::Percentage;
    m_labels[u"amount"_s]->setText(percentage ? tr("Percentage off") : tr("Amount off"));
    m_amountUnit->setText(percentage ? locale.percent() : tr("SAR"));
    m_maximumBox->setVisible(percentage);
    m_labels[u"maximum_amount"_s]->setText(tr("Most it takes off (SAR)"));
    m_helps[u"maximum_amount"_s]->setText(tr("Leave empty for no cap."));
    m_labels[u"minimum_amount"_s]->setText(tr("Minimum purchase (SAR)"));
    m_helps[u"minimum_amount"_s]->setText(tr("Leave empty for a cart of any value."));
    m_freeShipping->setText(tr("Free shipping with this coupon"));

    m_labels[u"datesSection"_s]->setText(tr("Dates"));
    m_startLater->setText(tr("Start on a later day"));
    m_labels[u"start_date"_s]->setText(tr("Start date"));
    m_helps[u"start_date"_s]->setText(tr("Otherwise it works as soon as it reaches Salla."));
    m_labels[u"expiry_date"_s]->setText(tr("Expiry date"));
    m_helps[u"expiry_date"_s]->setText(tr("It works to the end of this day, Riyadh time."));

    m_labels[u"limitsSection"_s]->setText(tr("Limits"));
    m_labels[u"usage_limit"_s]->setText(tr("Total uses"));
    m_helps[u"usage_limit"_s]->setText(tr("Leave empty for no limit."));
    m_labels[u"usage_limit_per_user"_s]->setText(tr("Uses per customer"));
    m_helps[u"usage_limit_per_user"_s]->setText(tr("Leave empty for no limit."));

    m_labels[u"audienceSection"_s]->setText(tr("Who and what"));
    m_labels[u"applied_in"_s]->setText(tr("Where it works"));
    m_appliedIn->setItemText(0, tr("Your store's website and app"));
    m_appliedIn->setItemText(1, tr("The website only"));
    m_appliedIn->setItemText(2, tr("The app only"));
    m_excludeSale->setText(tr("Not on products already on sale"));
    m_withOffers->setText(tr("Works together with your other offers"));
    m_labels[u"beneficiary_domain"_s]->setText(tr("Only customers with an email at"));
    m_helps[u"beneficiary_domain"_s]->setText(tr("A company's domain, for example. Leave empty for every customer."));
    m_labels[u"payment_methods"_s]->setText(tr("Payment methods"));
    m_helps[u"payment_methods"_s]->setText(tr("None ticked: every payment method."));
    for (auto it = m_payments.constBegin(); it != m_payments.constEnd(); ++it)
        it.value()->setText(CouponWords::paymentMethod(it.key()));

    m_advancedToggle->setText(tr("Advanced: products and categories"));
    m_labels[u"advancedSection"_s]->setText(tr("Products and categories"));
    m_labels[u"products_include"_s]->setText(tr("Only these products"));
    m_helps[u"products_include"_s]->setText(tr("Product and category numbers from Salla, separated by commas."));
    m_labels[u"products_exclude"_s]->setText(tr("Not these products"));
    m_labels[u"list_include_categories"_s]->setText(tr("Only these categories"));
    m_labels[u"list_exclude_categories"_s]->setText(tr("Not these categories"));

    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_preview->retranslate();
    refresh();
}

void CouponEditorDialog::refresh()
{
    const QString summary = m_model.sallaSummary();
    m_sallaBanner->setVisible(!summary.isEmpty());
    QStringList lines{summary};
    for (const QString &words : m_model.sallaReasons())
        lines.append(CouponWords::quoted(words));
    m_sallaText->setText(lines.join(u'\n'));
    for (const QString &field : kFields)
        m_form->showProblem(field, m_model.shownErrorFor(field), m_model.sallaReasons(field));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_model.canSave());
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(m_model.whatToFix());
    m_saveHint->setText(m_model.whatToFix());
}

void CouponEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace nomo
