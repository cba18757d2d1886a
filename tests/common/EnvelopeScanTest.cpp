// The intake's fast read of a webhook's envelope (salla/EnvelopeScan.h): whenever it
// answers, it answers what Qt's full read gives; anything not plainly Salla's is left
// to Qt's parser.
#include "salla/EnvelopeScan.h"
#include "salla/SallaPayloads.h"
#include "support/Fixtures.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

#include <random>

using namespace Qt::StringLiterals;
using nomo::JsonLimits;
using nomo::salla::scanEnvelope;

namespace {

const JsonLimits kLimits{1024 * 1024, 32};

// The key as the intake built it before the fast path: Qt's parse, the envelope read.
std::optional<QString> fullKey(const QByteArray &body)
{
    auto object = nomo::parseJsonObject(body, kLimits);
    if (!object)
        return std::nullopt;
    auto envelope = nomo::salla::readEnvelope(*object);
    if (!envelope)
        return std::nullopt;
    return nomo::salla::deliveryKey(*envelope, body);
}

std::optional<QString> scannedKey(const QByteArray &body)
{
    auto scanned = scanEnvelope(body, kLimits);
    if (!scanned)
        return std::nullopt;
    return nomo::salla::deliveryKey(*scanned, body);
}

// Every webhook fixture, as tests/data/salla/README.md lists them.
QStringList webhookFixtures()
{
    QStringList names;
    for (const auto &[name, signature] : nomo::test::documentedSignatures())
        names.append(name);
    return names;
}

} // namespace

TEST(EnvelopeScan, EveryWebhookFixtureGivesTheKeyOfTheFullRead)
{
    const QStringList fixtures = webhookFixtures();
    ASSERT_GE(fixtures.size(), 8);
    for (const QString &name : fixtures) {
        const QByteArray pretty = nomo::test::sallaFixture(name);
        const QByteArray compact = QJsonDocument::fromJson(pretty).toJson(QJsonDocument::Compact);
        for (const QByteArray &body : {pretty, compact}) {
            const auto scanned = scannedKey(body);
            ASSERT_TRUE(scanned.has_value()) << name.toStdString();
            EXPECT_EQ(scanned, fullKey(body)) << name.toStdString();
        }
    }
}

TEST(EnvelopeScan, FindsTheOwnIdWhereTheFullReadLooks)
{
    const QByteArray bodies[] = {
        // data.id after a nested id that is not the event's own
        R"({"event":"order.created","merchant":7,"data":{"customer":{"id":99},"items":[{"id":5}],"id":42}})",
        // keys in another order, the envelope after data
        R"({"data":{"id":"abc","note":"{\"id\": 1}"},"created_at":"x","merchant":7,"event":"customer.created"})",
        // an abandoned cart's status: data.cart.id
        R"({"event":"abandoned.cart.status.changed","merchant":7,"data":{"status":"purchased","cart":{"total":1,"id":314}}})",
        // an order's status: data.order.id, with a cart that is not an object
        R"({"event":"order.status.updated","merchant":7,"data":{"cart":null,"order":{"id":2718,"status":{"slug":"x"}}}})",
        // data.id wins over cart and order
        R"({"event":"x.y","merchant":7,"data":{"cart":{"id":1},"order":{"id":2},"id":3}})",
        // no id anywhere
        R"({"event":"app.installed","merchant":7,"data":{"app_name":"Nomo Flow","empty":{},"list":[]}})",
        // whitespace of every JSON kind, and numbers of every shape inside data
        "{\r\n\t\"event\" : \"order.created\" ,\n \"merchant\":\t7 , \"data\" : { \"n\" : [-0.5e+10, 0, 1E2, true, false, null] , \"id\" : 0 } }\n",
        // Arabic text and a \u escape where the scan does not need to read it
        R"({"event":"customer.created","merchant":7,"data":{"first_name":"نورة \u0041","id":11}})",
    };
    for (const QByteArray &body : bodies) {
        const auto scanned = scannedKey(body);
        ASSERT_TRUE(scanned.has_value()) << body.constData();
        EXPECT_EQ(scanned, fullKey(body)) << body.constData();
    }
    EXPECT_EQ(scanEnvelope(bodies[2], kLimits)->ownId, u"314"_s);
    EXPECT_EQ(scanEnvelope(bodies[3], kLimits)->ownId, u"2718"_s);
    EXPECT_EQ(scanEnvelope(bodies[5], kLimits)->ownId, u"-"_s);
}

TEST(EnvelopeScan, LeavesToQtWhatIsNotPlainlySallas)
{
    const QByteArray deep = "{\"event\":\"x\",\"merchant\":1,\"data\":{\"a\":" + QByteArray(40, '[') + QByteArray(40, ']') + "}}";
    const QByteArray bodies[] = {
        R"({"event":"order\u002ecreated","merchant":7,"data":{}})", // an escape in the event
        R"({"\u0065vent":"order.created","merchant":7,"data":{}})", // an escape in a key
        R"({"event":"order.created","event":"app.installed","merchant":7,"data":{}})", // twice
        R"({"event":"order.created","merchant":7,"data":{},"data":{}})",
        R"({"event":"order.created","merchant":"7","data":{}})", // merchant as text
        R"({"event":"order.created","merchant":0,"data":{}})",
        R"({"event":"order.created","merchant":7.0,"data":{}})",
        R"({"event":"order.created","merchant":-7,"data":{}})",
        R"({"event":"order.created","merchant":1234567890123456,"data":{}})", // beyond 15 digits
        R"({"event":"order.created","merchant":7,"data":{"id":4.5}})", // an id Qt rounds its way
        R"({"event":"order.created","merchant":7,"data":{"id":null}})",
        R"({"event":"order.created","merchant":7,"data":{"id":"a\"b"}})",
        R"({"event":"order.created","merchant":7,"data":{"id":1,"id":2}})",
        R"({"event":"order.created","merchant":7,"data":{"cart":{"id":1,"id":2}}})",
        R"({"event":"order.created","merchant":7,"data":[]})",
        R"({"event":"","merchant":7,"data":{}})",
        R"({"event":"Order.Created","merchant":7,"data":{}})",
        R"({"event":" order.created","merchant":7,"data":{}})",
        R"({"merchant":7,"data":{}})",
        R"({"event":"order.created","data":{}})",
        R"({"event":"order.created","merchant":7})",
        R"(["event","order.created"])",
        R"({"event":"order.created","merchant":7,"data":{}} x)", // after the object
        R"({"event":"order.created","merchant":7,"data":{})", // unbalanced
        R"({"event":"order.created","merchant":7,"data":{"a":01}})", // JSON's number grammar
        R"({"event":"order.created","merchant":7,"data":{"a":1.}})",
        R"({"event":"order.created","merchant":7,"data":{"a":1e999}})",
        R"({"event":"order.created","merchant":7,"data":{"a":tru}})",
        R"({"event":"order.created","merchant":7,"data":{"a":[1,]}})",
        R"({"event":"order.created","merchant":7,"data":{"a":1,}})",
        R"({"event":"order.created","merchant":7,"data":{"a" 1}})",
        R"({"event":"order.created","merchant":7,"data":{"a":"\x"}})", // no such escape
        R"({"event":"order.created","merchant":7,"data":{"a":"\ud800"}})", // a lone surrogate
        "{\"event\":\"order.created\",\"merchant\":7,\"data\":{\"a\":\"tab\there\"}}", // raw control character
        "{\"event\":\"order.created\",\"merchant\":7,\"data\":{\"a\":\"\xff\xfe\"}}", // not UTF-8
        deep,
        "",
    };
    for (const QByteArray &body : bodies)
        EXPECT_FALSE(scanEnvelope(body, kLimits).has_value()) << body.constData();
}

// Random damage to real bodies: whenever the scan still answers, Qt reads the body
// too and finds the same key. (Most damage makes both refuse; some leaves valid JSON.)
TEST(EnvelopeScan, WhateverItAnswersQtAgreesWithUnderRandomDamage)
{
    QList<QByteArray> bodies;
    for (const QString &name : webhookFixtures())
        bodies.append(QJsonDocument::fromJson(nomo::test::sallaFixture(name)).toJson(QJsonDocument::Compact));
    std::mt19937 random(20261203);
    const QByteArray alphabet = R"({}[]":,\ 0123456789.eE+-tfnul"idmerchantventdata)";
    int answered = 0;
    for (int round = 0; round < 4000; ++round) {
        QByteArray body = bodies[random() % bodies.size()];
        const int changes = 1 + random() % 3;
        for (int c = 0; c < changes; ++c) {
            const qsizetype at = random() % body.size();
            switch (random() % 3) {
            case 0: body[at] = alphabet[random() % alphabet.size()]; break;
            case 1: body.insert(at, alphabet[random() % alphabet.size()]); break;
            default: body.remove(at, 1); break;
            }
        }
        const auto scanned = scannedKey(body);
        if (!scanned)
            continue;
        ++answered;
        EXPECT_EQ(scanned, fullKey(body)) << body.constData();
    }
    EXPECT_GT(answered, 100); // the damage left many bodies readable: the property was tried
}
