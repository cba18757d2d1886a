#include "ui/SettingsDialog.h"

#include "i18n/Digits.h"

#include "viewmodels/SettingsFormModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
// Integers are typed as text so "٣٠" and "30" both work and an out-of-range value can
// be shown with a message instead of silently clamped by a spin box.
// Either digit system is read; what is not a whole number is passed on as text, so the
// form shows the field's message.
QJsonValue integerFrom(const QString &text)
{
    if (const auto value = digits::parseInteger(text))
        return QJsonValue(*value);
    return QJsonValue(text);
}
} // namespace

SettingsDialog::SettingsDialog(SettingsFormModel &model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
{
    setObjectName(u"settingsDialog"_s);
    build();
    retranslate();
    connect(&m_model, &SettingsFormModel::errorsChanged, this, &SettingsDialog::showErrors);
}

void SettingsDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    m_titleLabel = new QLabel(this);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_titleLabel->setFont(titleFont);
    layout->addWidget(m_titleLabel);
    m_enabledBox = new QCheckBox(this);
    m_enabledBox->setObjectName(u"enabledBox"_s);
    m_enabledBox->setChecked(m_model.enabled());
    connect(m_enabledBox, &QCheckBox::toggled, this, [this](bool on) { m_model.setEnabled(on); });
    layout->addWidget(m_enabledBox);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const QLocale locale;
    for (const SettingField &field : m_model.schema().fields) {
        const QString name = field.name;
        const QJsonValue value = m_model.value(name);
        QWidget *editor = nullptr;
        switch (field.type) {
        case SettingField::Type::Boolean: {
            auto *box = new QCheckBox(this);
            box->setChecked(value.toBool());
            connect(box, &QCheckBox::toggled, this, [this, name](bool on) { m_model.setValue(name, on); });
            editor = box;
            break;
        }
        case SettingField::Type::Integer: {
            auto *line = new QLineEdit(locale.toString(value.toInteger()), this);
            line->setMaximumWidth(140);
            connect(line, &QLineEdit::textEdited, this, [this, name, field, line](const QString &text) {
                // Typed digits are shown in the interface's own (١٢ in Arabic), the cursor kept.
                const QString shown = digits::toLocale(text);
                if (shown != text) {
                    const int cursor = line->cursorPosition();
                    line->setText(shown);
                    line->setCursorPosition(cursor);
                }
                m_model.setValue(name, integerFrom(text));
                if (auto *unit = findChild<QLabel *>(name + u"Unit"_s))
                    unit->setText(m_model.unitText(field));
            });
            editor = line;
            break;
        }
        case SettingField::Type::Text: {
            auto *line = new QLineEdit(value.toString(), this);
            connect(line, &QLineEdit::textEdited, this, [this, name](const QString &text) { m_model.setValue(name, text); });
            editor = line;
            break;
        }
        case SettingField::Type::Choice: {
            auto *combo = new QComboBox(this);
            for (const QString &choice : field.choices)
                combo->addItem(QString(), choice);
            combo->setCurrentIndex(static_cast<int>(field.choices.indexOf(value.toString())));
            connect(combo, &QComboBox::currentIndexChanged, this,
                    [this, name, combo](int) { m_model.setValue(name, combo->currentData().toString()); });
            editor = combo;
            break;
        }
        }
        editor->setObjectName(name + u"Editor"_s);
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        auto *row = new QHBoxLayout;
        row->addWidget(editor);
        if (field.type == SettingField::Type::Integer) {
            auto *unit = new QLabel(m_model.unitText(field), this);
            unit->setObjectName(name + u"Unit"_s);
            row->addWidget(unit);
        }
        row->addStretch();
        cellLayout->addLayout(row);
        auto *error = new QLabel(this);
        error->setObjectName(name + u"Error"_s);
        error->setStyleSheet(u"color: #b01c1c;"_s);
        error->setWordWrap(true);
        error->hide();
        cellLayout->addWidget(error);
        auto *label = new QLabel(this);
        form->addRow(label, cell);
        m_labels.insert(name, label);
        m_errorLabels.insert(name, error);
        m_editors.insert(name, editor);
    }
    layout->addLayout(form);
    layout->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::trySave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings: %1").arg(m_model.title()));
    m_titleLabel->setText(m_model.title());
    m_enabledBox->setText(tr("Switch the tool on in your store"));
    for (const SettingField &field : m_model.schema().fields) {
        m_labels[field.name]->setText(m_model.fieldLabel(field));
        if (auto *combo = qobject_cast<QComboBox *>(m_editors[field.name])) {
            for (int i = 0; i < combo->count(); ++i)
                combo->setItemText(i, SettingsFormModel::choiceText(combo->itemData(i).toString()));
        }
        if (auto *unit = findChild<QLabel *>(field.name + u"Unit"_s))
            unit->setText(m_model.unitText(field));
    }
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    showErrors();
}

void SettingsDialog::showErrors()
{
    for (auto it = m_errorLabels.constBegin(); it != m_errorLabels.constEnd(); ++it) {
        const QString message = m_model.errorFor(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
    if (QPushButton *save = m_buttons->button(QDialogButtonBox::Save))
        save->setEnabled(!m_model.hasErrors());
}

void SettingsDialog::trySave()
{
    if (!m_model.validate())
        return;
    Q_EMIT saveRequested(m_model.enabled(), m_model.values());
    accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace nomo
