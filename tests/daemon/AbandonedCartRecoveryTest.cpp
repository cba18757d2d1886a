// Abandoned-cart recovery end to end, over real protocols: the Salla simulator's
// cart reaches the daemon as a signed webhook, the reminder goes out through the
// SMTP double (STARTTLS + AUTH) when it is due, the shopper's click on it goes
// through the tracked redirect, the purchase cancels the reminder still waiting and
// the order that followed is linked to the message.
#include "support/ConsoleStack.h"
#include "support/SmtpSink.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <QTest>

#include <gtest/gtest.h>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

class AbandonedCartRecoveryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_smtp.start(sinkOptions())) << m_smtp.stderrText().toStdString();
        m_smtp.configure(m_stack.daemon());
        m_stack.daemon().setEnv(u"NOMO_MAIL_FROM"_s, u"messages@nomo.test"_s);
        // A claim outlives a killed daemon by a second, not five minutes.
        m_stack.daemon().setEnv(u"NOMO_JOBS_LEASE_SECONDS"_s, u"1"_s);
        m_stack.daemon().setEnv(u"NOMO_MAIL_SMTP_TIMEOUT_MS"_s, u"3000"_s);
        QString why;
        ASSERT_TRUE(m_stack.start(1, &why)) << why.toStdString();
        m_store = m_stack.storeIds().constFirst();
        m_token = m_stack.issueToken(m_store).first;
        ASSERT_FALSE(m_token.isEmpty());
    }

    // Quiet hours off (start = end), whatever the time of day the test runs at.
    void switchOn(QJsonObject settings = {})
    {
        settings.insert(u"quiet_hours_start"_s, 0);
        settings.insert(u"quiet_hours_end"_s, 0);
        const QByteArray body = QJsonDocument(QJsonObject{{u"enabled"_s, true}, {u"settings"_s, settings}}).toJson(QJsonDocument::Compact);
        const HttpReply saved = m_stack.api("PUT", "/api/v1/features/notifications", m_token, body, {{"If-Match", "\"0\""}});
        ASSERT_EQ(saved.status, 200) << saved.body.constData();
    }

    // A cart abandoned on the simulator; its Salla id.
    qint64 abandonCart()
    {
        const HttpReply sent = m_stack.simControl("events", {{u"store_id"_s, m_store}, {u"event"_s, u"abandoned.cart"_s}});
        EXPECT_EQ(sent.status, 200) << sent.body.constData();
        EXPECT_TRUE(m_stack.settle());
        return m_stack.queryValue(u"SELECT salla_id FROM abandoned_carts WHERE merchant_id = %1 ORDER BY id DESC LIMIT 1"_s.arg(m_store)).toLongLong();
    }

    QVariant messageValue(const QString &column, int step)
    {
        return m_stack.queryValue(u"SELECT %1 FROM messages WHERE merchant_id = %2 AND step = %3 ORDER BY id DESC LIMIT 1"_s
                                      .arg(column)
                                      .arg(m_store)
                                      .arg(step));
    }

    // The path of the first tracked link in `text` that leads to `target`.
    QByteArray trackedPathTo(const QString &text, const QString &prefix)
    {
        static const QRegularExpression link(u"https?://[^\\s]+(/r/[A-Za-z0-9_-]{22})"_s);
        auto matches = link.globalMatch(text);
        while (matches.hasNext()) {
            const QByteArray path = matches.next().captured(1).toLatin1();
            const HttpReply reply = RawHttp::get(m_stack.daemon().port(), path);
            if (reply.status == 302 && QString::fromUtf8(reply.headers.value("location")).startsWith(prefix))
                return path;
        }
        return {};
    }

    virtual SmtpSink::Options sinkOptions() const { return {}; }
    // Makes every waiting send due now: the fact a moved clock would give.
    void dueNow()
    {
        ASSERT_TRUE(m_stack.execute(u"UPDATE messages SET due_at = 0 WHERE status = 'scheduled'"_s));
        ASSERT_TRUE(m_stack.execute(u"UPDATE jobs SET run_at = 0 WHERE kind = 'message.send' AND status = 'pending'"_s));
    }
    QStringList attemptOutcomes(int step)
    {
        QStringList outcomes;
        const int count = m_stack.queryValue(u"SELECT COUNT(*) FROM message_attempts a JOIN messages m ON m.id = a.message_id "
                                             "WHERE m.step = %1"_s.arg(step)).toInt();
        for (int i = 0; i < count; ++i)
            outcomes << m_stack.queryValue(u"SELECT a.outcome FROM message_attempts a JOIN messages m ON m.id = a.message_id "
                                           "WHERE m.step = %1 ORDER BY a.id LIMIT 1 OFFSET %2"_s.arg(step).arg(i)).toString();
        return outcomes;
    }

    SmtpSink m_smtp;
    ConsoleStack m_stack;
    qint64 m_store = 0;
    QString m_token;
};

} // namespace

TEST_F(AbandonedCartRecoveryTest, ACartIsRemindedClickedBoughtAndTheRestCancelledWithTheOrderLinked)
{
    switchOn();
    const qint64 cart = abandonCart();
    ASSERT_GT(cart, 0);

    // The simulator's carts were left an hour or more ago: the first reminder is due at once.
    const QJsonObject mail = m_smtp.waitForReading(0, 20000);
    ASSERT_FALSE(mail.isEmpty()) << m_stack.daemon().stderrText().toStdString();
    const QString email = m_stack.queryValue(u"SELECT c.email FROM abandoned_carts a JOIN customers c ON c.id = a.customer_id "
                                             "WHERE a.merchant_id = %1 AND a.salla_id = %2"_s.arg(m_store).arg(cart)).toString();
    EXPECT_EQ(mail.value(u"rcpt_tos"_s).toArray(), QJsonArray{email});
    EXPECT_TRUE(mail.value(u"tls"_s).toBool());
    EXPECT_TRUE(mail.value(u"subject"_s).toString().startsWith(u"سلتك في "_s)) << mail.value(u"subject"_s).toString().toStdString();
    EXPECT_TRUE(mail.value(u"html"_s).toString().contains(u"dir=\"rtl\""_s));
    EXPECT_TRUE(mail.value(u"html"_s).toString().contains(u"/o/"_s)) << "the open pixel";
    const QJsonObject headers = mail.value(u"headers"_s).toObject();
    EXPECT_TRUE(headers.value(u"List-Unsubscribe"_s).toString().contains(u"/u/"_s));
    EXPECT_EQ(headers.value(u"List-Unsubscribe-Post"_s).toString(), u"List-Unsubscribe=One-Click"_s);
    // The relay has the mail before the daemon hears its 250 and records it: wait for that fact.
    EXPECT_TRUE(QTest::qWaitFor([&] { return messageValue(u"status"_s, 0).toString() == u"sent"; }, 20000))
        << messageValue(u"status"_s, 0).toString().toStdString();
    EXPECT_EQ(messageValue(u"status"_s, 1).toString(), u"scheduled"_s) << "the second reminder waits a day";
    EXPECT_EQ(messageValue(u"attempts"_s, 0).toInt(), 1);

    // The shopper clicks the button: to Salla's checkout of this very cart, recorded.
    const QString checkout = u"https://salla.sa/"_s;
    const QByteArray click = trackedPathTo(mail.value(u"text"_s).toString(), checkout);
    ASSERT_FALSE(click.isEmpty()) << mail.value(u"text"_s).toString().toStdString();
    const HttpReply followed = RawHttp::get(m_stack.daemon().port(), click);
    EXPECT_TRUE(QString::fromUtf8(followed.headers.value("location")).endsWith(u"/checkout/%1"_s.arg(cart)));
    EXPECT_FALSE(messageValue(u"clicked_at"_s, 0).isNull());
    // Nothing of the request picks the target: a changed token is simply unknown.
    EXPECT_EQ(RawHttp::get(m_stack.daemon().port(), click.chopped(1) + (click.endsWith('A') ? "B" : "A")).status, 404);
    EXPECT_EQ(RawHttp::get(m_stack.daemon().port(), "/r/https%3A%2F%2Fevil.example").status, 404);

    // The purchase: the waiting reminder is cancelled, the order linked to the message.
    const HttpReply bought = m_stack.simControl("events", {{u"store_id"_s, m_store}, {u"event"_s, u"abandoned.cart.purchased"_s},
                                                                {u"cart_id"_s, cart}});
    ASSERT_EQ(bought.status, 200) << bought.body.constData();
    ASSERT_TRUE(m_stack.settle());
    EXPECT_TRUE(QTest::qWaitFor([&] { return messageValue(u"status"_s, 1).toString() == u"cancelled"; }, 20000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !messageValue(u"order_id"_s, 0).isNull(); }, 20000));
    const qint64 order = messageValue(u"order_id"_s, 0).toLongLong();
    EXPECT_EQ(m_stack.queryValue(u"SELECT customer_id FROM orders WHERE id = %1"_s.arg(order)),
              m_stack.queryValue(u"SELECT customer_id FROM abandoned_carts WHERE salla_id = %1"_s.arg(cart)));
    EXPECT_EQ(m_smtp.messages().size(), 1) << "the cancelled reminder never went";
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM jobs WHERE status = 'failed'"_s).toInt(), 0);
}

TEST_F(AbandonedCartRecoveryTest, OneClickUnsubscribeStopsTheNextReminderBeforeItIsSent)
{
    switchOn();
    abandonCart();
    const QJsonObject mail = m_smtp.waitForReading(0, 20000);
    ASSERT_FALSE(mail.isEmpty()) << m_stack.daemon().stderrText().toStdString();
    const QUrl unsubscribe(mail.value(u"headers"_s).toObject().value(u"List-Unsubscribe"_s).toString().remove(u'<').remove(u'>'));
    ASSERT_TRUE(unsubscribe.isValid());

    // A mail scanner that follows the link unsubscribes nobody: the page asks first.
    const HttpReply page = RawHttp::get(m_stack.daemon().port(), unsubscribe.path().toLatin1());
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("<form method=\"post\">"));
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM consents"_s).toInt(), 0);

    // RFC 8058's one-click POST, as a mail client sends it: 200, no redirect.
    const HttpReply done = RawHttp::request(m_stack.daemon().port(), "POST", unsubscribe.path().toLatin1(), "List-Unsubscribe=One-Click",
                                            {{"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_EQ(done.status, 200);
    EXPECT_EQ(m_stack.queryValue(u"SELECT source FROM consents WHERE granted = %1"_s.arg(u"FALSE"_s)).toString(), u"one_click_unsubscribe"_s);
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM consent_events"_s).toInt(), 1);

    // The second reminder comes due: skipped, not sent.
    ASSERT_TRUE(m_stack.execute(u"UPDATE messages SET due_at = 0 WHERE step = 1"_s));
    ASSERT_TRUE(m_stack.execute(u"UPDATE jobs SET run_at = 0 WHERE kind = 'message.send' AND status = 'pending'"_s));
    EXPECT_TRUE(QTest::qWaitFor([&] { return messageValue(u"status"_s, 1).toString() == u"skipped"; }, 20000)) << m_stack.daemon().stderrText().toStdString();
    EXPECT_EQ(messageValue(u"reason"_s, 1).toString(), u"unsubscribed"_s);
    EXPECT_EQ(m_smtp.messages().size(), 1);
}

TEST_F(AbandonedCartRecoveryTest, NothingIsPlannedWhileTheToolIsOff)
{
    abandonCart();
    ASSERT_TRUE(m_stack.settle());
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return m_stack.queryValue(u"SELECT COUNT(*) FROM jobs WHERE kind = 'automation.abandoned_cart' AND status = 'done'"_s).toInt() == 1;
    }, 20000));
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM messages"_s).toInt(), 0);
}

namespace {
// The relay goes away and comes back; it hangs mid-message and the daemon is killed.
class MessageFaultsTest : public AbandonedCartRecoveryTest
{
protected:
    SmtpSink::Options sinkOptions() const override
    {
        SmtpSink::Options options;
        options.stallData = m_stall;
        return options;
    }
    bool m_stall = false;
};

class StallingRelayTest : public MessageFaultsTest
{
protected:
    StallingRelayTest() { m_stall = true; }
};
} // namespace

TEST_F(MessageFaultsTest, ARelayThatIsDownIsTriedAgainAndTheMessageGoesOnceItIsBack)
{
    const quint16 port = m_smtp.port();
    const QString certificates = m_smtp.dataDir();
    m_smtp.terminate(); // the relay is down before anything is sent
    switchOn({{u"second_reminder_hours"_s, 0}});
    abandonCart();
    EXPECT_TRUE(QTest::qWaitFor([&] { return attemptOutcomes(0) == QStringList{u"temporary"_s}; }, 20000)) << attemptOutcomes(0).join(u","_s).toStdString();
    EXPECT_EQ(messageValue(u"status"_s, 0).toString(), u"scheduled"_s) << "waiting for its next try";

    SmtpSink back;
    SmtpSink::Options options;
    options.port = port;
    options.certificateFrom = certificates;
    ASSERT_TRUE(back.start(options)) << back.stderrText().toStdString();
    dueNow();
    ASSERT_FALSE(back.waitForReading(0, 20000).isEmpty()) << m_stack.daemon().stderrText().toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return messageValue(u"status"_s, 0).toString() == u"sent"; }, 20000));
    EXPECT_EQ(attemptOutcomes(0), (QStringList{u"temporary"_s, u"sent"_s}));
    EXPECT_EQ(back.messages().size(), 1);
}

TEST_F(StallingRelayTest, ADaemonKilledMidSendSendsAgainWithTheSameMessageIdAndCountsThePossibleDuplicate)
{
    switchOn();
    abandonCart();
    // The relay has the whole message and never answers; the daemon dies waiting.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_smtp.stalled().isEmpty(); }, 20000)) << m_stack.daemon().stderrText().toStdString();
    EXPECT_EQ(messageValue(u"status"_s, 0).toString(), u"sending"_s);
    ::kill(pid_t(m_stack.daemon().pid()), SIGKILL);
    m_stack.daemon().process().waitForFinished(5000);
    QFile stalledFile(m_smtp.mailDir() + u'/' + m_smtp.stalled().constFirst());
    ASSERT_TRUE(stalledFile.open(QIODevice::ReadOnly));
    const QByteArray firstTry = stalledFile.readAll();

    // A working relay where the hung one was; the daemon starts again on its data.
    const quint16 port = m_smtp.port();
    const QString certificates = m_smtp.dataDir();
    m_smtp.terminate();
    SmtpSink back;
    SmtpSink::Options options;
    options.port = port;
    options.certificateFrom = certificates;
    ASSERT_TRUE(back.start(options)) << back.stderrText().toStdString();
    ASSERT_TRUE(m_stack.daemon().start()) << m_stack.daemon().stderrText().toStdString();

    const QJsonObject again = back.waitForReading(0, 20000);
    ASSERT_FALSE(again.isEmpty()) << m_stack.daemon().stderrText().toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return messageValue(u"status"_s, 0).toString() == u"sent"; }, 20000));
    // The same Message-ID both times: a receiver can tell the resend from a new message.
    const QString messageId = again.value(u"headers"_s).toObject().value(u"Message-ID"_s).toString();
    EXPECT_FALSE(messageId.isEmpty());
    EXPECT_TRUE(firstTry.contains(messageId.toLatin1())) << messageId.toStdString();
    EXPECT_EQ(attemptOutcomes(0), (QStringList{u"unknown"_s, u"sent"_s}));
    EXPECT_EQ(back.messages().size(), 1);
    EXPECT_EQ(messageValue(u"attempts"_s, 0).toInt(), 2);
}
