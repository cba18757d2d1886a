#pragma once

#include "core/Clock.h"

#include <QObject>
#include <QString>

namespace nomo {

namespace http {
class Routes;
}

// The public addresses inside sent messages, each known only by its token
// (message_links):
//   GET  /r/{token}  a tracked link: the click is recorded (a time, no address or
//                    agent), then 302 to the address stored with the token and no other
//                    (no open redirect: nothing of the request picks the target);
//   GET  /o/{token}  the open pixel of an email: a 1×1 GIF, the open recorded;
//   GET  /u/{token}  the unsubscribe page: who the message came from and one button
//                    (a mail scanner following links unsubscribes nobody);
//   POST /u/{token}  the button, and RFC 8058's one-click POST
//                    (List-Unsubscribe=One-Click): the consent is withdrawn before
//                    the answer, 200 without a redirect.
class MessageRoutes : public QObject
{
    Q_OBJECT

public:
    MessageRoutes(QString connectionName, const Clock &clock, QObject *parent = nullptr);
    void install(http::Routes &routes);

private:
    QString m_connection;
    const Clock &m_clock;
};

} // namespace nomo
