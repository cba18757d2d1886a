// Secret feature settings (a provider's API key) over the real console API, on both
// engines: set, kept, cleared, and never in an answer, on the change feed or in the
// settings stored in clear.
#include "support/ConsoleStack.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {

const QString kKey = u"sk-live-9f3Kq2-unifonic-نمو"_s;

class FeatureSecretsTest : public ::testing::TestWithParam<TestEngine>
{
protected:
    void SetUp() override
    {
        QString why;
        bool unavailable = false;
        if (!m_stack.start(1, &why, GetParam(), &unavailable)) {
            if (unavailable && !TestDatabase::postgresRequired())
                GTEST_SKIP() << why.toStdString();
            FAIL() << why.toStdString();
        }
        std::tie(m_token, std::ignore) = m_stack.issueToken(m_stack.storeIds().constFirst());
        ASSERT_FALSE(m_token.isEmpty());
    }
    HttpReply put(int version, const QJsonObject &body)
    {
        return m_stack.api("PUT", "/api/v1/features/notifications", m_token, QJsonDocument(body).toJson(QJsonDocument::Compact),
                           {{"If-Match", QByteArray::number(version)}});
    }
    QJsonObject notifications()
    {
        for (const QJsonValue &f : m_stack.api("GET", "/api/v1/features", m_token).json()[u"features"_s].toArray())
            if (f[u"key"_s] == u"notifications"_s)
                return f.toObject();
        return {};
    }
    QByteArray everythingTheConsoleCanRead()
    {
        return m_stack.api("GET", "/api/v1/features", m_token).body + m_stack.api("GET", "/api/v1/changes?since=0", m_token).body
            + m_stack.api("GET", "/api/v1/status", m_token).body;
    }

    ConsoleStack m_stack;
    QString m_token;
};

} // namespace

TEST_P(FeatureSecretsTest, ASecretIsSealedAndNeverSentBack)
{
    const HttpReply saved = put(0, {{u"enabled"_s, true}, {u"settings"_s, QJsonObject{{u"sms"_s, true}}},
                                    {u"secrets"_s, QJsonObject{{u"sms_api_key"_s, kKey}}}});
    ASSERT_EQ(saved.status, 200) << saved.body.toStdString();
    EXPECT_TRUE(saved.json()[u"secrets"_s][u"sms_api_key"_s].toBool());
    EXPECT_FALSE(saved.json()[u"secrets"_s][u"whatsapp_access_token"_s].toBool());
    EXPECT_FALSE(saved.body.contains(kKey.toUtf8()));
    EXPECT_TRUE(notifications()[u"secrets"_s][u"sms_api_key"_s].toBool());
    EXPECT_FALSE(everythingTheConsoleCanRead().contains("sk-live")) << "a secret reached an answer or the change feed";
    // At rest: sealed in its own table, nowhere in the settings kept in clear.
    EXPECT_FALSE(m_stack.queryValue(u"SELECT settings_json FROM merchant_features WHERE feature_key = 'notifications'"_s)
                     .toString().contains(u"sk-live"_s));
    const QByteArray sealed = m_stack.queryValue(u"SELECT sealed FROM feature_secrets WHERE field = 'sms_api_key'"_s).toByteArray();
    EXPECT_GT(sealed.size(), 28);
    EXPECT_FALSE(sealed.contains("sk-live"));
}

TEST_P(FeatureSecretsTest, ASaveWithoutSecretsKeepsThemAndNullClearsOne)
{
    ASSERT_EQ(put(0, {{u"enabled"_s, true}, {u"settings"_s, QJsonObject()},
                      {u"secrets"_s, QJsonObject{{u"sms_api_key"_s, kKey}, {u"whatsapp_access_token"_s, u"EAAG-token"_s}}}}).status, 200);
    // An older console knows nothing of secrets: its save keeps them.
    ASSERT_EQ(put(1, {{u"enabled"_s, false}, {u"settings"_s, QJsonObject()}}).status, 200);
    EXPECT_TRUE(notifications()[u"secrets"_s][u"sms_api_key"_s].toBool());
    const HttpReply cleared = put(2, {{u"enabled"_s, true}, {u"settings"_s, QJsonObject()},
                                      {u"secrets"_s, QJsonObject{{u"whatsapp_access_token"_s, QJsonValue::Null}}}});
    ASSERT_EQ(cleared.status, 200);
    EXPECT_TRUE(cleared.json()[u"secrets"_s][u"sms_api_key"_s].toBool());
    EXPECT_FALSE(cleared.json()[u"secrets"_s][u"whatsapp_access_token"_s].toBool());
}

TEST_P(FeatureSecretsTest, AStaleSaveWritesNoSecretAndBadOnesAreRefusedByName)
{
    ASSERT_EQ(put(0, {{u"enabled"_s, true}, {u"settings"_s, QJsonObject()}}).status, 200);
    const HttpReply stale = put(0, {{u"enabled"_s, true}, {u"settings"_s, QJsonObject()},
                                    {u"secrets"_s, QJsonObject{{u"sms_api_key"_s, kKey}}}});
    EXPECT_EQ(stale.status, 409);
    EXPECT_FALSE(stale.json()[u"current"_s][u"secrets"_s][u"sms_api_key"_s].toBool()) << "the stale save wrote its secret";

    struct Case
    {
        QJsonObject body;
        QString field, key;
    };
    const QList<Case> cases{
        {{{u"enabled"_s, true}, {u"settings"_s, QJsonObject{{u"sms_api_key"_s, kKey}}}}, u"settings.sms_api_key"_s, u"settings.secret"_s},
        {{{u"enabled"_s, true}, {u"settings"_s, QJsonObject()}, {u"secrets"_s, QJsonObject{{u"smtp_password"_s, u"x"_s}}}},
         u"secrets.smtp_password"_s, u"secrets.unknown"_s},
        {{{u"enabled"_s, true}, {u"settings"_s, QJsonObject()}, {u"secrets"_s, QJsonObject{{u"sms_api_key"_s, 42}}}},
         u"secrets.sms_api_key"_s, u"secrets.type"_s},
        {{{u"enabled"_s, true}, {u"settings"_s, QJsonObject()}, {u"secrets"_s, QJsonObject{{u"sms_api_key"_s, QString(513, u'k')}}}},
         u"secrets.sms_api_key"_s, u"secrets.too_long"_s},
    };
    for (const Case &c : cases) {
        const HttpReply refused = put(1, c.body);
        EXPECT_EQ(refused.status, 422) << refused.body.toStdString();
        EXPECT_EQ(refused.json()[u"error"_s][u"field"_s].toString(), c.field);
        EXPECT_EQ(refused.json()[u"error"_s][u"key"_s].toString(), c.key);
        EXPECT_FALSE(refused.body.contains("sk-live")) << "an error echoed the secret";
    }
    EXPECT_EQ(m_stack.queryValue(u"SELECT COUNT(*) FROM feature_secrets"_s).toInt(), 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, FeatureSecretsTest, ::testing::Values(TestEngine::Sqlite, TestEngine::Postgres),
                         ::nomo::test::engineName);
