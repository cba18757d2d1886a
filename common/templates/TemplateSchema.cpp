#include "templates/TemplateSchema.h"

#include "messages/MessageTemplate.h"

using namespace Qt::StringLiterals;

namespace nomo::templates {

const SchemaField *SchemaField::find(const QString &child) const
{
    for (const SchemaField &field : fields)
        if (field.name == child)
            return &field;
    return nullptr;
}

namespace {
SchemaField text(const QString &name, bool optional = false)
{
    return {name, ValueType::Text, optional, {}};
}
SchemaField of(const QString &name, ValueType type, bool optional = false)
{
    return {name, type, optional, {}};
}

void collect(const SchemaField &field, const QString &prefix, QList<std::pair<QString, const SchemaField *>> &out)
{
    for (const SchemaField &child : field.fields) {
        const QString path = prefix.isEmpty() ? child.name : prefix + u'.' + child.name;
        out.append({path, &child});
        if (child.type == ValueType::Object || child.type == ValueType::List)
            collect(child, path, out);
    }
}
} // namespace

QList<std::pair<QString, const SchemaField *>> TemplateSchema::paths() const
{
    QList<std::pair<QString, const SchemaField *>> out;
    collect(m_root, QString(), out);
    return out;
}

const TemplateSchema &TemplateSchema::message()
{
    static const TemplateSchema schema({
        {u"shopper"_s, ValueType::Object, false, {
            text(u"first_name"_s, true),
            text(u"name"_s, true),
            of(u"gender"_s, ValueType::Gender),
            text(u"email"_s, true),
            text(u"phone"_s, true),
        }},
        {u"store"_s, ValueType::Object, false, {
            text(u"name"_s),
            text(u"url"_s),
        }},
        {u"cart"_s, ValueType::Object, true, {
            {u"items"_s, ValueType::List, false, {
                text(u"name"_s, true),
                of(u"quantity"_s, ValueType::Number),
                of(u"price"_s, ValueType::Money, true),
            }},
            of(u"count"_s, ValueType::Number),
            of(u"total"_s, ValueType::Money),
            text(u"url"_s),
        }},
        {u"order"_s, ValueType::Object, true, {
            text(u"number"_s),
            text(u"status"_s),
            of(u"total"_s, ValueType::Money),
            of(u"date"_s, ValueType::Date),
            text(u"url"_s, true),
        }},
        {u"coupon"_s, ValueType::Object, true, {
            text(u"code"_s),
            text(u"discount"_s),
            of(u"expires"_s, ValueType::Date, true),
        }},
        {u"links"_s, ValueType::Object, false, {
            text(u"store"_s),
            text(u"unsubscribe"_s),
        }},
    });
    return schema;
}

TemplateSchema TemplateSchema::forAutomation(const QString &automation)
{
    TemplateSchema schema = message();
    QString subject;
    if (automation.startsWith(QStringView(automations::kAbandonedCart)))
        subject = u"cart"_s;
    else if (automation == QStringView(automations::kOrderUpdate))
        subject = u"order"_s;
    for (SchemaField &field : schema.m_root.fields)
        if (field.name == subject)
            field.optional = false;
    return schema;
}

} // namespace nomo::templates
