// WhatsApp Cloud API's wire (providers/REFERENCE.md §1): the template request in the
// documented shape, Meta's answers and error codes mapped to what the outbox does,
// the status webhook's signature and shape from the reference's own fixtures.
#include "messages/whatsapp/WhatsAppApi.h"
#include "messages/whatsapp/WhatsAppWebhook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;

namespace {
QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(NOMO_SOURCE_DIR "/tests/data/whatsapp/") + QString::fromLatin1(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
OutboundReply reply(int status, const QByteArray &body, QMap<QByteArray, QByteArray> headers = {})
{
    OutboundReply r;
    r.status = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}
OutboundReply graphError(int status, int code)
{
    return reply(status, QJsonDocument(QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, u"(#%1) title"_s.arg(code)}, {u"code"_s, code}}}})
                             .toJson());
}
const whatsapp::Account kAccount{QUrl(u"https://graph.facebook.com"_s), u"v23.0"_s, u"109876543210987"_s, u"token-of-the-store"_s};
} // namespace

TEST(WhatsAppApi, ATemplateSendIsTheDocumentedRequest)
{
    const QJsonObject payload{{u"template"_s, u"abandoned_cart_ar_v1"_s},
                              {u"language"_s, u"ar"_s},
                              {u"body"_s, QJsonArray{u"سارة"_s, u"متجر نمو التجريبي"_s, u"NOMO20"_s, u"٢٠٪"_s}},
                              {u"button"_s, u"c/8f3a2b"_s}};
    const OutboundRequest request = whatsapp::templateRequest(kAccount, u"966500000123"_s, payload, u"nomo:outbox:7f3c2a9e-0001"_s);
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.url.toString(), u"https://graph.facebook.com/v23.0/109876543210987/messages"_s);
    EXPECT_EQ(request.headers.value(0).second, "Bearer token-of-the-store");
    EXPECT_EQ(request.contentType, "application/json");

    // The reference's request, less what we never send (a header value, a copy-code button).
    QJsonObject expected = QJsonDocument::fromJson(fixture("whatsapp_template_request.json")).object();
    QJsonObject tmpl = expected.value(u"template"_s).toObject();
    QJsonArray components;
    for (const QJsonValue &c : tmpl.value(u"components"_s).toArray())
        if (c.toObject().value(u"type"_s).toString() == u"body" || c.toObject().value(u"sub_type"_s).toString() == u"url")
            components.append(c);
    tmpl.insert(u"components"_s, components);
    expected.insert(u"template"_s, tmpl);
    EXPECT_EQ(QJsonDocument::fromJson(request.body).object(), expected) << request.body.constData();
}

TEST(WhatsAppApi, FreeFormTextIsTheTextMessageShape)
{
    const OutboundRequest request = whatsapp::textRequest(kAccount, u"966500000123"_s, u"رمز التحقق: 7302"_s, {});
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    EXPECT_EQ(body.value(u"type"_s).toString(), u"text"_s);
    EXPECT_EQ(body.value(u"messaging_product"_s).toString(), u"whatsapp"_s);
    EXPECT_EQ(body.value(u"text"_s).toObject().value(u"body"_s).toString(), u"رمز التحقق: 7302"_s);
    EXPECT_FALSE(body.contains(u"biz_opaque_callback_data"_s));
}

TEST(WhatsAppApi, MetasAnswersMeanWhatTheReferenceSays)
{
    const SendOutcome sent = whatsapp::outcome(reply(200, fixture("whatsapp_success_response.json")));
    EXPECT_EQ(sent.kind, SendOutcome::Kind::Sent);
    EXPECT_EQ(sent.providerMessageId, u"wamid.HBgMOTY2NTAwMDAwMTIzFQIAERgSQ0U3QjA5RjE0QjNBMkM1RDZFAA=="_s);

    const SendOutcome window = whatsapp::outcome(reply(400, fixture("whatsapp_error_131047.json")));
    EXPECT_EQ(window.kind, SendOutcome::Kind::Rejected);
    EXPECT_EQ(window.code, u"131047"_s);
    EXPECT_TRUE(window.detail.contains(u"24 hours"_s)) << window.detail.toStdString();

    using Kind = SendOutcome::Kind;
    const std::pair<OutboundReply, Kind> cases[] = {
        {graphError(400, 131026), Kind::Rejected},      {graphError(400, 131050), Kind::Rejected},
        {graphError(400, 132000), Kind::Rejected},      {graphError(404, 132001), Kind::Configuration},
        {graphError(400, 132015), Kind::Configuration}, {graphError(401, 190), Kind::Configuration},
        {graphError(403, 368), Kind::Configuration},    {graphError(403, 200), Kind::Configuration},
        {graphError(400, 130429), Kind::Temporary},     {graphError(400, 131056), Kind::Temporary},
        {graphError(400, 80007), Kind::Temporary},      {reply(503, "<html>"), Kind::Temporary},
        {reply(200, "{}"), Kind::Unknown},
    };
    for (const auto &[answer, kind] : cases)
        EXPECT_EQ(whatsapp::outcome(answer).kind, kind) << answer.body.constData();

    OutboundReply dropped;
    dropped.networkError = u"timed out"_s;
    EXPECT_EQ(whatsapp::outcome(dropped).kind, Kind::Unknown) << "no idempotency key: a lost answer is never retried blind";
    dropped.neverSent = true;
    EXPECT_EQ(whatsapp::outcome(dropped).kind, Kind::Temporary);

    const SendOutcome limited = whatsapp::outcome([] {
        OutboundReply r = graphError(400, 130429);
        r.headers.insert("retry-after", "7");
        return r;
    }());
    EXPECT_EQ(limited.retryAfterMs.value_or(0), 7000);
}

TEST(WhatsAppApi, TheWebhookSignatureIsCheckedOnTheRawBytes)
{
    const QByteArray secret = "nomo-loopback-app-secret";
    const QByteArray delivered = fixture("whatsapp_status_webhook.json");
    const QByteArray failed = fixture("whatsapp_status_webhook_failed_131047.json");
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    EXPECT_TRUE(whatsapp::signatureValid({{"X-Hub-Signature-256", "sha256=6345b778e9822ee037476bacbbecca87dec63e81083b65242aa92d119f8830a7"}},
                                         delivered, secret));
    EXPECT_TRUE(whatsapp::signatureValid({{"x-hub-signature-256", "sha256=8581428724b00936fc480e0384a31bdecc17d74740be7425cc460a6b8116661f"}},
                                         failed, secret));
    const Headers good{{"X-Hub-Signature-256", "sha256=6345b778e9822ee037476bacbbecca87dec63e81083b65242aa92d119f8830a7"}};
    EXPECT_FALSE(whatsapp::signatureValid(good, delivered + " ", secret)) << "one byte more";
    EXPECT_FALSE(whatsapp::signatureValid(good, delivered, "another-secret"));
    EXPECT_FALSE(whatsapp::signatureValid(good, delivered, {})) << "no secret set: nothing verifies";
    EXPECT_FALSE(whatsapp::signatureValid({}, delivered, secret));
    EXPECT_FALSE(whatsapp::signatureValid(Headers{good.front(), good.front()}, delivered, secret)) << "a repeated header";
    EXPECT_FALSE(whatsapp::signatureValid({{"X-Hub-Signature-256", "6345b778e9822ee037476bacbbecca87dec63e81083b65242aa92d119f8830a7"}},
                                          delivered, secret));
}

TEST(WhatsAppApi, StatusWebhooksAreReadAsTheReferenceShapesThem)
{
    auto delivered = whatsapp::parse(fixture("whatsapp_status_webhook.json"));
    ASSERT_TRUE(delivered) << delivered.error().toString().toStdString();
    ASSERT_EQ(delivered->size(), 1);
    EXPECT_EQ(delivered->front().phoneNumberId, u"109876543210987"_s);
    ASSERT_EQ(delivered->front().statuses.size(), 1);
    const whatsapp::StatusReport report = delivered->front().statuses.front();
    EXPECT_EQ(report.status, u"delivered"_s);
    EXPECT_EQ(report.recipient, u"966500000123"_s);
    EXPECT_EQ(report.at.toSecsSinceEpoch(), 1767254400);
    EXPECT_EQ(report.messageId, 0) << "not one of ours: nomo:outbox:… is another sender's";

    auto failed = whatsapp::parse(fixture("whatsapp_status_webhook_failed_131047.json"));
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->front().statuses.front().errorCode, 131047);
    EXPECT_EQ(failed->front().statuses.front().errorTitle, u"Re-engagement message"_s);

    // A tap on a marketing template's "Stop promotions" button arrives as a button message.
    auto button = whatsapp::parse(R"({"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{)"
                                  R"("metadata":{"phone_number_id":"1"},"messages":[{"from":"966500000123","timestamp":"1767254400",)"
                                  R"("type":"button","button":{"payload":"STOP","text":"Stop promotions"}}]}}]}]})");
    ASSERT_TRUE(button);
    ASSERT_EQ(button->front().inbound.size(), 1);
    EXPECT_TRUE(WhatsAppWebhook::isStopWord(button->front().inbound.front().text));

    EXPECT_EQ(whatsapp::messageIdFrom(whatsapp::callbackData(42)), 42);
    EXPECT_FALSE(whatsapp::parse("[1]"));
    EXPECT_FALSE(whatsapp::parse(R"({"object":"page","entry":[]})"));
}

TEST(WhatsAppApi, AShoppersStopWordIsKnownInArabicAndEnglish)
{
    for (const QString &word : {u"STOP"_s, u"stop."_s, u" إيقاف "_s, u"الغاء"_s, u"إلغاء الاشتراك"_s, u"Unsubscribe"_s})
        EXPECT_TRUE(WhatsAppWebhook::isStopWord(word)) << word.toStdString();
    for (const QString &words : {u"don't stop"_s, u"متى يصل طلبي؟"_s, QString()})
        EXPECT_FALSE(WhatsAppWebhook::isStopWord(words)) << words.toStdString();
}
