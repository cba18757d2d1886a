// The daemon's logs name stores, orders and requests by id, never a shopper by their
// email or phone, and never carry a token: a living store's day at debug level, with
// installs, webhooks, console calls and coupon pushes, is searched for every email,
// phone and token the simulator sent.
#include "support/ConsoleStack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::test;

namespace {
// Every value under a key that names personal data or a secret, anywhere in `value`.
void collect(const QJsonValue &value, QSet<QString> *found)
{
    static const QStringList keys{u"email"_s, u"mobile"_s, u"phone"_s, u"access_token"_s, u"refresh_token"_s};
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (keys.contains(it.key()) && (it.value().isString() || it.value().isDouble())) {
                const QString text = it.value().isString() ? it.value().toString() : QString::number(it.value().toInteger());
                if (text.size() >= 6)
                    found->insert(text);
            }
            collect(it.value(), found);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collect(item, found);
    }
}
} // namespace

TEST(LogPrivacy, ALivingStoresDayLogsNoEmailPhoneOrToken)
{
    ConsoleStack stack;
    stack.daemon().setEnv(u"NOMO_LOG_RULES"_s, u"nomo.*.debug=true"_s);
    QString why;
    ASSERT_TRUE(stack.start(2, &why)) << why.toStdString();
    const qint64 store = stack.storeIds().constFirst();
    const QString token = stack.issueToken(store).first;
    ASSERT_EQ(stack.simControl("tick", {{u"steps"_s, 40}}).status, 200);
    const QJsonObject coupon{{u"code"_s, u"PRIVATE10"_s}, {u"type"_s, u"percentage"_s}, {u"amount"_s, 10},
                             {u"free_shipping"_s, false}, {u"exclude_sale_products"_s, false},
                             {u"expiry_date"_s, QDate::currentDate().addDays(30).toString(Qt::ISODate)}};
    ASSERT_EQ(stack.api("POST", "/api/v1/coupons", token, QJsonDocument(coupon).toJson()).status, 201);
    EXPECT_EQ(stack.api("GET", "/api/v1/status", token).status, 200);
    EXPECT_EQ(stack.api("GET", "/api/v1/changes?since=0", token).status, 200);
    EXPECT_EQ(stack.api("GET", "/api/v1/status", u"not-a-token"_s).status, 401);
    ASSERT_TRUE(stack.settle());

    QSet<QString> secrets{token};
    const QJsonArray sent = RawHttp::get(stack.simulator().port(), "/_sim/deliveries?bodies=1").json()[u"deliveries"_s].toArray();
    for (const QJsonValue &delivery : sent)
        collect(QJsonDocument::fromJson(delivery[u"body"_s].toString().toUtf8()).object(), &secrets);
    ASSERT_GT(secrets.size(), 20) << "the day had shoppers with emails and phones";

    const QString log = QString::fromUtf8(stack.daemon().stderrText());
    ASSERT_GT(log.size(), 1000);
    EXPECT_TRUE(log.contains(QString::number(store))) << "stores are named, by id";
    RecordProperty("searched_values", static_cast<int>(secrets.size()));
    for (const QString &secret : std::as_const(secrets))
        EXPECT_FALSE(log.contains(secret)) << "the log carries " << secret.toStdString();
}
