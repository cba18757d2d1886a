// WhatsApp end to end against the Cloud API double: an abandoned cart's reminder goes as
// the store's approved template with its values and tracked button, Meta's signed
// status webhooks move the message to delivered and read, a shopper who stopped the
// store's marketing (131050, or "إيقاف" in a chat) gets no more, and the webhook
// address refuses whatever is not signed with the store's app secret.
#include "security/Digest.h"
#include "security/WebhookSignature.h"
#include "support/ConsoleStack.h"
#include "support/WhatsAppCloud.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

class WhatsAppMessagesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QJsonObject approved{{u"nomo_abandoned_cart:ar"_s, QJsonObject{{u"body"_s, 3}, {u"button"_s, true}}},
                                   {u"store_notice:ar"_s, QJsonObject{{u"body"_s, 1}, {u"button"_s, false}}}};
        ASSERT_TRUE(m_meta.start(m_token, m_appSecret, approved)) << m_meta.stderrText().toStdString();
        m_stack.daemon().setEnv(u"NOMO_WHATSAPP_GRAPH_URL"_s, u"http://127.0.0.1:%1"_s.arg(m_meta.port()));
        QString why;
        ASSERT_TRUE(m_stack.start(1, &why)) << why.toStdString();
        m_store = m_stack.storeIds().constFirst();
        m_console = m_stack.issueToken(m_store).first;
        ASSERT_TRUE(m_meta.setWebhook(u"http://127.0.0.1:%1/webhooks/whatsapp/%2"_s.arg(m_stack.daemon().port()).arg(m_store)));

        ASSERT_EQ(m_stack.simControl("events", {{u"store_id"_s, m_store}, {u"event"_s, u"customer.created"_s}}).status, 200);
        ASSERT_TRUE(m_stack.settle());
        m_shopper = m_stack.queryValue(u"SELECT salla_id FROM customers ORDER BY id DESC LIMIT 1"_s).toLongLong();
        m_phone = m_stack.queryValue(u"SELECT mobile FROM customers ORDER BY id DESC LIMIT 1"_s).toString().remove(u'+');
        ASSERT_TRUE(m_phone.startsWith(u"9665"_s)) << m_phone.toStdString();
    }

    void configure(bool automations, const QJsonObject &extra = {})
    {
        QJsonObject settings{{u"email"_s, false}, {u"whatsapp"_s, true}, {u"whatsapp_phone_number_id"_s, u"109876543210987"_s},
                             {u"whatsapp_verify_token"_s, u"kettle-sunrise"_s}, {u"second_reminder_hours"_s, 0},
                             {u"quiet_hours_start"_s, 0}, {u"quiet_hours_end"_s, 0}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            settings.insert(it.key(), it.value());
        const QByteArray body = QJsonDocument(QJsonObject{{u"enabled"_s, automations}, {u"settings"_s, settings},
                                                          {u"secrets"_s, QJsonObject{{u"whatsapp_access_token"_s, m_token},
                                                                                     {u"whatsapp_app_secret"_s, m_appSecret}}}})
                                    .toJson(QJsonDocument::Compact);
        const HttpReply saved = m_stack.api("PUT", "/api/v1/features/notifications", m_console, body, {{"If-Match", "\"0\""}});
        ASSERT_EQ(saved.status, 200) << saved.body.constData();
        EXPECT_FALSE(saved.body.contains(m_appSecret.toUtf8()));
    }
    void optIn()
    {
        ASSERT_TRUE(m_stack.execute(u"INSERT INTO consents (merchant_id, channel, address, granted, source, changed_at) "
                                    "VALUES (%1, 'whatsapp', '%2', TRUE, 'storefront_form', 0)"_s.arg(m_store).arg(m_phone)));
    }
    void abandonCart()
    {
        ASSERT_EQ(m_stack.simControl("events", {{u"store_id"_s, m_store}, {u"event"_s, u"abandoned.cart"_s}, {u"customer_id"_s, m_shopper}}).status, 200);
        ASSERT_TRUE(m_stack.settle());
    }
    QString messageStatus() { return m_stack.queryValue(u"SELECT status FROM messages WHERE channel = 'whatsapp'"_s).toString(); }
    HttpReply postWebhook(const QByteArray &body, QList<std::pair<QByteArray, QByteArray>> headers)
    {
        headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
        return RawHttp::request(m_stack.daemon().port(), "POST", u"/webhooks/whatsapp/%1"_s.arg(m_store).toUtf8(), body, headers);
    }

    const QString m_token = u"system-user-token-of-the-store"_s;
    const QString m_appSecret = u"app-secret-of-the-store"_s;
    WhatsAppCloud m_meta;
    ConsoleStack m_stack;
    qint64 m_store = 0;
    qint64 m_shopper = 0;
    QString m_phone;
    QString m_console;
};

} // namespace

TEST_F(WhatsAppMessagesTest, AReminderGoesAsTheApprovedTemplateAndMetasReportsMoveItToRead)
{
    configure(true);
    optIn();
    abandonCart();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_meta.requests().isEmpty(); }, 20000)) << m_stack.daemon().stderrText().toStdString();

    const QJsonObject sent = m_meta.requests().constFirst();
    EXPECT_EQ(sent.value(u"path"_s).toString(), u"/v23.0/109876543210987/messages"_s);
    EXPECT_EQ(sent.value(u"headers"_s).toObject().value(u"Authorization"_s).toString(), u"Bearer "_s + m_token);
    const QJsonObject body = QJsonDocument::fromJson(sent.value(u"body"_s).toString().toUtf8()).object();
    EXPECT_EQ(body.value(u"to"_s).toString(), m_phone);
    EXPECT_EQ(body.value(u"type"_s).toString(), u"template"_s);
    const QJsonObject tmpl = body.value(u"template"_s).toObject();
    EXPECT_EQ(tmpl.value(u"name"_s).toString(), u"nomo_abandoned_cart"_s);
    EXPECT_EQ(tmpl.value(u"language"_s).toObject(), (QJsonObject{{u"policy"_s, u"deterministic"_s}, {u"code"_s, u"ar"_s}}));
    const QJsonArray components = tmpl.value(u"components"_s).toArray();
    ASSERT_EQ(components.size(), 2) << sent.value(u"body"_s).toString().toStdString();
    const QJsonArray values = components.at(0).toObject().value(u"parameters"_s).toArray();
    ASSERT_EQ(values.size(), 3);
    const QString storeName = m_stack.queryValue(u"SELECT name FROM merchants WHERE id = %1"_s.arg(m_store)).toString();
    EXPECT_EQ(values.at(1).toObject().value(u"text"_s).toString(), storeName);
    EXPECT_TRUE(values.at(2).toObject().value(u"text"_s).toString().contains(u"ر.س"_s)) << "the cart's total in riyals, Arabic";
    const QString button = components.at(1).toObject().value(u"parameters"_s).toArray().at(0).toObject().value(u"text"_s).toString();
    EXPECT_EQ(components.at(1).toObject().value(u"sub_type"_s).toString(), u"url"_s);
    EXPECT_EQ(button.size(), 22) << "the tracked link's token: the template's button is <public URL>/r/{{1}}";
    const qint64 id = m_stack.queryValue(u"SELECT id FROM messages WHERE channel = 'whatsapp'"_s).toLongLong();
    EXPECT_EQ(body.value(u"biz_opaque_callback_data"_s).toString(), u"nomo:message:%1"_s.arg(id));

    // sent → delivered → read, each a signed webhook the daemon accepted.
    ASSERT_TRUE(QTest::qWaitFor([&] { return messageStatus() == u"read"; }, 20000)) << messageStatus().toStdString();
    EXPECT_FALSE(m_stack.queryValue(u"SELECT delivered_at FROM messages WHERE id = %1"_s.arg(id)).isNull());
    EXPECT_FALSE(m_stack.queryValue(u"SELECT opened_at FROM messages WHERE id = %1"_s.arg(id)).isNull()) << "read counts as opened";
    EXPECT_TRUE(m_stack.queryValue(u"SELECT provider_message_id FROM messages WHERE id = %1"_s.arg(id)).toString().startsWith(u"wamid."_s));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_meta.webhooks().size() == 3; }, 10000));
    for (const QJsonObject &hook : m_meta.webhooks())
        EXPECT_EQ(hook.value(u"status"_s).toInt(), 200);

    // A late or repeated report never moves it back.
    const QByteArray late = QJsonDocument::fromJson(QJsonDocument(m_meta.webhooks().constFirst().value(u"body"_s).toObject()).toJson()).toJson(QJsonDocument::Compact);
    const HttpReply again = postWebhook(late, {{"X-Hub-Signature-256", "sha256=" + nomo::digest::hmacSha256(m_appSecret.toUtf8(), late).toHex()}});
    EXPECT_EQ(again.status, 200) << again.body.constData();
    EXPECT_EQ(messageStatus(), u"read"_s);

    // The shopper taps the button: the click is the message's.
    const HttpReply click = RawHttp::get(m_stack.daemon().port(), "/r/" + button.toUtf8());
    EXPECT_EQ(click.status, 302);
    EXPECT_FALSE(m_stack.queryValue(u"SELECT clicked_at FROM messages WHERE id = %1"_s.arg(id)).isNull());
}

TEST_F(WhatsAppMessagesTest, AShopperWhoStoppedTheStoresMarketingGetsNoMore)
{
    configure(true);
    optIn();
    ASSERT_TRUE(m_meta.failNext(131050));
    abandonCart();
    ASSERT_TRUE(QTest::qWaitFor([&] { return messageStatus() == u"failed"; }, 20000)) << messageStatus().toStdString();
    EXPECT_TRUE(m_stack.queryValue(u"SELECT reason FROM messages WHERE channel = 'whatsapp'"_s).toString().contains(u"131050"_s));
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return m_stack.queryValue(u"SELECT source FROM consents WHERE channel = 'whatsapp'"_s).toString() == u"whatsapp_131050"_s;
    }, 10000));
    EXPECT_FALSE(m_stack.queryValue(u"SELECT granted FROM consents WHERE channel = 'whatsapp'"_s).toBool());
}

TEST_F(WhatsAppMessagesTest, AShopperWhoWritesStopIsOptedOutAndTheWindowOpens)
{
    configure(true);
    optIn();
    ASSERT_TRUE(m_meta.shopperWrites(m_phone, u"إيقاف"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_meta.webhooks().size() == 1; }, 10000));
    EXPECT_EQ(m_meta.webhooks().constFirst().value(u"status"_s).toInt(), 200);
    EXPECT_FALSE(m_stack.queryValue(u"SELECT granted FROM consents WHERE channel = 'whatsapp'"_s).toBool());
    EXPECT_EQ(m_stack.queryValue(u"SELECT source FROM consents WHERE channel = 'whatsapp'"_s).toString(), u"whatsapp_stop"_s);
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM whatsapp_windows WHERE phone = '%1'"_s.arg(m_phone)).toInt(), 1);

    abandonCart();
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM messages WHERE channel = 'whatsapp'"_s).toInt(), 0) << "no consent: nothing planned";
    EXPECT_TRUE(m_meta.requests().isEmpty());
}

TEST_F(WhatsAppMessagesTest, SallasMessagesGoAsTextInsideTheWindowAndAsTheNoticeTemplateOutsideIt)
{
    configure(false, {{u"whatsapp_notice_template"_s, u"store_notice"_s}});
    const auto deliver = [&](const QString &code) {
        const QByteArray event = u"{\"event\":\"communication.whatsapp.send\",\"merchant\":%1,\"created_at\":\"Mon Nov 10 2025 17:18:13 GMT+0300\","
                                 "\"data\":{\"notifiable\":[\"+%2\"],\"type\":\"auth.otp.verification\",\"content\":\"رمز التحقق: %3\","
                                 "\"entity\":null,\"locale\":\"ar\",\"meta\":{\"code\":\"%3\"}}}"_s.arg(m_store).arg(m_phone, code).toUtf8();
        return RawHttp::request(m_stack.daemon().port(), "POST", "/webhooks/salla", event,
                                {{"Content-Type", "application/json"}, {"X-Salla-Security-Strategy", "Signature"},
                                 {"X-Salla-Signature", nomo::WebhookSignature::sign(ConsoleStack::webhookSecret(), event)}});
    };
    // Outside the window: the store's approved notice template, Salla's words its one value.
    ASSERT_EQ(deliver(u"1111"_s).status, 200);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_meta.requests().size() == 1; }, 20000)) << m_stack.daemon().stderrText().toStdString();
    QJsonObject body = QJsonDocument::fromJson(m_meta.requests().at(0).value(u"body"_s).toString().toUtf8()).object();
    EXPECT_EQ(body.value(u"type"_s).toString(), u"template"_s);
    EXPECT_EQ(body.value(u"template"_s).toObject().value(u"name"_s).toString(), u"store_notice"_s);
    EXPECT_EQ(body.value(u"template"_s).toObject().value(u"components"_s).toArray().at(0).toObject().value(u"parameters"_s).toArray()
                  .at(0).toObject().value(u"text"_s).toString(),
              u"رمز التحقق: 1111"_s);

    // The shopper wrote to the store: free-form text passes for 24 hours.
    ASSERT_TRUE(m_meta.shopperWrites(m_phone, u"مرحبا"_s));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_stack.queryValue(u"SELECT COUNT(*) FROM whatsapp_windows"_s).toInt() == 1; }, 10000));
    ASSERT_EQ(deliver(u"2222"_s).status, 200);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_meta.requests().size() == 2; }, 20000));
    body = QJsonDocument::fromJson(m_meta.requests().at(1).value(u"body"_s).toString().toUtf8()).object();
    EXPECT_EQ(body.value(u"type"_s).toString(), u"text"_s);
    EXPECT_EQ(body.value(u"text"_s).toObject().value(u"body"_s).toString(), u"رمز التحقق: 2222"_s);
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return m_stack.queryValue(u"SELECT COUNT(*) FROM messages WHERE automation = 'salla' AND status IN ('sent', 'delivered', 'read')"_s).toInt() == 2;
    }, 20000));
}

TEST_F(WhatsAppMessagesTest, TheWebhookAddressAnswersMetasHandshakeAndRefusesWhatIsNotSigned)
{
    configure(true);
    const QByteArray path = u"/webhooks/whatsapp/%1"_s.arg(m_store).toUtf8();
    const HttpReply handshake = RawHttp::get(m_stack.daemon().port(), path + "?hub.mode=subscribe&hub.verify_token=kettle-sunrise&hub.challenge=1158201444");
    EXPECT_EQ(handshake.status, 200);
    EXPECT_EQ(handshake.body, "1158201444");
    EXPECT_EQ(RawHttp::get(m_stack.daemon().port(), path + "?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1").status, 403);
    EXPECT_EQ(RawHttp::get(m_stack.daemon().port(), "/webhooks/whatsapp/999?hub.mode=subscribe&hub.verify_token=kettle-sunrise&hub.challenge=1").status, 403)
        << "an unknown store answers as a wrong token does";

    const QByteArray report = R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"metadata":{"phone_number_id":"109876543210987"},"messages":[{"from":"966500000999","timestamp":"1767254400","type":"text","text":{"body":"hi"}}]}}]}]})";
    const HttpReply unsigned_ = postWebhook(report, {});
    EXPECT_EQ(unsigned_.status, 401);
    EXPECT_TRUE(unsigned_.json().value(u"error"_s).isObject()) << unsigned_.body.constData();
    EXPECT_EQ(postWebhook(report, {{"X-Hub-Signature-256", "sha256=" + nomo::digest::hmacSha256("wrong", report).toHex()}}).status, 401);
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM whatsapp_windows"_s).toInt(), 0) << "nothing of a refused webhook is kept";
    const QByteArray notJson = "{\"object\":";
    EXPECT_EQ(postWebhook(notJson, {{"X-Hub-Signature-256", "sha256=" + nomo::digest::hmacSha256(m_appSecret.toUtf8(), notJson).toHex()}}).status, 400);

    const HttpReply signed_ = postWebhook(report, {{"X-Hub-Signature-256", "sha256=" + nomo::digest::hmacSha256(m_appSecret.toUtf8(), report).toHex()}});
    EXPECT_EQ(signed_.status, 200) << signed_.body.constData();
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM whatsapp_windows"_s).toInt(), 1);

    // One who keeps sending what does not verify (or guessing stores) is turned away early.
    const HttpReply unknown = RawHttp::request(m_stack.daemon().port(), "POST", "/webhooks/whatsapp/999", report,
                                               {{"Content-Type", "application/json"}});
    EXPECT_EQ(unknown.status, 401) << "an unknown store answers as a bad signature does";
    int refused = 0;
    for (int i = 0; i < 40 && refused == 0; ++i)
        if (postWebhook(report, {}).status == 429)
            refused = i;
    EXPECT_GT(refused, 20) << "about 30 refusals a minute, then 429";
    EXPECT_EQ(postWebhook(report, {{"X-Hub-Signature-256", "sha256=" + nomo::digest::hmacSha256(m_appSecret.toUtf8(), report).toHex()}}).status,
              429) << "the address, not the request, is turned away for a while";
}
