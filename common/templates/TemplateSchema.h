#pragma once

#include "templates/TemplateValue.h"

#include <QList>
#include <QString>

namespace nomo::templates {

// One name a template may use: its type, whether the store may lack it (a cart
// without a coupon), and for an object or a list's items the names inside.
struct SchemaField
{
    QString name;
    ValueType type = ValueType::Text;
    bool optional = false;
    QList<SchemaField> fields;

    const SchemaField *find(const QString &child) const;
};

// What a message template can talk about. Every template — whatever the channel,
// automation or language — is compiled against this one description, so the editor's
// variable list, its error messages and the daemon's send all agree.
class TemplateSchema
{
public:
    explicit TemplateSchema(QList<SchemaField> root) : m_root{QString(), ValueType::Object, false, std::move(root)} {}

    const SchemaField &root() const { return m_root; }
    // Every printable name with its dotted path ("cart.items.quantity" for a list's
    // items), depth first: the editor's variable list.
    QList<std::pair<QString, const SchemaField *>> paths() const;

    // The message context: shopper, store, cart, order, coupon, links (MessageContext).
    static const TemplateSchema &message();
    // The same for one automation: what it is about is always there (an abandoned
    // cart's reminder always has the cart, an order update the order).
    static TemplateSchema forAutomation(const QString &automation);

private:
    SchemaField m_root;
};

} // namespace nomo::templates
