#pragma once

#include "core/Result.h"
#include "templates/TemplateSchema.h"
#include "templates/TemplateValue.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace nomo::templates {

// One thing wrong with a template, where it is and in terms the editor translates.
struct Problem
{
    int line = 0;   // 1-based
    int column = 0; // 1-based, in UTF-16 units
    QString key;    // template.unknown_variable, template.may_be_empty, …
    QString name;   // the variable, filter or tag at fault
    QString detail; // an English sentence, for logs and tests
};

// How rendered text is written: email bodies escape HTML, SMS, WhatsApp and push do not.
enum class Escape { Plain, Html };

struct Compiled;

// The one template language of every message (the console's preview and the daemon's
// send run this same code over the same context):
//   {{shopper.first_name | default: "عميلنا العزيز"}}   a name, with filters
//   {{#coupon}} … {{coupon.code}} … {{/coupon}}         a section: shown when present
//   {{^coupon}} … {{/coupon}}                           shown when absent
//   {{#cart.items}} {{quantity}} × {{name}} {{/cart.items}}  a loop over a list
//   {{cart.total | money}}  {{order.date | date}}  {{order.date | date: "short"}}
//   {{cart.count | plural: "لا منتجات", "منتج واحد", "منتجان", "# منتجات", "# منتجًا", "# منتج"}}
//   {{shopper.gender | gender: "اشترى", "اشترت", "تم الشراء"}}
//   {{! a comment }}
// No logic, no raw HTML from data. Compiling checks every name against the schema
// and every filter against the value's type, and refuses a name the store may lack
// unless a section on it or a `default` covers it: a sent message never has a blank.
// A section tag alone on its line takes the line with it (no stray blank lines).
class Template
{
public:
    static Compiled compile(const QString &source, const TemplateSchema &schema, const QString &language);

    // The text for `context` (shaped as the schema says). Fails only when the context
    // lacks a name the schema promises (a bug in whoever built it), naming it.
    Result<QString> render(const Value &context, Escape escape) const;

    const QString &language() const { return m_language; }
    // The names it uses, dotted, in order of first use: for "which facts does this need".
    QStringList variables() const;

    // WhatsApp's approved templates are fixed text with positional values ({{1}}, {{2}}…):
    // a template maps onto one only when it is text and names, no sections.
    bool flat() const;
    // The text with each name replaced by its position, as Meta's template form wants it
    // ("مرحبًا {{1}}، سلتك في {{2}}…"): what the merchant submits for approval.
    QString positional() const;
    // Each name's value in order, one line each (Meta refuses new lines in a value).
    Result<QStringList> values(const Value &context) const;

    struct Node;

private:
    std::shared_ptr<const QList<Node>> m_nodes;
    QString m_language;
};

struct Compiled
{
    std::optional<Template> result;
    QList<Problem> problems;
    bool ok() const { return problems.isEmpty(); }
};

} // namespace nomo::templates
