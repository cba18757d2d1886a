#include "ui/pages/MessagesPage.h"

#include "money/Money.h"
#include "ui/BroadcastsView.h"
#include "ui/MessageLogView.h"
#include "ui/Theme.h"
#include "ui/pages/PageRegistry.h"
#include "viewmodels/TemplateEditorModel.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextOption>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

void MessagesPage::registerPage()
{
    PageRegistry::add({u"messages"_s, 40, QT_TRANSLATE_NOOP("Pages", "Messages"), u"mail"_s,
                       [](PageContext &context, QWidget *parent) -> Page * { return new MessagesPage(context, parent); }});
}

MessagesPage::MessagesPage(PageContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_model(context.templates)
{
    setObjectName(u"messagesPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);

    m_title = new QLabel(this);
    m_title->setObjectName(u"pageTitle"_s);
    m_subtitle = new QLabel(this);
    m_subtitle->setProperty("role", u"muted"_s);
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    // Two parts: the templates, and the log of what was sent.
    m_sections = new QTabBar(this);
    m_sections->setObjectName(u"messagesSections"_s);
    m_sections->setDrawBase(false);
    m_sections->setExpanding(false);
    m_sections->addTab(QString());
    m_sections->addTab(QString());
    m_sections->addTab(QString());
    layout->addWidget(m_sections);
    auto *stack = new QStackedWidget(this);
    layout->addWidget(stack, 1);
    auto *templatesPart = new QWidget(stack);
    auto *templatesLayout = new QVBoxLayout(templatesPart);
    templatesLayout->setContentsMargins(0, 0, 0, 0);
    templatesLayout->setSpacing(12);
    stack->addWidget(templatesPart);
    m_log = new MessageLogView(context.messageLog, stack);
    stack->addWidget(m_log);
    m_broadcasts = new BroadcastsView(context.broadcasts, context.actions, stack);
    stack->addWidget(m_broadcasts);
    connect(m_sections, &QTabBar::currentChanged, stack, &QStackedWidget::setCurrentIndex);

    // Which template: the automation, the channel, the language.
    auto *pick = new QHBoxLayout;
    pick->setSpacing(8);
    m_automation = new QComboBox(this);
    m_automation->setObjectName(u"automationPicker"_s);
    for (const QString &key : TemplateEditorModel::automationKeys())
        m_automation->addItem(QString(), key);
    m_channels = new QTabBar(this);
    m_channels->setObjectName(u"channelTabs"_s);
    m_channels->setDrawBase(false);
    for (const QString &key : TemplateEditorModel::channelKeys()) {
        const int tab = m_channels->addTab(QString());
        m_channels->setTabData(tab, key);
    }
    m_language = new QComboBox(this);
    m_language->setObjectName(u"templateLanguage"_s);
    m_language->addItem(u"العربية"_s, u"ar"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    pick->addWidget(m_automation);
    pick->addWidget(m_channels);
    pick->addStretch();
    pick->addWidget(m_language);
    templatesLayout->addLayout(pick);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);

    // The editor.
    auto *editor = new QFrame(this);
    editor->setProperty("card", true);
    auto *form = new QVBoxLayout(editor);
    form->setContentsMargins(16, 16, 16, 16);
    form->setSpacing(6);
    m_subjectLabel = new QLabel(editor);
    m_subject = new QLineEdit(editor);
    m_subject->setObjectName(u"templateSubject"_s);
    m_bodyLabel = new QLabel(editor);
    m_body = new QPlainTextEdit(editor);
    m_body->setObjectName(u"templateBody"_s);
    m_body->setMinimumHeight(180);
    m_actionLabel = new QLabel(editor);
    m_action = new QLineEdit(editor);
    m_action->setObjectName(u"templateAction"_s);
    m_problems = new QLabel(editor);
    m_problems->setObjectName(u"templateProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #C5221F;"_s);
    m_variablesLabel = new QLabel(editor);
    m_variablesLabel->setProperty("role", u"muted"_s);
    m_variables = new QListWidget(editor);
    m_variables->setObjectName(u"templateVariables"_s);
    m_variables->setMaximumHeight(110);
    m_variables->setFlow(QListView::LeftToRight);
    m_variables->setWrapping(true);
    m_variables->setLayoutDirection(Qt::LeftToRight); // names are Latin
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(editor);
    m_save->setObjectName(u"saveTemplateButton"_s);
    m_save->setProperty("primary", true);
    m_reset = new QPushButton(editor);
    m_reset->setObjectName(u"resetTemplateButton"_s);
    m_state = new QLabel(editor);
    m_state->setProperty("role", u"muted"_s);
    buttons->addWidget(m_save);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_state, 1);
    // "Send a test" of this channel's set-up, to the merchant.
    auto *test = new QHBoxLayout;
    m_testLabel = new QLabel(editor);
    m_testTo = new QLineEdit(editor);
    m_testTo->setObjectName(u"testRecipient"_s);
    m_testTo->setLayoutDirection(Qt::LeftToRight); // an address or a number
    m_testButton = new QPushButton(editor);
    m_testButton->setObjectName(u"sendTestButton"_s);
    test->addWidget(m_testLabel);
    test->addWidget(m_testTo, 1);
    test->addWidget(m_testButton);
    m_testAnswer = new QLabel(editor);
    m_testAnswer->setObjectName(u"testAnswer"_s);
    m_testAnswer->setWordWrap(true);
    m_testAnswer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addWidget(m_subjectLabel);
    form->addWidget(m_subject);
    form->addWidget(m_bodyLabel);
    form->addWidget(m_body, 1);
    form->addWidget(m_actionLabel);
    form->addWidget(m_action);
    form->addWidget(m_problems);
    form->addWidget(m_variablesLabel);
    form->addWidget(m_variables);
    form->addLayout(buttons);
    form->addLayout(test);
    form->addWidget(m_testAnswer);

    // The preview.
    auto *preview = new QFrame(this);
    preview->setProperty("card", true);
    auto *shown = new QVBoxLayout(preview);
    shown->setContentsMargins(16, 16, 16, 16);
    shown->setSpacing(8);
    m_previewLabel = new QLabel(preview);
    m_previewLabel->setProperty("role", u"sectionTitle"_s);
    // The message's own words (the template's language, whatever the console's).
    m_previewSubject = new QLabel(preview);
    m_previewSubject->setObjectName(u"previewSubject"_s);
    m_previewSubject->setWordWrap(true);
    m_previewSubject->setStyleSheet(u"font-weight: bold;"_s);
    m_email = new QTextBrowser(preview);
    m_email->setObjectName(u"emailPreview"_s);
    m_email->setOpenLinks(false);
    m_bubble = new QFrame(preview);
    m_bubble->setObjectName(u"messageBubble"_s);
    m_bubble->setStyleSheet(u"QFrame#messageBubble { background: #E3F2EE; border-radius: 12px; }"_s);
    auto *bubble = new QVBoxLayout(m_bubble);
    bubble->setContentsMargins(14, 10, 14, 10);
    m_bubbleTitle = new QLabel(m_bubble);
    m_bubbleTitle->setObjectName(u"bubbleTitle"_s);
    m_bubbleTitle->setStyleSheet(u"font-weight: bold;"_s);
    m_bubbleTitle->setWordWrap(true);
    m_bubbleText = new QLabel(m_bubble);
    m_bubbleText->setObjectName(u"bubbleText"_s);
    m_bubbleText->setWordWrap(true);
    m_bubbleText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bubble->addWidget(m_bubbleTitle);
    bubble->addWidget(m_bubbleText);
    m_meta = new QLabel(preview);
    m_meta->setObjectName(u"smsMeta"_s);
    m_meta->setProperty("role", u"muted"_s);
    m_meta->setWordWrap(true);
    shown->addWidget(m_previewLabel);
    shown->addWidget(m_previewSubject);
    shown->addWidget(m_email, 1);
    shown->addWidget(m_bubble);
    shown->addWidget(m_meta);
    shown->addStretch();

    columns->addWidget(editor, 5);
    columns->addWidget(preview, 6);
    templatesLayout->addLayout(columns, 1);

    connect(m_automation, &QComboBox::currentIndexChanged, this, &MessagesPage::selectFromControls);
    connect(m_channels, &QTabBar::currentChanged, this, &MessagesPage::selectFromControls);
    connect(m_language, &QComboBox::currentIndexChanged, this, &MessagesPage::selectFromControls);
    connect(m_subject, &QLineEdit::textEdited, &m_model, &TemplateEditorModel::setSubject);
    connect(m_action, &QLineEdit::textEdited, &m_model, &TemplateEditorModel::setAction);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing)
            m_model.setBody(m_body->toPlainText());
    });
    connect(m_variables, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        m_body->insertPlainText(item->text());
        m_body->setFocus();
    });
    connect(m_save, &QPushButton::clicked, &m_model, &TemplateEditorModel::save);
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        Q_EMIT m_context.actions.messageTestRequested(m_model.channel(), m_testTo->text(), m_model.automation(), m_model.language());
    });
    connect(m_reset, &QPushButton::clicked, &m_model, &TemplateEditorModel::reset);
    connect(&m_model, &TemplateEditorModel::changed, this, &MessagesPage::showModel);
    retranslate();
}

void MessagesPage::selectFromControls()
{
    if (m_showing)
        return;
    m_model.select(m_automation->currentData().toString(), m_channels->tabData(m_channels->currentIndex()).toString(),
                   m_language->currentData().toString());
}

void MessagesPage::showModel()
{
    m_showing = true;
    m_automation->setCurrentIndex(m_automation->findData(m_model.automation()));
    for (int i = 0; i < m_channels->count(); ++i)
        if (m_channels->tabData(i).toString() == m_model.channel())
            m_channels->setCurrentIndex(i);
    m_language->setCurrentIndex(m_language->findData(m_model.language()));

    const QStringList snippets = m_model.snippets(); // a gender's or a count's words follow the language
    if (m_variables->count() != snippets.size() || (m_variables->count() && m_variables->item(0)->data(Qt::UserRole) != m_model.language())) {
        m_variables->clear();
        for (const QString &snippet : snippets) {
            auto *item = new QListWidgetItem(snippet, m_variables);
            item->setData(Qt::UserRole, m_model.language());
        }
    }
    const MessageTemplate &tmpl = m_model.working();
    const bool email = m_model.channel() == u"email", sms = m_model.channel() == u"sms", whatsapp = m_model.channel() == u"whatsapp";
    // The template's own direction, whatever the console's language.
    const Qt::LayoutDirection direction = m_model.language() == u"ar" ? Qt::RightToLeft : Qt::LeftToRight;
    for (QWidget *field : {static_cast<QWidget *>(m_subject), static_cast<QWidget *>(m_body), static_cast<QWidget *>(m_action),
                           static_cast<QWidget *>(m_bubble), static_cast<QWidget *>(m_email)})
        field->setLayoutDirection(direction);
    // Qt's rich text does not read dir="rtl" from the email's cells as mail programs do.
    QTextOption option = m_email->document()->defaultTextOption();
    option.setTextDirection(direction);
    m_email->document()->setDefaultTextOption(option);
    if (m_subject->text() != tmpl.subject)
        m_subject->setText(tmpl.subject);
    if (m_body->toPlainText() != tmpl.body)
        m_body->setPlainText(tmpl.body);
    if (m_action->text() != tmpl.action)
        m_action->setText(tmpl.action);
    m_subjectLabel->setVisible(!sms);
    m_subject->setVisible(!sms);
    m_actionLabel->setVisible(email || whatsapp);
    m_action->setVisible(email || whatsapp);
    m_subjectLabel->setText(email ? tr("Subject") : whatsapp ? tr("Name of the template approved by Meta") : tr("Title"));
    m_actionLabel->setText(whatsapp ? tr("Link button's words (empty: no button)") : tr("Button"));

    QStringList problems;
    for (const TemplateFieldProblem &problem : m_model.problems())
        problems << TemplateEditorModel::describe(problem);
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_save->setEnabled(problems.isEmpty() && m_model.modified());
    m_reset->setEnabled(m_model.custom());
    m_state->setText(m_model.modified() ? tr("Not saved yet.")
                     : m_model.custom()  ? tr("Your own template.")
                                         : tr("Nomo Flow's template. Change it to make it yours."));

    const auto &preview = m_model.preview();
    m_email->setVisible(email);
    m_bubble->setVisible(!email);
    m_bubbleTitle->setVisible(m_model.channel() == u"push");
    if (preview) {
        if (email)
            m_email->setHtml(preview->html);
        m_bubbleTitle->setText(preview->subject);
        m_bubbleText->setText(preview->text);
    } else {
        m_email->setHtml(QString());
        m_bubbleText->setText(tr("The preview comes back once the problems above are fixed."));
    }
    m_previewSubject->setVisible(email && preview);
    m_previewSubject->setLayoutDirection(direction);
    m_previewSubject->setText(preview ? preview->subject : QString());
    QString meta;
    if (sms && preview) {
        const SmsLength length = m_model.smsLength();
        const QLocale locale;
        const QString parts = tr("%Ln part(s)", "SMS parts", length.parts);
        const QString characters = tr("%Ln character(s)", "SMS length", length.units);
        meta = tr("%1, %2 (%3). Each message costs %4.")
                   .arg(parts, characters, length.encoding == SmsLength::Encoding::Ucs2 ? tr("Arabic letters: 70 a part, 67 when longer")
                                                                                        : tr("Latin letters: 160 a part, 153 when longer"),
                        Money::fromHalalas(m_model.smsCostHalalas()).format(locale));
    }
    if (whatsapp && preview) {
        // What the merchant submits to Meta for approval: the same text, values by position.
        meta = tr("Submit this to Meta as the template «%1» in %2, category %3:\n%4")
                   .arg(tmpl.subject.trimmed(), m_model.language() == u"ar" ? tr("Arabic (ar)") : tr("English (en)"),
                        isMarketing(tmpl.automation) ? u"MARKETING"_s : u"UTILITY"_s, MessageComposer::whatsappForm(tmpl));
        if (!tmpl.action.trimmed().isEmpty())
            meta += u"\n"_s + tr("Its button «%1» opens a dynamic address: this daemon's address followed by /r/{{1}}.").arg(tmpl.action.trimmed());
    }
    m_meta->setText(meta);
    const bool testable = email || sms || whatsapp;
    m_testLabel->setVisible(testable);
    m_testTo->setVisible(testable);
    m_testButton->setVisible(testable);
    m_testTo->setPlaceholderText(email ? u"you@example.com"_s : u"05XXXXXXXX"_s);
    const TemplateEditorModel::TestAnswer &answer = m_model.testAnswer();
    m_testButton->setEnabled(testable && !answer.pending);
    m_testAnswer->setVisible(testable && (answer.pending || !answer.text.isEmpty()));
    m_testAnswer->setText(answer.pending ? tr("Sending the test…") : answer.text);
    m_testAnswer->setStyleSheet(answer.pending || answer.ok ? u"color: #1E7F5C;"_s : u"color: #C5221F;"_s);
    m_meta->setVisible(!meta.isEmpty());
    m_showing = false;
}

void MessagesPage::retranslate()
{
    m_title->setText(tr("Messages"));
    m_subtitle->setText(tr("What your shoppers receive from each automation. Edit a template beside its preview: "
                           "the preview is exactly what is sent."));
    const QStringList automations{tr("Abandoned cart: first reminder"), tr("Abandoned cart: second reminder"), tr("Order update"),
                                  tr("Welcome to a new subscriber"), tr("Win back a customer"), tr("Broadcast")};
    for (int i = 0; i < m_automation->count() && i < automations.size(); ++i)
        m_automation->setItemText(i, automations.at(i));
    const QStringList channels{tr("Email"), tr("SMS"), tr("WhatsApp"), tr("Push")};
    for (int i = 0; i < m_channels->count() && i < channels.size(); ++i)
        m_channels->setTabText(i, channels.at(i));
    m_bodyLabel->setText(tr("Text"));
    m_variablesLabel->setText(tr("Names you can use (double-click to add):"));
    m_save->setText(tr("Save"));
    m_reset->setText(tr("Back to Nomo Flow's template"));
    m_previewLabel->setText(tr("Preview"));
    m_sections->setTabText(0, tr("Templates"));
    m_sections->setTabText(1, tr("Message log"));
    m_sections->setTabText(2, tr("Broadcasts"));
    m_broadcasts->retranslate();
    m_testLabel->setText(tr("Send a test to"));
    m_testButton->setText(tr("Send a test"));
    m_log->retranslate();
    showModel();
}

} // namespace nomo
