#include "mail/MailTransport.h"
#include "messages/DefaultTemplates.h"
#include "messages/MessageComposer.h"
#include "support/SmtpSink.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTcpServer>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;
using nomo::test::SmtpSink;
using Outcome = MailTransport::Result::Outcome;

namespace {
MailTransport::Server serverFor(const SmtpSink &sink)
{
    MailTransport::Server server;
    server.host = u"127.0.0.1"_s;
    server.port = sink.port();
    server.tls = sink.options().tls ? MailTransport::Server::Tls::StartTls : MailTransport::Server::Tls::None;
    server.caFile = sink.options().tls ? sink.caFile() : QString();
    server.username = sink.options().username;
    server.password = sink.options().password;
    server.timeoutMs = 10000;
    server.connections = 1;
    return server;
}

MailMessage message(const QString &to = u"sara@example.com"_s)
{
    MailMessage mail;
    mail.fromAddress = u"shop@noura.example"_s;
    mail.fromName = u"عطور نورة"_s;
    mail.to = to;
    mail.subject = u"متجر نمو: خصم ٢٠٪ على سلتك المتروكة قبل نهاية اليوم"_s;
    mail.text = u"مرحبًا سارة،\n\nسلتك بانتظارك."_s;
    return mail;
}

// Sends each and waits for every answer (the transport's callbacks are the fact).
QList<MailTransport::Result> sendAll(MailTransport &transport, const QList<MailMessage> &mails)
{
    QList<MailTransport::Result> results(mails.size());
    int answered = 0;
    QEventLoop loop;
    for (qsizetype i = 0; i < mails.size(); ++i)
        transport.send(mails.at(i), [&, i](const MailTransport::Result &result) {
            results[i] = result;
            if (++answered == mails.size())
                loop.quit();
        });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit); // a hung transport fails the test, not the run
    loop.exec();
    EXPECT_EQ(answered, mails.size());
    return results;
}
} // namespace

TEST(MailTransport, AnArabicEmailArrivesOverStartTlsWithAuthAndDecodesToTheExactPreview)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start()) << sink.stderrText().toStdString();
    MailTransport transport(serverFor(sink));

    const templates::MessageContext context = templates::MessageContext::example(u"ar"_s);
    const auto composed = MessageComposer::compose(defaultTemplate(u"abandoned_cart"_s, u"email"_s, u"ar"_s), context);
    ASSERT_TRUE(composed.has_value());
    MailMessage mail = message();
    mail.subject = composed->subject;
    mail.text = composed->text;
    mail.html = composed->html;
    mail.listUnsubscribe = u"https://nomo.example/u/Zm9v"_s;

    const auto results = sendAll(transport, {mail});
    ASSERT_TRUE(results.front().sent()) << results.front().detail.toStdString();

    const QJsonObject reading = sink.waitForReading(0);
    EXPECT_TRUE(reading.value(u"tls"_s).toBool());
    EXPECT_EQ(reading.value(u"auth_user"_s).toString(), u"nomo"_s);
    EXPECT_EQ(reading.value(u"mail_from"_s).toString(), u"shop@noura.example"_s);
    EXPECT_EQ(reading.value(u"rcpt_tos"_s).toArray(), QJsonArray{u"sara@example.com"_s});
    EXPECT_EQ(reading.value(u"subject"_s).toString(), composed->subject);
    EXPECT_EQ(reading.value(u"from"_s).toString(), u"عطور نورة <shop@noura.example>"_s);
    // Byte for byte what the console's preview shows (the same composer made both).
    EXPECT_EQ(reading.value(u"text"_s).toString(), composed->text);
    EXPECT_EQ(reading.value(u"html"_s).toString(), composed->html);
    const QJsonObject headers = reading.value(u"headers"_s).toObject();
    EXPECT_EQ(headers.value(u"List-Unsubscribe"_s).toString(), u"<https://nomo.example/u/Zm9v>"_s);
    EXPECT_EQ(headers.value(u"List-Unsubscribe-Post"_s).toString(), u"List-Unsubscribe=One-Click"_s);
    EXPECT_EQ(headers.value(u"Message-ID"_s).toString(), u'<' + results.front().messageId + u'>');
}

TEST(MailTransport, ArabicSubjectsAreEncodedWordsOfWholeCharactersWithinTheLineLimit)
{
    const QByteArray header = "Subject: " + MailMessage::encodedWords(u"متجر نمو: خصم ٢٠٪ على سلتك المتروكة قبل نهاية اليوم"_s, 9);
    for (const QByteArray &line : header.split('\n')) {
        EXPECT_LE(line.size() - (line.endsWith('\r') ? 1 : 0), 76) << line.constData();
        const qsizetype start = line.indexOf("=?UTF-8?B?");
        ASSERT_GE(start, 0);
        const QByteArray word = line.mid(start).chopped(line.endsWith('\r') ? 1 : 0);
        EXPECT_LE(word.size(), 75);
        const QByteArray bytes = QByteArray::fromBase64(word.mid(10, word.size() - 12));
        EXPECT_EQ(QString::fromUtf8(bytes).toUtf8(), bytes) << "a word holds whole characters";
    }
    // ASCII that fits stays as it is; a header never carries a line break of its own.
    EXPECT_EQ(MailMessage::encodedWords(u"Your cart"_s, 9), "Your cart");
    MailMessage injected = message();
    injected.subject = u"Hi\r\nBcc: victim@example.com"_s;
    for (const QByteArray &line : injected.headerLines(QDateTime::currentDateTimeUtc()))
        EXPECT_FALSE(line.startsWith("Bcc")) << line.constData();
}

TEST(MailTransport, OneConnectionCarriesManyMessages)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start()) << sink.stderrText().toStdString();
    MailTransport transport(serverFor(sink));
    QList<MailMessage> mails;
    for (int i = 0; i < 20; ++i)
        mails.append(message(u"shopper%1@example.com"_s.arg(i)));
    for (const auto &result : sendAll(transport, mails))
        EXPECT_TRUE(result.sent()) << result.detail.toStdString();
    const int port = sink.waitForReading(0).value(u"peer_port"_s).toInt();
    for (int i = 1; i < 20; ++i)
        EXPECT_EQ(sink.waitForReading(i).value(u"peer_port"_s).toInt(), port) << "message " << i;
}

TEST(MailTransport, ARefusedRecipientIsRejectedForGoodAndTheNextMessageStillGoes)
{
    SmtpSink sink;
    SmtpSink::Options options;
    options.rejectedRecipients = {u"gone@example.com"_s};
    ASSERT_TRUE(sink.start(options)) << sink.stderrText().toStdString();
    MailTransport transport(serverFor(sink));
    const auto results = sendAll(transport, {message(u"gone@example.com"_s), message(u"sara@example.com"_s)});
    EXPECT_EQ(results.at(0).outcome, Outcome::Rejected);
    EXPECT_EQ(results.at(0).smtpCode, 550);
    EXPECT_TRUE(results.at(1).sent()) << results.at(1).detail.toStdString();
    EXPECT_EQ(sink.waitForReading(0).value(u"rcpt_tos"_s).toArray(), QJsonArray{u"sara@example.com"_s});
}

TEST(MailTransport, AWrongPasswordOrNoTlsIsOursToFixAndNothingIsSentInClear)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start()) << sink.stderrText().toStdString();
    MailTransport::Server wrong = serverFor(sink);
    wrong.password = u"not-it"_s;
    MailTransport badLogin(wrong);
    EXPECT_EQ(sendAll(badLogin, {message()}).front().outcome, Outcome::Configuration);

    MailTransport::Server clear = serverFor(sink);
    clear.tls = MailTransport::Server::Tls::None; // the relay requires STARTTLS first
    MailTransport plain(clear);
    EXPECT_EQ(sendAll(plain, {message()}).front().outcome, Outcome::Configuration);

    MailTransport::Server untrusted = serverFor(sink);
    untrusted.caFile.clear(); // the test's certificate is not in the system's store
    MailTransport unverified(untrusted);
    EXPECT_EQ(sendAll(unverified, {message()}).front().outcome, Outcome::Configuration);
    EXPECT_TRUE(sink.messages().isEmpty());
}

TEST(MailTransport, ARelayThatIsDownIsTemporary)
{
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    MailTransport::Server down;
    down.host = u"127.0.0.1"_s;
    down.port = port;
    down.tls = MailTransport::Server::Tls::None;
    down.timeoutMs = 5000;
    MailTransport transport(down);
    EXPECT_EQ(sendAll(transport, {message()}).front().outcome, Outcome::Temporary);

    MailTransport unconfigured(MailTransport::Server{});
    EXPECT_EQ(sendAll(unconfigured, {message()}).front().outcome, Outcome::Configuration);
}
