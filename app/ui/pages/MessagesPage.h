#pragma once

#include "ui/pages/Page.h"

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabBar;
class QTextBrowser;

namespace nomo {

class BroadcastsView;
class MessageLogView;
class TemplateEditorModel;

// Messages: the template of each automation, by channel and language, edited beside
// its live preview — an email as the shopper's mail program shows it, an SMS with its
// parts and cost, a push notification — with the names a template may use and each
// problem in the merchant's words, and a test sent to the merchant; beside it the log
// of what was sent and what became of it. The preview is the message (TemplateEditorModel).
class MessagesPage : public Page
{
    Q_OBJECT

public:
    MessagesPage(PageContext &context, QWidget *parent);
    static void registerPage();
    void retranslate() override;

private:
    void showModel();
    void selectFromControls();

    PageContext &m_context;
    TemplateEditorModel &m_model;
    bool m_showing = false;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QComboBox *m_automation = nullptr;
    QTabBar *m_channels = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_subjectLabel = nullptr;
    QLineEdit *m_subject = nullptr;
    QLabel *m_bodyLabel = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_actionLabel = nullptr;
    QLineEdit *m_action = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_variablesLabel = nullptr;
    QListWidget *m_variables = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_previewLabel = nullptr;
    QLabel *m_previewSubject = nullptr;
    QTextBrowser *m_email = nullptr;
    QFrame *m_bubble = nullptr;
    QLabel *m_bubbleTitle = nullptr;
    QLabel *m_bubbleText = nullptr;
    QLabel *m_meta = nullptr;
    QTabBar *m_sections = nullptr;
    MessageLogView *m_log = nullptr;
    BroadcastsView *m_broadcasts = nullptr;
    QLabel *m_testLabel = nullptr;
    QLineEdit *m_testTo = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testAnswer = nullptr;
};

} // namespace nomo
