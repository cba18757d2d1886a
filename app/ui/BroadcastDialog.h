#pragma once

#include "viewmodels/BroadcastDraft.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace nomo {

// "New broadcast": a name, to whom (a segment), by what (channels, the first that reaches
// each shopper), and when — a Saudi season's moment or a day and hour in Riyadh — with
// the time it comes to, the Hijri day beside it, a warning when it falls in the store's
// quiet hours, and each problem in the merchant's words. `submitted` carries the draft;
// the flow sends it and tells the dialog the daemon's answer.
class BroadcastDialog : public QDialog
{
    Q_OBJECT

public:
    BroadcastDialog(int quietStart, int quietEnd, QWidget *parent = nullptr);
    const BroadcastDraft &draft() const { return m_draft; }
    void showAnswer(const QString &words); // the daemon's refusal, or that it could not be reached
    void setBusy(bool busy);

Q_SIGNALS:
    void submitted();

private:
    void readControls();
    void refresh();

    BroadcastDraft m_draft;
    int m_quietStart, m_quietEnd;
    QLineEdit *m_name = nullptr;
    QComboBox *m_segment = nullptr;
    QSpinBox *m_days = nullptr;
    QCheckBox *m_email = nullptr, *m_whatsapp = nullptr, *m_sms = nullptr, *m_push = nullptr;
    QComboBox *m_language = nullptr;
    QRadioButton *m_bySeason = nullptr, *m_byDate = nullptr;
    QComboBox *m_season = nullptr, *m_moment = nullptr;
    QDateTimeEdit *m_custom = nullptr;
    QLabel *m_when = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace nomo
