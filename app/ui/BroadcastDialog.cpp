#include "ui/BroadcastDialog.h"

#include "calendar/UmmAlQura.h"
#include "core/Time.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

using calendar::Moment;

BroadcastDialog::BroadcastDialog(int quietStart, int quietEnd, QWidget *parent)
    : QDialog(parent)
    , m_quietStart(quietStart)
    , m_quietEnd(quietEnd)
{
    setObjectName(u"broadcastDialog"_s);
    setWindowTitle(tr("New broadcast"));
    setMinimumWidth(720);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"broadcastName"_s);
    m_name->setPlaceholderText(tr("Eid offers"));
    form->addRow(tr("Name"), m_name);

    auto *who = new QHBoxLayout;
    m_segment = new QComboBox(this);
    m_segment->setObjectName(u"broadcastSegment"_s);
    m_segment->addItem(tr("Every customer"), u"everyone"_s);
    m_segment->addItem(tr("Bought lately"), u"recent_buyers"_s);
    m_segment->addItem(tr("Have not bought for a while"), u"lapsed"_s);
    m_segment->addItem(tr("Never bought"), u"never_bought"_s);
    m_days = new QSpinBox(this);
    m_days->setRange(1, 3650);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    who->addWidget(m_segment, 1);
    who->addWidget(m_days);
    form->addRow(tr("To"), who);

    auto *by = new QHBoxLayout;
    m_email = new QCheckBox(tr("Email"), this);
    m_email->setChecked(true);
    m_whatsapp = new QCheckBox(tr("WhatsApp"), this);
    m_sms = new QCheckBox(tr("SMS"), this);
    m_push = new QCheckBox(tr("Push"), this);
    by->addWidget(m_whatsapp);
    by->addWidget(m_email);
    by->addWidget(m_sms);
    by->addWidget(m_push);
    by->addStretch();
    form->addRow(tr("By (the first that reaches each shopper)"), by);
    m_language = new QComboBox(this);
    m_language->addItem(u"العربية"_s, u"ar"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    form->addRow(tr("Language"), m_language);

    m_bySeason = new QRadioButton(tr("A season"), this);
    m_bySeason->setChecked(true);
    m_byDate = new QRadioButton(tr("A day and hour (Riyadh)"), this);
    m_season = new QComboBox(this);
    m_season->setObjectName(u"broadcastSeason"_s);
    m_season->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const QString language = QLocale().language() == QLocale::Arabic ? u"ar"_s : u"en"_s;
    for (const calendar::Occasion &o : BroadcastDraft::seasons(QDateTime::currentDateTimeUtc().toTimeZone(time::riyadh()).date())) {
        const auto hijri = calendar::UmmAlQura::fromGregorian(o.day);
        const QString day = QLocale().toString(o.day, u"d MMMM yyyy"_s).remove(QLocale().groupSeparator());
        m_season->addItem(u"%1 — %2%3"_s.arg(calendar::SaudiOccasions::name(o.key, language), day,
                                             hijri ? u" (%1)"_s.arg(calendar::UmmAlQura::format(*hijri, language)) : QString()),
                          QString(o.key + u'@' + o.day.toString(Qt::ISODate)));
    }
    m_moment = new QComboBox(this);
    m_moment->setObjectName(u"broadcastMoment"_s);
    for (const Moment moment : {Moment::AfterIftar, Moment::BeforeSuhoor, Moment::Morning, Moment::Evening})
        m_moment->addItem(BroadcastDraft::momentText(moment), int(moment));
    m_custom = new QDateTimeEdit(this);
    m_custom->setCalendarPopup(true);
    m_custom->setDisplayFormat(u"d MMMM yyyy  HH:mm"_s);
    // Shown and read as Riyadh's wall clock, whatever this computer's zone.
    const QDateTime riyadhNow = QDateTime::currentDateTimeUtc().toTimeZone(time::riyadh()).addSecs(3600);
    m_custom->setDateTime(QDateTime(riyadhNow.date(), QTime(riyadhNow.time().hour(), 0)));
    auto *season = new QHBoxLayout;
    season->addWidget(m_season, 2);
    season->addWidget(m_moment, 1);
    form->addRow(m_bySeason, season);
    form->addRow(m_byDate, m_custom);
    layout->addLayout(form);

    m_when = new QLabel(this);
    m_when->setObjectName(u"broadcastWhen"_s);
    m_when->setWordWrap(true);
    m_when->setStyleSheet(u"font-weight: bold;"_s);
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"broadcastProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #C5221F;"_s);
    layout->addWidget(m_when);
    layout->addWidget(m_problems);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Schedule"));
    m_buttons->button(QDialogButtonBox::Ok)->setProperty("primary", true);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name})
        connect(edit, &QLineEdit::textChanged, this, &BroadcastDialog::refresh);
    for (QComboBox *box : {m_segment, m_language, m_season, m_moment})
        connect(box, &QComboBox::currentIndexChanged, this, &BroadcastDialog::refresh);
    for (QCheckBox *box : {m_email, m_whatsapp, m_sms, m_push})
        connect(box, &QCheckBox::toggled, this, &BroadcastDialog::refresh);
    connect(m_days, &QSpinBox::valueChanged, this, &BroadcastDialog::refresh);
    connect(m_bySeason, &QRadioButton::toggled, this, &BroadcastDialog::refresh);
    connect(m_custom, &QDateTimeEdit::dateTimeChanged, this, &BroadcastDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        readControls();
        if (m_draft.problems(QDateTime::currentDateTimeUtc()).isEmpty())
            Q_EMIT submitted();
    });
    refresh();
}

void BroadcastDialog::readControls()
{
    m_draft.name = m_name->text();
    m_draft.segment = m_segment->currentData().toString();
    m_draft.segmentDays = m_days->value();
    m_draft.channels.clear();
    if (m_whatsapp->isChecked())
        m_draft.channels << u"whatsapp"_s;
    if (m_email->isChecked())
        m_draft.channels << u"email"_s;
    if (m_sms->isChecked())
        m_draft.channels << u"sms"_s;
    if (m_push->isChecked())
        m_draft.channels << u"push"_s;
    m_draft.language = m_language->currentData().toString();
    m_draft.occasion = m_bySeason->isChecked() ? m_season->currentData().toString() : QString();
    m_draft.moment = static_cast<Moment>(m_moment->currentData().toInt());
    m_draft.custom = QDateTime(m_custom->date(), m_custom->time(), time::riyadh());
}

void BroadcastDialog::refresh()
{
    readControls();
    const QString segment = m_draft.segment;
    m_days->setVisible(segment == u"recent_buyers" || segment == u"lapsed");
    m_season->setEnabled(m_bySeason->isChecked());
    m_moment->setEnabled(m_bySeason->isChecked());
    m_custom->setEnabled(m_byDate->isChecked());
    QString when = m_draft.whenText();
    if (!when.isEmpty()) {
        when = tr("Goes out %1.").arg(when);
        if (m_draft.inQuietHours(m_quietStart, m_quietEnd))
            when += u'\n' + tr("That is in your quiet hours: the messages will wait until they end. Change the quiet hours in the "
                               "notifications settings if this moment matters.");
    }
    m_when->setText(when);
    const QStringList problems = m_draft.problems(QDateTime::currentDateTimeUtc());
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void BroadcastDialog::showAnswer(const QString &words)
{
    m_problems->setText(words);
    m_problems->setVisible(!words.isEmpty());
}

void BroadcastDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

} // namespace nomo
