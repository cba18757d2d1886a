#include "templates/TemplateValue.h"

namespace nomo::templates {

Value Value::text(QString text)
{
    Value value(ValueType::Text);
    value.m_text = std::move(text);
    return value;
}

Value Value::number(qint64 number)
{
    Value value(ValueType::Number);
    value.m_number = number;
    return value;
}

Value Value::money(Money money)
{
    Value value(ValueType::Money);
    value.m_money = money;
    return value;
}

Value Value::date(QDateTime when)
{
    if (!when.isValid())
        return {}; // an unknown time is no time
    Value value(ValueType::Date);
    value.m_date = std::move(when);
    return value;
}

Value Value::gender(Gender gender)
{
    Value value(ValueType::Gender);
    value.m_gender = gender;
    return value;
}

Value Value::object(QMap<QString, Value> fields)
{
    Value value(ValueType::Object);
    value.m_fields = std::move(fields);
    return value;
}

Value Value::list(QList<Value> items)
{
    Value value(ValueType::List);
    value.m_items = std::move(items);
    return value;
}

bool Value::present() const
{
    if (m_absent)
        return false;
    if (m_type == ValueType::Text)
        return !m_text.isEmpty();
    if (m_type == ValueType::List)
        return !m_items.isEmpty();
    return true;
}

} // namespace nomo::templates
