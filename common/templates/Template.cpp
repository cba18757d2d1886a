#include "templates/Template.h"

#include "core/Error.h"
#include "core/Time.h"
#include "templates/PluralRules.h"

#include "templates/TemplateLocale.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace nomo::templates {

struct Filter
{
    QString name;
    QStringList args;
};

struct Template::Node
{
    enum class Kind { Text, Variable, Section, Inverted };
    Kind kind = Kind::Text;
    QString text;          // Text: the literal; otherwise the tag's name as written
    QStringList path;      // the name's segments
    int scopeDepth = 0;    // the scope that holds path[0]
    ValueType type = ValueType::Text; // the named value's type
    bool optional = false; // whether the named value may be absent
    QString dotted;        // the name from the context's root ("cart.items.quantity")
    QList<Filter> filters;
    QList<Node> children;
};

namespace {

using Node = Template::Node;

bool validName(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'.') || path.endsWith(u'.') || path.contains(u".."_s))
        return false;
    for (const QChar c : path)
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'.') || c.unicode() > 0x7f)
            return false;
    return true;
}

// The parts of "a.b | f: "x, y", "z" | g" split at the bars outside quotes.
QStringList splitOutsideQuotes(const QString &text, QChar separator, bool *unterminated)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == u'\\' && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
            continue;
        }
        if (c == u'"')
            quoted = !quoted;
        if (c == separator && !quoted) {
            parts.append(current);
            current.clear();
            continue;
        }
        current += c;
    }
    parts.append(current);
    *unterminated = quoted;
    return parts;
}

// `"one", "two"` → {one, two}; nullopt when an argument is not one quoted string.
std::optional<QStringList> parseArguments(const QString &text)
{
    bool unterminated = false;
    const QStringList raw = splitOutsideQuotes(text, u',', &unterminated);
    if (unterminated)
        return std::nullopt;
    QStringList args;
    for (const QString &part : raw) {
        const QString item = part.trimmed();
        if (item.size() < 2 || !item.startsWith(u'"') || !item.endsWith(u'"'))
            return std::nullopt;
        QString value;
        for (qsizetype i = 1; i + 1 < item.size(); ++i) {
            const QChar c = item.at(i);
            if (c == u'\\' && i + 2 < item.size()) {
                value += item.at(++i);
                continue;
            }
            if (c == u'"')
                return std::nullopt;
            value += c;
        }
        args.append(value);
    }
    return args;
}

QString display(QString dotted)
{
    return dotted.remove(u"[]"_s);
}

class Compiler
{
public:
    Compiler(const QString &source, const TemplateSchema &schema, QString language)
        : m_source(source)
        , m_language(std::move(language))
    {
        m_scopes.append({QString(), &schema.root()});
        m_lineStarts.append(0);
        for (qsizetype i = 0; i < source.size(); ++i)
            if (source.at(i) == u'\n')
                m_lineStarts.append(i + 1);
    }

    QList<Node> run()
    {
        const qsizetype n = m_source.size();
        qsizetype pos = 0;
        while (pos < n) {
            const qsizetype open = m_source.indexOf(u"{{"_s, pos);
            if (open < 0) {
                addText(m_source.mid(pos));
                break;
            }
            const qsizetype close = m_source.indexOf(u"}}"_s, open + 2);
            if (close < 0) {
                problem(open, u"template.unclosed_tag"_s, u"{{"_s, u"a tag opened here is never closed with }}"_s);
                addText(m_source.mid(pos));
                break;
            }
            QString literal = m_source.mid(pos, open - pos);
            const QString inner = m_source.mid(open + 2, close - open - 2).trimmed();
            qsizetype end = close + 2;
            const QChar sigil = inner.isEmpty() ? QChar() : inner.front();
            const bool block = sigil == u'#' || sigil == u'^' || sigil == u'/' || sigil == u'!';
            if (block) {
                // A block tag alone on its line takes its line with it.
                const qsizetype lineStart = m_source.lastIndexOf(u'\n', open - 1) + 1;
                qsizetype lineEnd = m_source.indexOf(u'\n', end);
                if (lineEnd < 0)
                    lineEnd = n;
                const QString before = m_source.mid(lineStart, open - lineStart);
                const QString after = m_source.mid(end, lineEnd - end);
                if (lineStart >= pos && before.trimmed().isEmpty() && after.trimmed().isEmpty()) {
                    literal.chop(before.size());
                    end = lineEnd < n ? lineEnd + 1 : n;
                }
            }
            addText(literal);
            tag(open, inner, sigil);
            pos = end;
        }
        while (m_frames.size() > 0) {
            const Frame frame = m_frames.takeLast();
            problem(frame.offset, u"template.unclosed_section"_s, frame.node.text,
                    u"the section {{#%1}} is never closed with {{/%1}}"_s.arg(frame.node.text));
            popScope(frame);
            target().append(frame.node);
        }
        return m_root;
    }

    QList<Problem> problems() const { return m_problems; }
    QStringList variables() const { return m_variables; }

private:
    struct Scope
    {
        QString prefix;
        const SchemaField *field;
    };
    struct Frame
    {
        Node node;
        qsizetype offset = 0;
        QStringList guardsAdded;
        QStringList absentAdded;
        bool pushedScope = false;
    };
    struct Link
    {
        QString dotted;
        const SchemaField *field;
    };
    struct Resolved
    {
        int depth = 0;
        QList<Link> chain;
    };

    QList<Node> &target() { return m_frames.isEmpty() ? m_root : m_frames.last().node.children; }

    void addText(const QString &text)
    {
        if (text.isEmpty())
            return;
        QList<Node> &nodes = target();
        if (!nodes.isEmpty() && nodes.last().kind == Node::Kind::Text) {
            nodes.last().text += text;
            return;
        }
        Node node;
        node.text = text;
        nodes.append(node);
    }

    void problem(qsizetype offset, const QString &key, const QString &name, const QString &detail)
    {
        const auto line = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset) - m_lineStarts.cbegin();
        const int column = int(offset - m_lineStarts.at(line - 1)) + 1;
        m_problems.append({int(line), column, key, name, u"line %1, column %2: %3"_s.arg(line).arg(column).arg(detail)});
    }

    std::optional<Resolved> resolve(qsizetype offset, const QString &written)
    {
        if (!validName(written)) {
            problem(offset, u"template.bad_name"_s, written, u"\"%1\" is not a name (letters, digits, _ and .)"_s.arg(written));
            return std::nullopt;
        }
        const QStringList segments = written.split(u'.');
        Resolved resolved;
        const SchemaField *field = nullptr;
        for (int depth = int(m_scopes.size()) - 1; depth >= 0 && !field; --depth) {
            field = m_scopes.at(depth).field->find(segments.front());
            resolved.depth = depth;
        }
        if (!field) {
            problem(offset, u"template.unknown_variable"_s, written, u"there is no \"%1\" here"_s.arg(written));
            return std::nullopt;
        }
        QString dotted = m_scopes.at(resolved.depth).prefix + segments.front();
        resolved.chain.append({dotted, field});
        for (qsizetype i = 1; i < segments.size(); ++i) {
            const SchemaField *child = field->type == ValueType::Object ? field->find(segments.at(i)) : nullptr;
            if (!child) {
                problem(offset, u"template.unknown_variable"_s, written, u"there is no \"%1\" here"_s.arg(written));
                return std::nullopt;
            }
            field = child;
            dotted += u'.' + segments.at(i);
            resolved.chain.append({dotted, field});
        }
        return resolved;
    }

    // Every optional name on the way must be covered by a section on it; the last
    // one may instead be covered by a `default`.
    bool checkPresence(qsizetype offset, const QString &written, const Resolved &resolved, bool leafCovered)
    {
        for (qsizetype i = 0; i < resolved.chain.size(); ++i) {
            const Link &link = resolved.chain.at(i);
            if (m_absent.contains(link.dotted)) {
                problem(offset, u"template.absent_here"_s, written,
                        u"\"%1\" is used inside {{^%2}}, where it is absent"_s.arg(written, display(link.dotted)));
                return false;
            }
            const bool leaf = i == resolved.chain.size() - 1;
            if (link.field->optional && !m_guarded.contains(link.dotted) && !(leaf && leafCovered)) {
                problem(offset, u"template.may_be_empty"_s, display(link.dotted),
                        u"\"%1\" may be missing: put it inside {{#%1}} … {{/%1}} or add | default: \"…\""_s.arg(display(link.dotted)));
                return false;
            }
        }
        return true;
    }

    void tag(qsizetype offset, const QString &inner, QChar sigil)
    {
        if (inner.isEmpty()) {
            problem(offset, u"template.empty_tag"_s, QString(), u"an empty {{}}"_s);
            return;
        }
        if (sigil == u'!')
            return;
        if (sigil == u'#' || sigil == u'^')
            return openSection(offset, inner.mid(1).trimmed(), sigil == u'^');
        if (sigil == u'/')
            return closeSection(offset, inner.mid(1).trimmed());
        variable(offset, inner);
    }

    void openSection(qsizetype offset, const QString &written, bool inverted)
    {
        Frame frame;
        frame.offset = offset;
        frame.node.kind = inverted ? Node::Kind::Inverted : Node::Kind::Section;
        frame.node.text = written;
        const auto resolved = resolve(offset, written);
        if (resolved) {
            Resolved outer = *resolved;
            outer.chain.removeLast();
            checkPresence(offset, written, outer, false);
            const Link &leaf = resolved->chain.last();
            fill(frame.node, *resolved);
            if (inverted) {
                if (!m_absent.contains(leaf.dotted)) {
                    m_absent.insert(leaf.dotted);
                    frame.absentAdded.append(leaf.dotted);
                }
            } else {
                if (!m_guarded.contains(leaf.dotted)) {
                    m_guarded.insert(leaf.dotted);
                    frame.guardsAdded.append(leaf.dotted);
                }
                if (leaf.field->type == ValueType::Object || leaf.field->type == ValueType::List) {
                    const QString prefix = leaf.dotted + (leaf.field->type == ValueType::List ? u"[]."_s : u"."_s);
                    m_scopes.append({prefix, leaf.field});
                    frame.pushedScope = true;
                }
            }
        }
        m_frames.append(frame);
    }

    void closeSection(qsizetype offset, const QString &written)
    {
        if (m_frames.isEmpty()) {
            problem(offset, u"template.unexpected_close"_s, written, u"{{/%1}} closes no section"_s.arg(written));
            return;
        }
        Frame frame = m_frames.takeLast();
        if (frame.node.text != written)
            problem(offset, u"template.mismatched_close"_s, written,
                    u"{{/%1}} closes {{#%2}}"_s.arg(written, frame.node.text));
        popScope(frame);
        target().append(frame.node);
    }

    void popScope(const Frame &frame)
    {
        for (const QString &guard : frame.guardsAdded)
            m_guarded.remove(guard);
        for (const QString &absent : frame.absentAdded)
            m_absent.remove(absent);
        if (frame.pushedScope)
            m_scopes.removeLast();
    }

    void fill(Node &node, const Resolved &resolved)
    {
        node.path = node.text.split(u'.');
        node.scopeDepth = resolved.depth;
        node.type = resolved.chain.last().field->type;
        node.optional = resolved.chain.last().field->optional;
        node.dotted = display(resolved.chain.last().dotted);
        if (!m_variables.contains(node.dotted))
            m_variables.append(node.dotted);
    }

    void variable(qsizetype offset, const QString &inner)
    {
        bool unterminated = false;
        const QStringList parts = splitOutsideQuotes(inner, u'|', &unterminated);
        if (unterminated) {
            problem(offset, u"template.bad_argument"_s, inner, u"a quoted text is never closed"_s);
            return;
        }
        Node node;
        node.kind = Node::Kind::Variable;
        node.text = parts.front().trimmed();
        bool hasDefault = false;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QString part = parts.at(i).trimmed();
            const qsizetype colon = part.indexOf(u':');
            Filter filter{(colon < 0 ? part : part.left(colon)).trimmed(), {}};
            if (colon >= 0) {
                const auto args = parseArguments(part.mid(colon + 1));
                if (!args) {
                    problem(offset, u"template.bad_argument"_s, filter.name,
                            u"the arguments of \"%1\" must be quoted texts separated by commas"_s.arg(filter.name));
                    return;
                }
                filter.args = *args;
            }
            hasDefault = hasDefault || filter.name == u"default";
            node.filters.append(filter);
        }
        const auto resolved = resolve(offset, node.text);
        if (!resolved)
            return;
        fill(node, *resolved);
        if (!checkPresence(offset, node.text, *resolved, hasDefault))
            return;
        if (!checkFilters(offset, node))
            return;
        target().append(node);
    }

    bool checkFilters(qsizetype offset, const Node &node)
    {
        ValueType type = node.type;
        const auto wrongType = [&](const Filter &filter, const QString &wants) {
            problem(offset, u"template.filter_type"_s, filter.name,
                    u"\"%1\" needs %2, and \"%3\" is not"_s.arg(filter.name, wants, node.text));
            return false;
        };
        const auto wrongCount = [&](const Filter &filter, const QString &wants) {
            problem(offset, u"template.filter_arguments"_s, filter.name, u"\"%1\" takes %2"_s.arg(filter.name, wants));
            return false;
        };
        for (const Filter &filter : node.filters) {
            const qsizetype count = filter.args.size();
            if (filter.name == u"money") {
                if (type != ValueType::Money)
                    return wrongType(filter, u"an amount"_s);
                if (count)
                    return wrongCount(filter, u"no arguments"_s);
            } else if (filter.name == u"date") {
                if (type != ValueType::Date)
                    return wrongType(filter, u"a date"_s);
                static const QStringList styles{u"long"_s, u"short"_s, u"time"_s, u"datetime"_s};
                if (count > 1 || (count == 1 && !styles.contains(filter.args.front())))
                    return wrongCount(filter, u"one of \"long\", \"short\", \"time\", \"datetime\", or nothing"_s);
            } else if (filter.name == u"number") {
                if (type != ValueType::Number)
                    return wrongType(filter, u"a number"_s);
                if (count)
                    return wrongCount(filter, u"no arguments"_s);
            } else if (filter.name == u"plural") {
                if (type != ValueType::Number)
                    return wrongType(filter, u"a number"_s);
                const QStringList forms = pluralFormNames(m_language);
                if (count != forms.size())
                    return wrongCount(filter, u"%1 forms in %2 (%3)"_s.arg(forms.size()).arg(m_language, forms.join(u", "_s)));
            } else if (filter.name == u"gender") {
                if (type != ValueType::Gender)
                    return wrongType(filter, u"a gender"_s);
                if (count != 3)
                    return wrongCount(filter, u"3 forms: masculine, feminine, and one for an unknown gender"_s);
            } else if (filter.name == u"default") {
                if (type != ValueType::Text)
                    return wrongType(filter, u"a text"_s);
                if (count != 1 || filter.args.front().isEmpty())
                    return wrongCount(filter, u"one text that is not empty"_s);
            } else {
                problem(offset, u"template.unknown_filter"_s, filter.name, u"there is no filter \"%1\""_s.arg(filter.name));
                return false;
            }
            if (filter.name != u"default")
                type = ValueType::Text;
        }
        if (type == ValueType::Gender) {
            problem(offset, u"template.not_printable"_s, node.text,
                    u"\"%1\" is a gender: pick words with | gender: \"…\", \"…\", \"…\""_s.arg(node.text));
            return false;
        }
        if (type == ValueType::Object || type == ValueType::List) {
            problem(offset, u"template.not_printable"_s, node.text,
                    u"\"%1\" holds other names: use {{#%1}} … {{/%1}}"_s.arg(node.text));
            return false;
        }
        return true;
    }

    const QString &m_source;
    QString m_language;
    QList<qsizetype> m_lineStarts;
    QList<Scope> m_scopes;
    QList<Frame> m_frames;
    QList<Node> m_root;
    QSet<QString> m_guarded;
    QSet<QString> m_absent;
    QList<Problem> m_problems;
    QStringList m_variables;
};

class Renderer
{
public:
    Renderer(const QString &language, Escape escape)
        : m_language(language)
        , m_locale(localeOf(language))
        , m_escape(escape)
    {
    }

    Status run(const QList<Node> &nodes, QList<const Value *> &scopes, QString &out) const
    {
        for (const Node &node : nodes) {
            switch (node.kind) {
            case Node::Kind::Text:
                out += write(node.text);
                break;
            case Node::Kind::Variable: {
                auto text = print(node, lookup(node, scopes));
                if (!text)
                    return fail(text.error());
                out += write(*text);
                break;
            }
            case Node::Kind::Section: {
                const Value value = lookup(node, scopes);
                if (!value.present())
                    break;
                if (node.type == ValueType::List) {
                    for (const Value &item : value.items()) {
                        scopes.append(&item);
                        const Status done = run(node.children, scopes, out);
                        scopes.removeLast();
                        if (!done)
                            return done;
                    }
                } else if (node.type == ValueType::Object) {
                    scopes.append(&value);
                    const Status done = run(node.children, scopes, out);
                    scopes.removeLast();
                    if (!done)
                        return done;
                } else if (auto done = run(node.children, scopes, out); !done) {
                    return done;
                }
                break;
            }
            case Node::Kind::Inverted:
                if (!lookup(node, scopes).present())
                    if (auto done = run(node.children, scopes, out); !done)
                        return done;
                break;
            }
        }
        return {};
    }

private:
    static Value lookup(const Node &node, const QList<const Value *> &scopes)
    {
        if (node.scopeDepth >= scopes.size())
            return {};
        Value value = *scopes.at(node.scopeDepth);
        for (const QString &segment : node.path)
            value = value.field(segment);
        return value;
    }

    QString write(const QString &text) const { return m_escape == Escape::Html ? text.toHtmlEscaped() : text; }

    QString number(qint64 n) const { return m_locale.toString(n); }

    QString date(const QDateTime &when, const QString &style) const
    {
        const QDateTime riyadh = when.toTimeZone(time::riyadh());
        const bool arabic = m_locale.language() == QLocale::Arabic;
        if (style == u"short")
            return m_locale.toString(riyadh.date(), u"d/M/yyyy"_s);
        if (style == u"time")
            return m_locale.toString(riyadh.time(), arabic ? u"h:mm ap"_s : u"HH:mm"_s);
        const QString day = m_locale.toString(riyadh.date(), u"dddd d MMMM yyyy"_s);
        if (style == u"datetime")
            return day + (arabic ? u"، "_s : u", "_s) + m_locale.toString(riyadh.time(), arabic ? u"h:mm ap"_s : u"HH:mm"_s);
        return day;
    }

    QString plain(const Value &value) const
    {
        switch (value.type()) {
        case ValueType::Number: return number(value.asNumber());
        case ValueType::Money: return value.asMoney().format(m_locale);
        case ValueType::Date: return date(value.asDate(), u"long"_s);
        default: return value.asText();
        }
    }

    Result<QString> print(const Node &node, Value value) const
    {
        for (const Filter &filter : node.filters) {
            if (filter.name == u"default") {
                if (!value.present())
                    value = Value::text(filter.args.front());
                continue;
            }
            if (!value.present())
                continue; // absent stays absent until a default, or the end
            if (filter.name == u"money" || filter.name == u"number") {
                value = Value::text(plain(value));
            } else if (filter.name == u"date") {
                value = Value::text(date(value.asDate(), filter.args.value(0, u"long"_s)));
            } else if (filter.name == u"plural") {
                const QList<PluralCategory> categories = pluralCategories(m_language);
                const auto at = categories.indexOf(pluralCategory(m_language, value.asNumber()));
                value = Value::text(QString(filter.args.at(at)).replace(u'#', number(value.asNumber())));
            } else if (filter.name == u"gender") {
                const Gender gender = value.asGender();
                value = Value::text(filter.args.at(gender == Gender::Male ? 0 : gender == Gender::Female ? 1 : 2));
            }
        }
        if (!value.present())
            return fail(ErrorCode::InvalidArgument, u"template.missing_value"_s,
                        u"the message's context has no \"%1\", which the template needs"_s.arg(node.dotted));
        return plain(value);
    }

    QString m_language;
    QLocale m_locale;
    Escape m_escape;
};

} // namespace

Compiled Template::compile(const QString &source, const TemplateSchema &schema, const QString &language)
{
    Compiler compiler(source, schema, language);
    QList<Node> nodes = compiler.run();
    Compiled compiled;
    compiled.problems = compiler.problems();
    if (compiled.ok()) {
        Template tmpl;
        tmpl.m_nodes = std::make_shared<const QList<Node>>(std::move(nodes));
        tmpl.m_language = language;
        compiled.result = tmpl;
    }
    return compiled;
}

Result<QString> Template::render(const Value &context, Escape escape) const
{
    QString out;
    QList<const Value *> scopes{&context};
    if (!m_nodes)
        return out;
    if (auto done = Renderer(m_language, escape).run(*m_nodes, scopes, out); !done)
        return fail(done.error());
    return out;
}

bool Template::flat() const
{
    if (m_nodes)
        for (const Node &node : *m_nodes)
            if (node.kind == Node::Kind::Section || node.kind == Node::Kind::Inverted)
                return false;
    return true;
}

QString Template::positional() const
{
    QString out;
    int position = 0;
    if (m_nodes)
        for (const Node &node : *m_nodes)
            out += node.kind == Node::Kind::Text ? node.text : u"{{%1}}"_s.arg(++position);
    return out;
}

Result<QStringList> Template::values(const Value &context) const
{
    QStringList values;
    if (!m_nodes)
        return values;
    const Renderer renderer(m_language, Escape::Plain);
    for (const Node &node : *m_nodes) {
        if (node.kind != Node::Kind::Variable)
            continue;
        QString one;
        QList<const Value *> scopes{&context};
        if (auto done = renderer.run({node}, scopes, one); !done)
            return fail(done.error());
        // Meta refuses new lines, tabs and runs of spaces in a value; a no-break space
        // (in "١٢٠ ر.س") is kept as the preview shows it.
        static const QRegularExpression kBreaks(u"[\\r\\n\\t]+| {2,}"_s);
        values.append(one.replace(kBreaks, u" "_s).trimmed());
    }
    return values;
}

QStringList Template::variables() const
{
    QStringList names;
    std::function<void(const QList<Node> &)> walk = [&](const QList<Node> &nodes) {
        for (const Node &node : nodes) {
            if (node.kind != Node::Kind::Text && !names.contains(node.dotted))
                names.append(node.dotted);
            walk(node.children);
        }
    };
    if (m_nodes)
        walk(*m_nodes);
    return names;
}

} // namespace nomo::templates
