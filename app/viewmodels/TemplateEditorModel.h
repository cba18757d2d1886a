#pragma once

#include "cache/Outbox.h"
#include "core/Result.h"
#include "messages/MessageComposer.h"
#include "messages/MessageTemplate.h"
#include "messages/SmsLength.h"

#include <QObject>

#include <functional>

namespace nomo {

class CacheDatabase;

// The Messages page's editor: which template (automation, channel, language) is
// open, the merchant's working copy, its problems in their words, and the preview —
// composed by the same MessageComposer the daemon sends with, over an example
// shopper and cart and the store's own name, so the preview is the message. SMS get
// their honest length (SmsLength) and what each costs at the store's price per part.
class TemplateEditorModel : public QObject
{
    Q_OBJECT

public:
    explicit TemplateEditorModel(const CacheDatabase &cache, QObject *parent = nullptr);

    // Where saves and resets go (the SyncEngine's outbox); set by the controller.
    void setQueue(std::function<Status(const OutboxRequest &)> queue) { m_queue = std::move(queue); }

    void select(const QString &automation, const QString &channel, const QString &language);
    const QString &automation() const { return m_automation; }
    const QString &channel() const { return m_channel; }
    const QString &language() const { return m_language; }

    const MessageTemplate &working() const { return m_working; }
    void setSubject(const QString &text);
    void setBody(const QString &text);
    void setAction(const QString &text);
    bool modified() const;
    bool custom() const { return m_saved.custom; }

    const QList<TemplateFieldProblem> &problems() const { return m_problems; }
    // One problem in the merchant's words, with its line ("السطر ٢: …").
    static QString describe(const TemplateFieldProblem &problem);
    // The composed message, when the template has no problem.
    const std::optional<ComposedMessage> &preview() const { return m_preview; }
    SmsLength smsLength() const;
    qint64 smsCostHalalas() const; // parts × the store's price per part

    // The names the template may use, dotted, for the editor's list.
    static QStringList variables();
    // What the editor's list inserts for each: the name, or for a gender or a count the
    // filter it needs in the template's language ("{{shopper.gender | gender: …}}").
    QStringList snippets() const;
    // Automations, channels and languages the gallery has, in the order the page lists them.
    static QStringList automationKeys();
    static QStringList channelKeys();

    // The last "send a test" of the open channel: under way, or the answer in the
    // merchant's words (the controller asks the daemon and reports here).
    struct TestAnswer
    {
        bool pending = false;
        bool ok = false;
        QString text;
    };
    const TestAnswer &testAnswer() const { return m_test; }
    void setTestPending();
    void setTestAnswer(bool ok, const QString &text);

    // Queues the working copy as the store's own; false (and nothing queued) while it has problems.
    bool save();
    // Back to the gallery's template.
    bool reset();

public Q_SLOTS:
    void reload(); // the cache changed: the saved copy may be new (a working copy is kept)

Q_SIGNALS:
    void changed();

private:
    void recompute(); // on every keystroke: no cache reads here
    void readStore(); // the store's name and price per SMS part, when the cache may have changed

    const CacheDatabase &m_cache;
    std::function<Status(const OutboxRequest &)> m_queue;
    QString m_automation = QString::fromUtf16(automations::kAbandonedCart);
    QString m_channel = QString::fromUtf16(channels::kEmail);
    QString m_language = QStringLiteral("ar");
    MessageTemplate m_saved;
    MessageTemplate m_working;
    QList<TemplateFieldProblem> m_problems;
    std::optional<ComposedMessage> m_preview;
    QString m_storeName;
    qint64 m_smsPartHalalas = 8;
    TestAnswer m_test;
};

} // namespace nomo
