#include "app/MessageTestFlow.h"

#include "api/ApiClient.h"
#include "api/ApiResponse.h"
#include "core/ConsoleLogging.h"
#include "viewmodels/TemplateEditorModel.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nomo {

MessageTestFlow::MessageTestFlow(ApiClient &api, TemplateEditorModel &editor, std::function<bool()> signedIn, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_editor(editor)
    , m_signedIn(std::move(signedIn))
{
}

void MessageTestFlow::send(const QString &channel, const QString &to, const QString &automation, const QString &language)
{
    if (to.trimmed().isEmpty())
        return m_editor.setTestAnswer(false, channel == u"email" ? tr("Write the email address the test goes to.")
                                                                : tr("Write the mobile number the test goes to."));
    if (!m_signedIn())
        return m_editor.setTestAnswer(false, tr("Sign in first: a test is sent by your Nomo Flow server."));
    m_editor.setTestPending();
    const QJsonObject request{{u"channel"_s, channel}, {u"to"_s, to.trimmed()}, {u"automation"_s, automation}, {u"language"_s, language}};
    m_api.sendMessageTest(request, this, [this, channel, to](const ApiResponse &response) {
        bool ok = false;
        const QString words = explain(channel, to.trimmed(), response, &ok);
        qCInfo(lcSync).noquote() << "a test by" << channel << "answered" << response.httpStatus
                                 << response.body.value(u"outcome"_s).toString();
        m_editor.setTestAnswer(ok, words);
    });
}

QString MessageTestFlow::explain(const QString &channel, const QString &to, const ApiResponse &response, bool *ok)
{
    *ok = false;
    if (response.httpStatus == 0)
        return tr("Your Nomo Flow server cannot be reached now. Try again when you are online.");
    if (response.httpStatus == 429)
        return tr("Ten tests an hour at most. Try again a little later.");
    if (response.httpStatus == 401)
        return tr("Sign in again: this computer's sign-in has ended.");
    if (!response.ok()) {
        if (response.error().field == u"to")
            return channel == u"email" ? tr("That email address does not look right.") : tr("That mobile number does not look right.");
        return tr("The server did not take the test (%1). Try again.").arg(response.httpStatus);
    }
    const QString outcome = response.body.value(u"outcome"_s).toString();
    const QString detail = response.body.value(u"detail"_s).toString();
    const QString code = response.body.value(u"code"_s).toString();
    // The provider's own words (English, as it wrote them) come after ours, for support.
    const QString theirs = detail.isEmpty() ? QString() : u"\n"_s + tr("The provider's answer: %1").arg(u"\u2066"_s + detail + u"\u2069"_s);
    if (response.body.value(u"sent"_s).toBool()) {
        *ok = true;
        if (channel == u"email")
            return tr("Sent to %1. It should arrive within a minute; if not, look in the spam folder.").arg(u"\u2068"_s + to + u"\u2069"_s);
        return tr("Sent to %1: the provider accepted it.").arg(u"\u2068"_s + to + u"\u2069"_s);
    }
    if (outcome == u"configuration") {
        if (channel == u"email")
            return tr("The server has no working email relay yet: its administrator needs to set mail.smtp_host.") + theirs;
        if (channel == u"whatsapp")
            return tr("WhatsApp refused the set-up: check the phone number ID, the access token and that the template is approved.") + theirs;
        return tr("The SMS provider refused the set-up: check the provider, the sender name and the key.") + theirs;
    }
    if (outcome == u"rejected")
        return (code == u"131047" ? tr("WhatsApp allows this only within 24 hours of the last message from that number.")
                                  : tr("The provider refused this message.")) + theirs;
    if (outcome == u"temporary")
        return tr("The provider did not take it now. Try again in a few minutes.") + theirs;
    return tr("The provider did not answer in time: the test may still arrive.") + theirs;
}

} // namespace nomo
