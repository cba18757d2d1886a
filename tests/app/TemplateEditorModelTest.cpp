// The Messages page's editor over a real cache: the preview is the composer's own
// output for the same context (the daemon's send runs the same code: MailTransportTest
// proves the SMTP server decodes it to the same bytes), problems in the merchant's
// words with no preview and no save, saves and resets queued as the daemon expects
// them, and the store's own templates arriving on the change feed.
#include "cache/ChangeApplier.h"
#include "cache/SyncStateStore.h"
#include "cache/TemplateStore.h"
#include "messages/DefaultTemplates.h"
#include "support/CacheFixture.h"
#include "viewmodels/TemplateEditorModel.h"

using namespace Qt::StringLiterals;
using namespace nomo;
using namespace nomo::test;

namespace {
class TemplateEditorModelTest : public CacheFixture
{
protected:
    void SetUp() override
    {
        CacheFixture::SetUp();
        m_model = std::make_unique<TemplateEditorModel>(cache());
        m_model->setQueue([this](const OutboxRequest &request) -> Status {
            m_queued.append(request);
            return {};
        });
    }
    std::unique_ptr<TemplateEditorModel> m_model;
    QList<OutboxRequest> m_queued;
};
} // namespace

TEST_F(TemplateEditorModelTest, ThePreviewIsTheComposersMessageByteForByte)
{
    m_model->select(u"abandoned_cart"_s, u"email"_s, u"ar"_s);
    ASSERT_TRUE(m_model->preview().has_value());
    const auto composed = MessageComposer::compose(defaultTemplate(u"abandoned_cart"_s, u"email"_s, u"ar"_s),
                                                   templates::MessageContext::example(u"ar"_s));
    ASSERT_TRUE(composed.has_value());
    EXPECT_EQ(m_model->preview()->html, composed->html);
    EXPECT_EQ(m_model->preview()->text, composed->text);
    EXPECT_EQ(m_model->preview()->subject, composed->subject);
    EXPECT_FALSE(m_model->modified());
    EXPECT_FALSE(m_model->custom());
}

TEST_F(TemplateEditorModelTest, AMistakeIsShownInTheMerchantsWordsWithNoPreviewAndNoSave)
{
    m_model->select(u"welcome"_s, u"sms"_s, u"ar"_s);
    m_model->setBody(u"أهلًا\n{{shopper.nickname}}"_s);
    ASSERT_EQ(m_model->problems().size(), 1);
    const QString words = TemplateEditorModel::describe(m_model->problems().front());
    EXPECT_TRUE(words.contains(u"shopper.nickname"_s)) << words.toStdString();
    EXPECT_TRUE(words.contains(u"2"_s) || words.contains(u"٢"_s)) << "the line it is on, in the console's digits";
    EXPECT_FALSE(m_model->preview().has_value());
    EXPECT_FALSE(m_model->save());
    EXPECT_TRUE(m_queued.isEmpty());
}

TEST_F(TemplateEditorModelTest, ASaveIsQueuedOnTheVersionSeenAndAResetGoesBackToTheGallery)
{
    m_model->select(u"welcome"_s, u"sms"_s, u"ar"_s);
    m_model->setBody(u"أهلًا بك في {{store.name}}!"_s);
    EXPECT_TRUE(m_model->modified());
    ASSERT_TRUE(m_model->save());
    ASSERT_EQ(m_queued.size(), 1);
    EXPECT_EQ(m_queued.front().kind, outboxkind::TemplateSave);
    EXPECT_EQ(m_queued.front().method, "PUT");
    EXPECT_EQ(m_queued.front().path, u"/api/v1/templates/welcome/sms/ar"_s);
    EXPECT_EQ(m_queued.front().ifMatch, std::optional<QString>(u"0"_s));
    EXPECT_EQ(m_queued.front().body->value(u"body"_s).toString(), u"أهلًا بك في {{store.name}}!"_s);
    EXPECT_TRUE(m_model->custom());
    EXPECT_FALSE(m_model->modified());

    ASSERT_TRUE(m_model->reset());
    EXPECT_EQ(m_queued.at(1).method, "DELETE");
    EXPECT_FALSE(m_model->custom());
    EXPECT_EQ(m_model->working().body, defaultTemplate(u"welcome"_s, u"sms"_s, u"ar"_s).body);
}

TEST_F(TemplateEditorModelTest, AnSmsIsMeasuredAsTheGatewayBillsIt)
{
    m_model->select(u"abandoned_cart"_s, u"sms"_s, u"ar"_s);
    const SmsLength length = m_model->smsLength();
    EXPECT_EQ(length.encoding, SmsLength::Encoding::Ucs2);
    EXPECT_EQ(length.parts, SmsLength::of(m_model->preview()->text).parts);
    EXPECT_EQ(m_model->smsCostHalalas(), length.parts * 8) << "the default price of a part";
}

TEST_F(TemplateEditorModelTest, TheStoresOwnTemplatesArriveOnTheChangeFeed)
{
    MessageTemplate mine = defaultTemplate(u"win_back"_s, u"email"_s, u"en"_s);
    mine.subject = u"Come back to {{store.name}}"_s;
    mine.custom = true;
    mine.version = 2;
    QJsonArray changes{change(1, u"template"_s, mine.key(), toJson(mine))};
    ASSERT_TRUE(ChangeApplier(cache()).apply(decodedPage(changes, 1, false)).has_value());
    m_model->select(u"win_back"_s, u"email"_s, u"en"_s);
    EXPECT_EQ(m_model->working().subject, mine.subject);
    EXPECT_EQ(m_model->working().version, 2);
    EXPECT_TRUE(m_model->custom());

    changes = {change(2, u"template"_s, mine.key(), toJson(defaultTemplate(u"win_back"_s, u"email"_s, u"en"_s)), u"delete"_s)};
    ASSERT_TRUE(ChangeApplier(cache()).apply(decodedPage(changes, 2, false)).has_value());
    m_model->reload();
    EXPECT_FALSE(m_model->custom());
    EXPECT_EQ(m_model->working().subject, defaultTemplate(u"win_back"_s, u"email"_s, u"en"_s).subject);
}
