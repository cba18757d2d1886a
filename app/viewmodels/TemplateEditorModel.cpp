#include "viewmodels/TemplateEditorModel.h"

#include "cache/CacheDatabase.h"
#include "cache/FeatureStore.h"
#include "cache/SyncStateStore.h"
#include "cache/TemplateStore.h"
#include "core/ConsoleLogging.h"
#include "sync/OutboxKinds.h"
#include "templates/TemplateSchema.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace nomo {

TemplateEditorModel::TemplateEditorModel(const CacheDatabase &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
    reload();
}

QStringList TemplateEditorModel::automationKeys()
{
    return {u"abandoned_cart"_s, u"abandoned_cart_last"_s, u"order_update"_s, u"welcome"_s, u"win_back"_s, u"broadcast"_s};
}

QStringList TemplateEditorModel::channelKeys()
{
    return {u"email"_s, u"sms"_s, u"whatsapp"_s, u"push"_s};
}

QStringList TemplateEditorModel::variables()
{
    QStringList names;
    for (const auto &[path, field] : templates::TemplateSchema::message().paths())
        if (field->type != templates::ValueType::Object && field->type != templates::ValueType::List)
            names << path;
    return names;
}

QStringList TemplateEditorModel::snippets() const
{
    const bool arabic = m_language == u"ar";
    QStringList out;
    for (const QString &name : variables()) {
        if (name == u"shopper.gender")
            out << (arabic ? u"{{shopper.gender | gender: \"اشترى\", \"اشترت\", \"تم الشراء\"}}"_s
                           : u"{{shopper.gender | gender: \"he\", \"she\", \"they\"}}"_s);
        else if (name == u"cart.count")
            out << (arabic ? u"{{cart.count | plural: \"لا منتجات\", \"منتج واحد\", \"منتجان\", \"# منتجات\", \"# منتجًا\", \"# منتج\"}}"_s
                           : u"{{cart.count | plural: \"# item\", \"# items\"}}"_s);
        else
            out << u"{{"_s + name + u"}}"_s;
    }
    return out;
}

void TemplateEditorModel::readStore()
{
    const auto status = SyncStateStore(m_cache).status();
    m_storeName = status ? status->merchantName : QString();
    m_smsPartHalalas = FeatureStore(m_cache).effective(u"notifications"_s).settings.value(u"sms_price_halalas"_s).toInteger(8);
}

void TemplateEditorModel::select(const QString &automation, const QString &channel, const QString &language)
{
    readStore();
    m_automation = automation;
    m_channel = channel;
    m_language = language;
    m_saved = TemplateStore(m_cache).effective(automation, channel, language);
    m_working = m_saved;
    if (m_test.pending == false)
        m_test = {}; // another channel's answer says nothing about this one
    recompute();
}

void TemplateEditorModel::setTestPending()
{
    m_test = {true, false, {}};
    Q_EMIT changed();
}

void TemplateEditorModel::setTestAnswer(bool ok, const QString &text)
{
    m_test = {false, ok, text};
    Q_EMIT changed();
}

void TemplateEditorModel::reload()
{
    readStore();
    const MessageTemplate saved = TemplateStore(m_cache).effective(m_automation, m_channel, m_language);
    const bool editing = modified();
    m_saved = saved;
    if (!editing)
        m_working = saved;
    else
        m_working.version = saved.version; // the edit now rests on the newest copy
    recompute();
}

void TemplateEditorModel::setSubject(const QString &text)
{
    m_working.subject = text;
    recompute();
}

void TemplateEditorModel::setBody(const QString &text)
{
    m_working.body = text;
    recompute();
}

void TemplateEditorModel::setAction(const QString &text)
{
    m_working.action = text;
    recompute();
}

bool TemplateEditorModel::modified() const
{
    return m_working.subject != m_saved.subject || m_working.body != m_saved.body || m_working.action != m_saved.action;
}

void TemplateEditorModel::recompute()
{
    m_problems = MessageComposer::check(m_working);
    m_preview.reset();
    if (m_problems.isEmpty()) {
        templates::MessageContext context = templates::MessageContext::example(m_language);
        if (!m_storeName.isEmpty())
            context.store.name = m_storeName;
        if (auto composed = MessageComposer::compose(m_working, context))
            m_preview = *composed;
    }
    Q_EMIT changed();
}

SmsLength TemplateEditorModel::smsLength() const
{
    return SmsLength::of(m_preview ? m_preview->text : QString());
}

qint64 TemplateEditorModel::smsCostHalalas() const
{
    return smsLength().parts * m_smsPartHalalas;
}

QString TemplateEditorModel::describe(const TemplateFieldProblem &problem)
{
    const QString name = u"\u2068"_s + problem.problem.name + u"\u2069"_s;
    const QString &key = problem.problem.key;
    QString what;
    if (key == u"template.unknown_variable")
        what = tr("There is no “%1” to use here. Pick a name from the list.").arg(name);
    else if (key == u"template.may_be_empty")
        what = tr("Some shoppers have no “%1”: put it between {{#%1}} and {{/%1}}, or add | default: \"…\".").arg(name);
    else if (key == u"template.absent_here")
        what = tr("“%1” is used where it is missing.").arg(name);
    else if (key == u"template.unknown_filter")
        what = tr("There is no filter “%1”.").arg(name);
    else if (key == u"template.filter_type" || key == u"template.filter_arguments")
        what = tr("The filter “%1” does not fit here. Check its words.").arg(name);
    else if (key == u"template.not_printable")
        what = tr("“%1” cannot be shown as it is.").arg(name);
    else if (key == u"template.unclosed_section")
        what = tr("{{#%1}} is not closed with {{/%1}}.").arg(name);
    else if (key == u"template.mismatched_close" || key == u"template.unexpected_close")
        what = tr("{{/%1}} closes nothing that is open.").arg(name);
    else if (key == u"template.unclosed_tag")
        what = tr("A {{ is not closed with }}.");
    else if (key == u"template.empty_body")
        what = tr("The message has no text.");
    else if (key == u"template.empty_subject")
        what = tr("The message needs a subject.");
    else if (key == u"template.whatsapp_name")
        what = tr("Write the name of the template Meta approved: small English letters, digits and _ only.");
    else if (key == u"template.whatsapp_section")
        what = tr("A WhatsApp template is fixed text with names in it: Meta does not approve {{#…}} sections. Use | default: \"…\" instead.");
    else
        what = tr("Check the text here.");
    const QLocale locale;
    return tr("Line %1: %2").arg(locale.toString(problem.problem.line), what);
}

bool TemplateEditorModel::save()
{
    if (!m_problems.isEmpty() || !m_queue)
        return false;
    if (!m_queue(templateSaveRequest(m_working)))
        return false;
    // Shown as saved at once; the daemon's answer (or the feed) brings its version.
    MessageTemplate mine = m_working;
    mine.custom = true;
    if (auto kept = TemplateStore(m_cache).save(mine); kept)
        m_saved = mine;
    else
        qCWarning(lcCache).noquote() << "the template was queued but not kept in the cache:" << kept.error().toString();
    m_working.custom = m_saved.custom;
    recompute();
    return true;
}

bool TemplateEditorModel::reset()
{
    if (!m_queue || !m_queue(templateResetRequest(m_saved)))
        return false;
    (void)TemplateStore(m_cache).remove(m_saved.key());
    select(m_automation, m_channel, m_language);
    return true;
}

} // namespace nomo
