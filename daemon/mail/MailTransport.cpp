#include "mail/MailTransport.h"

#include <QDateTime>
#include <QMetaObject>
#include <QPointer>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <curl/curl.h>

using namespace Qt::StringLiterals;

namespace nomo {

std::optional<MailTransport::Server::Tls> MailTransport::Server::tlsFromName(const QString &name)
{
    if (name == u"starttls")
        return Tls::StartTls;
    if (name == u"tls")
        return Tls::Implicit;
    if (name == u"none")
        return Tls::None;
    return std::nullopt;
}

namespace {

struct SlistDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};
using Slist = std::unique_ptr<curl_slist, SlistDeleter>;

struct MimeDeleter
{
    void operator()(curl_mime *mime) const { curl_mime_free(mime); }
};
using Mime = std::unique_ptr<curl_mime, MimeDeleter>;

void append(Slist &list, const QByteArray &line)
{
    curl_slist *grown = curl_slist_append(list.get(), line.constData());
    if (grown) {
        (void)list.release();
        list.reset(grown);
    }
}

MailTransport::Result::Outcome classify(CURLcode code, long smtpCode)
{
    using Outcome = MailTransport::Result::Outcome;
    switch (code) {
    case CURLE_OK:
        return Outcome::Sent;
    case CURLE_LOGIN_DENIED:
    case CURLE_USE_SSL_FAILED:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
    case CURLE_AUTH_ERROR:
        return Outcome::Configuration;
    default:
        break;
    }
    // 530: TLS or AUTH required first; 535: credentials refused. Ours to fix, not the message's.
    if (smtpCode == 530 || smtpCode == 534 || smtpCode == 535 || smtpCode == 538)
        return Outcome::Configuration;
    // The server said no to MAIL FROM, RCPT TO or DATA: its reply code says for how long.
    if (smtpCode >= 500 && smtpCode < 600)
        return Outcome::Rejected;
    return Outcome::Temporary;
}

} // namespace

struct MailTransport::Pool
{
    struct Work
    {
        MailMessage message;
        Done done;
    };

    Server server;
    QPointer<MailTransport> owner;
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<Work> queue;
    bool stopping = false;
    std::vector<std::thread> threads;

    void run()
    {
        CURL *curl = curl_easy_init();
        for (;;) {
            Work work;
            {
                std::unique_lock lock(mutex);
                ready.wait(lock, [this] { return stopping || !queue.empty(); });
                if (stopping && queue.empty())
                    break;
                work = std::move(queue.front());
                queue.pop_front();
            }
            Result result = curl ? perform(curl, work.message)
                                 : Result{Result::Outcome::Temporary, 0, u"libcurl could not start"_s, {}};
            // Back on the owner's thread; if it is gone, nobody is waiting any more.
            QMetaObject::invokeMethod(owner.data(), [done = std::move(work.done), result]() { done(result); },
                                      Qt::QueuedConnection);
        }
        if (curl)
            curl_easy_cleanup(curl); // QUIT on the kept connection
    }

    QByteArray url() const
    {
        const QByteArray scheme = server.tls == Server::Tls::Implicit ? "smtps" : "smtp";
        QByteArray out = scheme + "://" + server.host.toUtf8() + ":" + QByteArray::number(server.port);
        if (!server.heloName.isEmpty())
            out += "/" + server.heloName.toUtf8(); // libcurl's EHLO name is the URL's path
        return out;
    }

    Result perform(CURL *curl, MailMessage &message)
    {
        if (message.messageId.isEmpty())
            message.messageId = MailMessage::makeMessageId(message.fromAddress);
        curl_easy_reset(curl); // options off, connection kept
        char error[CURL_ERROR_SIZE] = {};
        const QByteArray target = url();
        const QByteArray from = "<" + message.fromAddress.toUtf8() + ">";
        const QByteArray username = server.username.toUtf8(), password = server.password.toUtf8();
        const QByteArray caFile = server.caFile.toUtf8();
        Slist recipients;
        append(recipients, "<" + message.to.toUtf8() + ">");
        Slist headers;
        for (const QByteArray &line : message.headerLines(QDateTime::currentDateTimeUtc()))
            append(headers, line);

        // The body: text/plain, or multipart/alternative of text and HTML, base64 UTF-8.
        Mime mime(curl_mime_init(curl));
        Slist inline_;
        const QByteArray text = message.text.toUtf8(), html = message.html.toUtf8();
        if (html.isEmpty()) {
            curl_mimepart *part = curl_mime_addpart(mime.get());
            curl_mime_data(part, text.constData(), size_t(text.size()));
            curl_mime_type(part, "text/plain; charset=UTF-8");
            curl_mime_encoder(part, "base64");
        } else {
            curl_mime *alternative = curl_mime_init(curl);
            curl_mimepart *plain = curl_mime_addpart(alternative);
            curl_mime_data(plain, text.constData(), size_t(text.size()));
            curl_mime_type(plain, "text/plain; charset=UTF-8");
            curl_mime_encoder(plain, "base64");
            curl_mimepart *rich = curl_mime_addpart(alternative);
            curl_mime_data(rich, html.constData(), size_t(html.size()));
            curl_mime_type(rich, "text/html; charset=UTF-8");
            curl_mime_encoder(rich, "base64");
            curl_mimepart *part = curl_mime_addpart(mime.get());
            curl_mime_subparts(part, alternative); // owned by `mime` from here
            curl_mime_type(part, "multipart/alternative");
            append(inline_, "Content-Disposition: inline");
            curl_mime_headers(part, inline_.release(), 1);
        }

        curl_easy_setopt(curl, CURLOPT_URL, target.constData());
        curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
        curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(server.timeoutMs, 10000)));
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(server.timeoutMs));
        if (server.tls == Server::Tls::StartTls)
            curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL)); // STARTTLS or nothing: never on in clear
        if (!caFile.isEmpty())
            curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
        if (!username.isEmpty()) {
            curl_easy_setopt(curl, CURLOPT_USERNAME, username.constData());
            curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
        }
        curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
        curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients.get());
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get());
        curl_easy_setopt(curl, CURLOPT_MIMEPOST, mime.get());

        const CURLcode code = curl_easy_perform(curl);
        long smtpCode = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &smtpCode);
        // Nothing of this call's stack stays in the handle (cleanup may still use it).
        curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
        curl_easy_setopt(curl, CURLOPT_MIMEPOST, nullptr);
        curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, nullptr);
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
        Result result;
        result.outcome = classify(code, smtpCode);
        result.smtpCode = int(smtpCode);
        result.messageId = message.messageId;
        if (code != CURLE_OK)
            result.detail = u"%1 (curl %2%3)"_s.arg(QString::fromUtf8(error[0] ? error : curl_easy_strerror(code)))
                                .arg(int(code))
                                .arg(smtpCode ? u", SMTP %1"_s.arg(smtpCode) : QString());
        return result;
    }
};

MailTransport::MailTransport(Server server, QObject *parent)
    : QObject(parent)
    , m_pool(std::make_unique<Pool>())
{
    static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    (void)initialised;
    m_pool->server = std::move(server);
    m_pool->owner = this;
    if (!configured())
        return;
    for (int i = 0; i < std::max(1, m_pool->server.connections); ++i)
        m_pool->threads.emplace_back([pool = m_pool.get()] { pool->run(); });
}

MailTransport::~MailTransport()
{
    {
        std::lock_guard lock(m_pool->mutex);
        m_pool->stopping = true;
        m_pool->queue.clear(); // what was not taken is not sent; its callers hear nothing
    }
    m_pool->ready.notify_all();
    for (std::thread &thread : m_pool->threads)
        thread.join();
}

bool MailTransport::configured() const
{
    return !m_pool->server.host.isEmpty();
}

void MailTransport::send(MailMessage message, Done done)
{
    if (!configured()) {
        QMetaObject::invokeMethod(this, [done = std::move(done)]() {
            done(Result{Result::Outcome::Configuration, 0, u"no mail server is configured (mail.smtp_host)"_s, {}});
        }, Qt::QueuedConnection);
        return;
    }
    {
        std::lock_guard lock(m_pool->mutex);
        m_pool->queue.push_back({std::move(message), std::move(done)});
    }
    m_pool->ready.notify_one();
}

} // namespace nomo
