#pragma once

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QDialogButtonBox;

namespace nomo {

class SettingsFormModel;

// A feature's settings form, built field by field from its schema: a check box for
// yes/no, a number box that accepts the merchant's own digits, a text line, a list
// of choices. A message under a field says what is wrong, in the merchant's language.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(SettingsFormModel &model, QWidget *parent = nullptr);

    // Shows a message the daemon sent back (422) under its field.
    void showErrors();

Q_SIGNALS:
    void saveRequested(bool enabled, const QJsonObject &settings);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void trySave();

    SettingsFormModel &m_model;
    QCheckBox *m_enabledBox = nullptr;
    QLabel *m_titleLabel = nullptr;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QWidget *> m_editors;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace nomo
