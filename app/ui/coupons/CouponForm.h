#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QBoxLayout;
class QDate;
class QDateEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QVBoxLayout;
class QWidget;

namespace nomo {

// The pieces the coupon and campaign forms are made of (DESIGN.md "Forms"): cards of
// fields, each field's label above it, its help in a muted caption, its problem under
// it in the bad colour. Fields are known by Salla's request name ("expiry_date"), the
// name CouponRules and Salla's refusals use, so a problem lands on its field.
class CouponForm : public QObject
{
    Q_OBJECT

public:
    explicit CouponForm(QWidget *owner);

    // A titled card; its layout takes the fields.
    QVBoxLayout *section(QBoxLayout *into, const QString &objectName, QLabel **title);
    // A labelled field in `section`, `editor` under its label; `help` may stay null.
    void field(QVBoxLayout *section, const QString &name, QWidget *editor, QLabel **label, QLabel **help = nullptr);

    // Shows each field's problem (empty: hidden), and Salla's own words under it.
    void showProblem(const QString &name, const QString &problem, const QStringList &sallaWords = {});
    QLabel *problemLabel(const QString &name) const { return m_problems.value(name); }

    // A number box that shows the merchant's digits in the interface's own (١٢ in
    // Arabic), the cursor kept, and reports the text as typed.
    static void showLocalDigits(QLineEdit *edit);
    // Codes, domains and ids are Latin and left to right in either language.
    static void leftToRight(QLineEdit *edit);
    // A day picker that reads «٣١/١٢/٢٠٢٦» as the lists do: a right-to-left date edit
    // reverses its sections (٢٠٢٦/١٢/٣١), so the field runs left to right and only its
    // calendar follows the interface.
    static QDateEdit *dayEdit(QWidget *parent, const QDate &day);

private:
    QWidget *m_owner;
    QHash<QString, QLabel *> m_problems;
};

} // namespace nomo
