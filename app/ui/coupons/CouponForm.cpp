#include "ui/coupons/CouponForm.h"

#include "i18n/Digits.h"
#include "ui/Theme.h"
#include "viewmodels/CouponWords.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QFrame>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

CouponForm::CouponForm(QWidget *owner)
    : QObject(owner)
    , m_owner(owner)
{
}

QVBoxLayout *CouponForm::section(QBoxLayout *into, const QString &objectName, QLabel **title)
{
    auto *card = new QFrame(m_owner);
    card->setObjectName(objectName);
    card->setProperty("card", true);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    *title = new QLabel(card);
    (*title)->setObjectName(u"sectionTitle"_s);
    layout->addWidget(*title);
    into->addWidget(card);
    return layout;
}

void CouponForm::field(QVBoxLayout *section, const QString &name, QWidget *editor, QLabel **label, QLabel **help)
{
    auto *box = new QVBoxLayout;
    box->setSpacing(4);
    // Labels above fields: Arabic wraps better that way (DESIGN.md "Forms").
    *label = new QLabel(m_owner);
    (*label)->setObjectName(name + u"Label"_s);
    (*label)->setWordWrap(true);
    (*label)->setBuddy(editor);
    box->addWidget(*label);
    editor->setObjectName(name + u"Editor"_s);
    // A narrow field sits at the start of the line, whatever its own direction.
    const bool narrow = editor->maximumWidth() < QWIDGETSIZE_MAX;
    if (narrow)
        editor->setMinimumWidth(editor->maximumWidth()); // aligned, it would shrink to its hint
    // (Absolute: a left-to-right field, a code or a date, would otherwise take its own
    // direction's start.)
    const Qt::Alignment start = (m_owner->isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute;
    box->addWidget(editor, 0, narrow ? start : Qt::Alignment());
    if (help) {
        *help = new QLabel(m_owner);
        (*help)->setObjectName(name + u"Help"_s);
        (*help)->setProperty("role", u"muted"_s);
        (*help)->setStyleSheet(u"font-size: 12px;"_s);
        (*help)->setWordWrap(true);
        box->addWidget(*help);
    }
    auto *problem = new QLabel(m_owner);
    problem->setObjectName(name + u"Error"_s);
    problem->setStyleSheet(u"color: %1; font-size: 12px;"_s.arg(theme::kBad.name()));
    problem->setWordWrap(true);
    problem->hide();
    box->addWidget(problem);
    m_problems.insert(name, problem);
    section->addLayout(box);
}

void CouponForm::showProblem(const QString &name, const QString &problem, const QStringList &sallaWords)
{
    QLabel *label = m_problems.value(name);
    if (!label)
        return;
    QStringList lines;
    if (!problem.isEmpty())
        lines.append(problem);
    for (const QString &words : sallaWords)
        //: Under a field: Salla's own (Arabic) words for why it refused it
        lines.append(tr("Salla: %1").arg(CouponWords::quoted(words)));
    label->setText(lines.join(u'\n'));
    label->setVisible(!lines.isEmpty());
}

void CouponForm::showLocalDigits(QLineEdit *edit)
{
    // A field of digits alone has no direction of its own, and Qt then lays it out
    // left to right: in Arabic the number would sit at the far side of its box.
    edit->setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter
                       | (edit->isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft));
    QObject::connect(edit, &QLineEdit::textEdited, edit, [edit](const QString &text) {
        const QString shown = digits::toLocale(text);
        if (shown != text) {
            const int cursor = edit->cursorPosition();
            edit->setText(shown);
            edit->setCursorPosition(cursor);
        }
    });
}

QDateEdit *CouponForm::dayEdit(QWidget *parent, const QDate &day)
{
    auto *edit = new QDateEdit(parent);
    edit->setLayoutDirection(Qt::LeftToRight); // before the format: the edit orders its sections then
    edit->setCalendarPopup(true);
    // As i18n::date writes a day: «٣١/١٢/٢٠٢٦», "31 Dec 2026" (never "12/31/26").
    edit->setDisplayFormat(QLocale().language() == QLocale::Arabic ? u"d/M/yyyy"_s : u"d MMM yyyy"_s);
    edit->setDate(day.isValid() ? day : QDate::currentDate());
    edit->setMaximumWidth(180);
    edit->calendarWidget()->setLayoutDirection(QGuiApplication::layoutDirection());
    return edit;
}

void CouponForm::leftToRight(QLineEdit *edit)
{
    edit->setLayoutDirection(Qt::LeftToRight);
    edit->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace nomo
