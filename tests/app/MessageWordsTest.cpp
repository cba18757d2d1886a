// The Messages page in the merchant's words: a template's problem, the log's reasons and
// statuses, and a test's answer read in Arabic (the translations are found at run time,
// not only written), and the daemon's English reasons never reach a row as they are.
#include "api/ApiResponse.h"
#include "app/MessageTestFlow.h"
#include "i18n/Language.h"
#include "viewmodels/MessageLogModel.h"
#include "viewmodels/TemplateEditorModel.h"

#include <QApplication>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
class MessageWordsTest : public ::testing::Test
{
protected:
    void SetUp() override { use(u"ar"_s); }
    void TearDown() override { use(u"ar"_s); }
    static void use(const QString &language)
    {
        Language::apply(*static_cast<QApplication *>(QCoreApplication::instance()), Language::localeFor(language));
    }
    static bool arabic(const QString &text)
    {
        for (const QChar c : text)
            if (c.unicode() >= 0x0600 && c.unicode() <= 0x06FF)
                return true;
        return false;
    }
};
} // namespace

TEST_F(MessageWordsTest, ATemplatesProblemIsToldInArabic)
{
    const TemplateFieldProblem problem{u"body"_s, {2, 5, u"template.unknown_variable"_s, u"shopper.nickname"_s, {}}};
    const QString words = TemplateEditorModel::describe(problem);
    EXPECT_TRUE(arabic(words)) << words.toStdString();
    EXPECT_TRUE(words.contains(u"shopper.nickname"_s));
    const TemplateFieldProblem whatsapp{u"body"_s, {1, 1, u"template.whatsapp_section"_s, {}, {}}};
    EXPECT_TRUE(arabic(TemplateEditorModel::describe(whatsapp)));
}

TEST_F(MessageWordsTest, TheLogSaysWhyInTheMerchantsWordsNeverTheDaemons)
{
    for (const QString &reason : {u"the cart was bought"_s, u"no consent"_s, u"unsubscribed"_s, u"over the shopper's daily allowance"_s,
                                  u"quiet hours"_s, u"the notifications tool was switched off"_s, u"the template: body: x"_s,
                                  u"whatsapp 400 (#131047) Message failed"_s, u"taqnyat 400 : invalid number"_s}) {
        const QString words = MessageLogModel::reasonText(reason);
        EXPECT_TRUE(arabic(words)) << reason.toStdString() << " → " << words.toStdString();
        EXPECT_NE(words, reason);
    }
    Message cancelled;
    cancelled.status = u"cancelled"_s;
    cancelled.reason = u"the cart was bought"_s;
    EXPECT_EQ(MessageLogModel::statusText(cancelled), u"أُلغيت: اشترى العميل السلة قبلها"_s);
    Message read;
    read.channel = u"whatsapp"_s;
    read.status = u"read"_s;
    read.openedAt = QDateTime::currentDateTimeUtc();
    read.orderId = 77;
    EXPECT_EQ(MessageLogModel::resultText(read, u"20077"_s), u"قُرئت، الطلب \u206620077\u2069"_s);

    use(u"en"_s);
    EXPECT_EQ(MessageLogModel::statusText(cancelled), u"Cancelled: the cart was bought first"_s);
}

TEST_F(MessageWordsTest, ATestsAnswerSaysWhatTheProviderSaidInArabic)
{
    ApiResponse refused;
    refused.httpStatus = 200;
    refused.body = {{u"sent"_s, false}, {u"outcome"_s, u"configuration"_s}, {u"code"_s, u"401"_s}, {u"detail"_s, u"taqnyat refused the account's key"_s}};
    bool ok = true;
    const QString words = MessageTestFlow::explain(u"sms"_s, u"966501234567"_s, refused, &ok);
    EXPECT_FALSE(ok);
    EXPECT_TRUE(arabic(words)) << words.toStdString();
    EXPECT_TRUE(words.contains(u"taqnyat refused the account's key"_s)) << "the provider's own answer, for support";

    ApiResponse sent;
    sent.httpStatus = 200;
    sent.body = {{u"sent"_s, true}, {u"outcome"_s, u"sent"_s}};
    EXPECT_TRUE(arabic(MessageTestFlow::explain(u"email"_s, u"owner@example.com"_s, sent, &ok)));
    EXPECT_TRUE(ok);

    ApiResponse offline;
    EXPECT_TRUE(arabic(MessageTestFlow::explain(u"email"_s, u"owner@example.com"_s, offline, &ok)));
    EXPECT_FALSE(ok);
}
