// The store's message templates over the console API: the gallery's until the store
// saves its own, refused with every problem where the preview would refuse it,
// versioned like features, and back to the gallery's on a delete.
#include "support/ConsoleStack.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {
class TemplatesApiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        ASSERT_TRUE(m_stack.start(2, &why)) << why.toStdString();
        m_token = m_stack.issueToken(m_stack.storeIds().at(0)).first;
        m_other = m_stack.issueToken(m_stack.storeIds().at(1)).first;
    }
    HttpReply put(const QString &token, const QJsonObject &body, const QByteArray &version, const QByteArray &path = "/api/v1/templates/welcome/sms/ar")
    {
        return m_stack.api("PUT", path, token, QJsonDocument(body).toJson(QJsonDocument::Compact), {{"If-Match", version}});
    }
    QJsonObject find(const QString &token, const QString &key)
    {
        const QJsonArray all = m_stack.api("GET", "/api/v1/templates", token).json().value(u"templates"_s).toArray();
        for (const QJsonValue &t : all) {
            const QJsonObject o = t.toObject();
            if (o.value(u"automation"_s).toString() + u'/' + o.value(u"channel"_s).toString() + u'/' + o.value(u"language"_s).toString() == key)
                return o;
        }
        return {};
    }
    ConsoleStack m_stack;
    QString m_token, m_other;
};
} // namespace

TEST_F(TemplatesApiTest, EveryStoreStartsWithTheGallery)
{
    const HttpReply all = m_stack.api("GET", "/api/v1/templates", m_token);
    ASSERT_EQ(all.status, 200);
    EXPECT_EQ(all.json().value(u"templates"_s).toArray().size(), 6 * 4 * 2 + 2)
        << "six automations, four channels, two languages; and the collector's confirmation email in two";
    EXPECT_FALSE(find(m_token, u"confirm_subscription/email/en"_s).isEmpty());
    const QJsonObject welcome = find(m_token, u"welcome/sms/ar"_s);
    EXPECT_FALSE(welcome.value(u"custom"_s).toBool());
    EXPECT_EQ(welcome.value(u"version"_s).toInt(), 0);
    EXPECT_TRUE(welcome.value(u"body"_s).toString().contains(u"{{store.name}}"_s));
}

TEST_F(TemplatesApiTest, ATemplateWithMistakesIsRefusedWithEveryProblemWhereItIs)
{
    const HttpReply refused = put(m_token, {{u"body"_s, u"أهلًا {{shopper.nickname}}\n{{coupon.code}}"_s}}, "\"0\"");
    ASSERT_EQ(refused.status, 422) << refused.body.constData();
    const QJsonArray problems = refused.json().value(u"error"_s).toObject().value(u"problems"_s).toArray();
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems.at(0).toObject().value(u"key"_s).toString(), u"template.unknown_variable"_s);
    EXPECT_EQ(problems.at(0).toObject().value(u"column"_s).toInt(), 7);
    EXPECT_EQ(problems.at(1).toObject().value(u"key"_s).toString(), u"template.may_be_empty"_s);
    EXPECT_EQ(problems.at(1).toObject().value(u"line"_s).toInt(), 2);
    EXPECT_FALSE(find(m_token, u"welcome/sms/ar"_s).value(u"custom"_s).toBool()) << "nothing stored";
    EXPECT_EQ(put(m_token, {{u"body"_s, 5}}, "\"0\"").status, 422);
    EXPECT_EQ(put(m_token, {{u"body"_s, u"x"_s}}, "\"0\"", "/api/v1/templates/welcome/fax/ar").status, 404);
    EXPECT_EQ(m_stack.api("PUT", "/api/v1/templates/welcome/sms/ar", m_token, "{\"body\":\"x\"}").status, 428);
}

TEST_F(TemplatesApiTest, AStoresOwnTemplateIsVersionedItsAloneAndCanGoBack)
{
    const QString mine = u"أهلًا بك في {{store.name}}! رمزك {{#coupon}}{{coupon.code}}{{/coupon}}"_s;
    const HttpReply saved = put(m_token, {{u"body"_s, mine}}, "\"0\"");
    ASSERT_EQ(saved.status, 200) << saved.body.constData();
    EXPECT_EQ(saved.headers.value("etag"), "\"1\"");
    EXPECT_TRUE(saved.json().value(u"custom"_s).toBool());
    EXPECT_EQ(find(m_token, u"welcome/sms/ar"_s).value(u"body"_s).toString(), mine);
    EXPECT_FALSE(find(m_other, u"welcome/sms/ar"_s).value(u"custom"_s).toBool()) << "the other store keeps the gallery's";

    const HttpReply stale = put(m_token, {{u"body"_s, u"{{store.name}}"_s}}, "\"0\"");
    ASSERT_EQ(stale.status, 409);
    EXPECT_EQ(stale.json().value(u"current"_s).toObject().value(u"body"_s).toString(), mine);

    const HttpReply back = m_stack.api("DELETE", "/api/v1/templates/welcome/sms/ar", m_token);
    ASSERT_EQ(back.status, 200);
    EXPECT_FALSE(back.json().value(u"custom"_s).toBool());
    EXPECT_FALSE(find(m_token, u"welcome/sms/ar"_s).value(u"custom"_s).toBool());
    // Both reached the change feed, for the console's cache.
    const QJsonArray changes = m_stack.api("GET", "/api/v1/changes?since=0&limit=500", m_token).json().value(u"changes"_s).toArray();
    int templates = 0;
    for (const QJsonValue &c : changes)
        templates += c.toObject().value(u"entity"_s).toString() == u"template";
    EXPECT_EQ(templates, 2);
}

TEST_F(TemplatesApiTest, TheMessageLogListsTheStoresMessagesAloneNewestFirst)
{
    const qint64 store = m_stack.storeIds().at(0);
    for (int i = 1; i <= 3; ++i)
        ASSERT_TRUE(m_stack.execute(u"INSERT INTO messages (merchant_id, automation, channel, language, marketing, recipient, step, status, "
                                    "due_at, idempotency_key, reason, created_at, updated_at) VALUES (%1, 'welcome', 'email', 'ar', TRUE, "
                                    "'s%2@example.com', 0, 'skipped', 0, 'k%2', 'unsubscribed', %3, 0)"_s.arg(store).arg(i).arg(i * 1000)));
    const HttpReply log = m_stack.api("GET", "/api/v1/messages?limit=2", m_token);
    ASSERT_EQ(log.status, 200) << log.body.constData();
    const QJsonArray messages = log.json().value(u"messages"_s).toArray();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages.at(0).toObject().value(u"recipient"_s).toString(), u"s3@example.com"_s);
    EXPECT_EQ(messages.at(0).toObject().value(u"reason"_s).toString(), u"unsubscribed"_s);
    EXPECT_TRUE(m_stack.api("GET", "/api/v1/messages", m_other).json().value(u"messages"_s).toArray().isEmpty()) << "another store's log";
    EXPECT_EQ(m_stack.api("GET", "/api/v1/messages?limit=0", m_token).status, 400);
}
