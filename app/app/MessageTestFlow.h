#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace nomo {

class ApiClient;
class TemplateEditorModel;
struct ApiResponse;

// "Send a test" on the Messages page: the open template's channel, to the merchant's
// own address or number, through the daemon (POST /api/v1/messages/test) — and what
// the provider answered, told in the merchant's words on the editor. Nothing is
// queued: a test offline is refused at once, not sent later.
class MessageTestFlow : public QObject
{
    Q_OBJECT

public:
    MessageTestFlow(ApiClient &api, TemplateEditorModel &editor, std::function<bool()> signedIn, QObject *parent = nullptr);

    void send(const QString &channel, const QString &to, const QString &automation, const QString &language);

    // The answer's words (public for the tests that pin them).
    static QString explain(const QString &channel, const QString &to, const ApiResponse &response, bool *ok);

private:
    ApiClient &m_api;
    TemplateEditorModel &m_editor;
    std::function<bool()> m_signedIn;
};

} // namespace nomo
