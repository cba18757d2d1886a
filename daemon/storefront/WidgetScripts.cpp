#include "storefront/WidgetScripts.h"

#include "storefront/StorefrontHoldout.h"

#include "storefront/StorefrontStores.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
// Our scripts say why in comments; shoppers' phones need not download them. Only whole
// comment lines go (a line that starts with // or a block that starts a line): our own
// code is written so, and nothing inside a string or after code is touched.
QByteArray withoutCommentLines(const QByteArray &source)
{
    QByteArray out;
    out.reserve(source.size());
    bool inBlock = false;
    for (const QByteArray &line : source.split('\n')) {
        const QByteArray code = line.trimmed();
        if (inBlock) {
            inBlock = !code.endsWith("*/");
            continue;
        }
        if (code.startsWith("//"))
            continue;
        if (code.startsWith("/*")) {
            inBlock = !code.endsWith("*/");
            continue;
        }
        if (!code.isEmpty())
            out += line + '\n';
    }
    return out;
}

QByteArray resource(const QString &name)
{
    QFile file(u":/nomo/widgets/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the storefront script %s is not built in", qPrintable(name));
    return withoutCommentLines(file.readAll());
}
} // namespace

QByteArray WidgetScripts::etagOf(const QByteArray &body)
{
    return '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha256).left(10).toHex() + '"';
}

QByteArray WidgetScripts::loaderTemplate()
{
    return resource(u"loader.js"_s);
}

WidgetScripts::WidgetScripts()
    : m_loader(loaderTemplate())
    , m_pushPage(resource(u"push-page.js"_s))
    , m_serviceWorker(resource(u"push-sw.js"_s))
{
    for (const auto &[name, into] : {std::pair{u"ui"_s, &m_ui}, std::pair{u"visits"_s, &m_visits}, std::pair{u"counter"_s, &m_counter},
                              std::pair{u"collector"_s, &m_collector}, std::pair{u"toast"_s, &m_toast}, std::pair{u"push"_s, &m_push}}) {
        into->body = resource(name + u".js"_s);
        into->file = name + u'.' + QString::fromLatin1(QCryptographicHash::hash(into->body, QCryptographicHash::Sha256).left(5).toHex())
                   + u".js"_s;
        m_byFile.insert(into->file, into->body);
    }
}

QStringList WidgetScripts::moduleFiles() const
{
    return {m_ui.file, m_visits.file, m_counter.file, m_collector.file, m_toast.file, m_push.file};
}

std::optional<QByteArray> WidgetScripts::module(const QString &file) const
{
    if (auto found = m_byFile.constFind(file); found != m_byFile.cend())
        return *found;
    return std::nullopt;
}

QByteArray WidgetScripts::loaderFor(const PublicStore &store, const StorefrontHoldout &holdout) const
{
    QJsonArray modules;
    QJsonObject tools;
    const auto use = [&](const Module &module) { modules.append(QString(u"/s/w/"_s + module.file)); };
    // What this visitor is shown: a tool on, and not holding them in its control group.
    const auto shown = [&](const QString &tool) { return store.on(tool) && !holdout.holds(tool); };
    const bool visual = shown(u"visitor_counter"_s) || shown(u"email_collector"_s) || shown(u"latest_purchase"_s) || store.pushOn;
    if (visual)
        use(m_ui);
    if (store.countsVisits())
        use(m_visits);
    if (shown(u"visitor_counter"_s))
        use(m_counter);
    if (shown(u"email_collector"_s))
        use(m_collector);
    if (shown(u"latest_purchase"_s))
        use(m_toast);
    if (store.pushOn)
        use(m_push);
    if (modules.isEmpty())
        return QByteArrayLiteral("/* Nomo Flow: every storefront tool of this store is off. */\n");
    for (auto it = store.tools.cbegin(); it != store.tools.cend(); ++it)
        if (!holdout.holds(it.key()))
            tools.insert(it.key(), it.value());
    const QJsonObject config{{u"store"_s, store.id}, {u"name"_s, store.name}, {u"tools"_s, tools}, {u"modules"_s, modules}};
    // JSON is a JavaScript expression: the settings arrive as data, never as code, and
    // nothing in them reaches a page but through textContent.
    QByteArray loader = m_loader;
    loader.replace("/*CONFIG*/{}", QJsonDocument(config).toJson(QJsonDocument::Compact));
    return loader;
}

} // namespace nomo
