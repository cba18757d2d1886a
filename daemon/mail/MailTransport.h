#pragma once

#include "mail/MailMessage.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace nomo {

// The daemon's one SMTP path (sign-in links and every shopper email), on libcurl:
// STARTTLS required (or implicit TLS, or none for a relay on the same host), AUTH,
// the MIME API for the text + HTML alternative in base64 UTF-8, and the connection
// kept open between messages. curl_easy blocks, so each of `connections` threads
// owns one handle (one SMTP connection) and takes messages in turn; answers come
// back on the thread that owns this object.
class MailTransport : public QObject
{
    Q_OBJECT

public:
    struct Server
    {
        enum class Tls { StartTls, Implicit, None };
        QString host; // empty: no mail server, every send fails as Configuration
        quint16 port = 587;
        Tls tls = Tls::StartTls;
        QString username; // empty: no AUTH
        QString password;
        QString caFile;   // empty: the system's certificate store
        QString heloName; // empty: libcurl's default
        int timeoutMs = 30000;
        int connections = 2;

        static std::optional<Tls> tlsFromName(const QString &name); // starttls | tls | none
    };

    struct Result
    {
        enum class Outcome {
            Sent,
            Temporary,     // the server or the network failed for now: try again later
            Rejected,      // the server refused this message or recipient for good (5xx)
            Configuration, // our settings are wrong (login, TLS, no server): nothing will pass until fixed
        };
        Outcome outcome = Outcome::Sent;
        int smtpCode = 0;  // the last reply code, when there was one
        QString detail;    // libcurl's words and the server's code, for the log and the attempt row
        QString messageId; // the Message-ID the message carried
        bool sent() const { return outcome == Outcome::Sent; }
    };
    using Done = std::function<void(Result)>;

    explicit MailTransport(Server server, QObject *parent = nullptr);
    ~MailTransport() override;

    // Queues the message; `done` runs once, on this object's thread.
    void send(MailMessage message, Done done);
    bool configured() const;

private:
    struct Pool;
    std::unique_ptr<Pool> m_pool;
};

} // namespace nomo
