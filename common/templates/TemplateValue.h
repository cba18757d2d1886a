#pragma once

#include "money/Money.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace nomo::templates {

// The types a message template's context is made of. The schema (TemplateSchema)
// gives each name one of them; the engine checks every use against it when a
// template is compiled, so a template that would print a blank never gets saved.
enum class ValueType { Text, Number, Money, Date, Gender, Object, List };

// A shopper's grammatical gender as the store knows it. Arabic verbs and adjectives
// agree with it (اشترى / اشترت); Unknown picks a template's neutral form.
enum class Gender { Unknown, Male, Female };

// One value of a rendering context: a tree of objects and lists over scalars.
// Absent is a value too: an optional name the store has no fact for (no coupon on
// this cart, no first name), which sections and `default` test for.
class Value
{
public:
    Value() = default; // absent
    static Value text(QString text);
    static Value number(qint64 number);
    static Value money(Money money);
    static Value date(QDateTime when);
    static Value gender(Gender gender);
    static Value object(QMap<QString, Value> fields);
    static Value list(QList<Value> items);

    // False for an absent value and for an empty text or list: nothing to show.
    bool present() const;
    ValueType type() const { return m_type; }
    const QString &asText() const { return m_text; }
    qint64 asNumber() const { return m_number; }
    Money asMoney() const { return m_money; }
    const QDateTime &asDate() const { return m_date; }
    Gender asGender() const { return m_gender; }
    // A field of an object (absent when the object lacks it).
    Value field(const QString &name) const { return m_fields.value(name); }
    const QList<Value> &items() const { return m_items; }

    // Adds or replaces a field of an object.
    void set(const QString &name, Value value) { m_fields.insert(name, std::move(value)); }

private:
    explicit Value(ValueType type) : m_absent(false), m_type(type) {}

    bool m_absent = true;
    ValueType m_type = ValueType::Text;
    QString m_text;
    qint64 m_number = 0;
    Money m_money;
    QDateTime m_date;
    Gender m_gender = Gender::Unknown;
    QMap<QString, Value> m_fields;
    QList<Value> m_items;
};

} // namespace nomo::templates
