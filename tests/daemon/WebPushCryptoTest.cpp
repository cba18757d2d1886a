#include "push/WebPushCrypto.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo::webpush;

namespace {
QJsonObject appendixA()
{
    QFile file(QStringLiteral(NOMO_SOURCE_DIR "/tests/data/push/rfc8291_appendix_a.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}
QByteArray field(const QJsonObject &vector, const char *name)
{
    return fromBase64Url(vector.value(QString::fromLatin1(name)).toString().toLatin1());
}

// The independent implementation (tests/doubles/push/webpush_check.py, Python's
// cryptography): its output, or empty with the reason in `why`.
QByteArray check(const QStringList &arguments, QString *why)
{
    QProcess python;
    python.start(u"/usr/bin/python3"_s, QStringList{QStringLiteral(NOMO_SOURCE_DIR "/tests/doubles/push/webpush_check.py")} + arguments);
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        *why = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    return python.readAllStandardOutput().trimmed();
}
} // namespace

TEST(WebPushCrypto, ReproducesRfc8291AppendixAByteForByte)
{
    const QJsonObject vector = appendixA();
    Encryption fixed;
    fixed.sender = KeyPair{field(vector, "as_private"), field(vector, "as_public")};
    fixed.salt = field(vector, "salt");
    fixed.recordSize = 4096;
    auto body = encrypt(field(vector, "plaintext"), field(vector, "ua_public"), field(vector, "auth_secret"), fixed);
    ASSERT_TRUE(body.has_value()) << body.error().toString().toStdString();
    EXPECT_EQ(base64Url(*body), vector.value(u"body"_s).toString().toLatin1());
    EXPECT_EQ(body->size(), 144);
}

TEST(WebPushCrypto, AMessageForAFreshSubscriptionDecryptsInAnIndependentImplementation)
{
    auto browser = KeyPair::generate(); // the shopper's browser
    ASSERT_TRUE(browser.has_value());
    const QByteArray auth = QByteArray::fromHex("0123456789abcdef0123456789abcdef");
    const QByteArray payload = u"{\"title\":\"سلتك بانتظارك\",\"body\":\"طلبك من عطور نورة على بُعد خطوة واحدة.\"}"_s.toUtf8();
    auto first = encrypt(payload, browser->publicKey, auth);
    auto second = encrypt(payload, browser->publicKey, auth);
    ASSERT_TRUE(first.has_value() && second.has_value());
    EXPECT_NE(*first, *second) << "a new sender key and salt for every message";
    QString why;
    const QByteArray plain = check({u"decrypt"_s, QString::fromLatin1(base64Url(*first)), QString::fromLatin1(base64Url(browser->privateKey)),
                                    QString::fromLatin1(base64Url(browser->publicKey)), QString::fromLatin1(base64Url(auth))},
                                   &why);
    ASSERT_FALSE(plain.isEmpty()) << why.toStdString();
    EXPECT_EQ(fromBase64Url(plain), payload);
}

TEST(WebPushCrypto, RefusesWhatNoPushServiceTakes)
{
    auto browser = KeyPair::generate();
    ASSERT_TRUE(browser.has_value());
    const QByteArray auth(16, 'a');
    EXPECT_EQ(encrypt(QByteArray(kMaxPlaintext + 1, 'x'), browser->publicKey, auth).error().code, nomo::ErrorCode::PayloadTooLarge);
    EXPECT_TRUE(encrypt(QByteArray(kMaxPlaintext, 'x'), browser->publicKey, auth).has_value());
    EXPECT_EQ(encrypt("x", browser->publicKey, QByteArray(15, 'a')).error().code, nomo::ErrorCode::InvalidArgument);
    QByteArray offCurve = browser->publicKey;
    offCurve[64] = char(offCurve[64] ^ 1);
    EXPECT_FALSE(encrypt("x", offCurve, auth).has_value()) << "a point not on P-256";
    EXPECT_FALSE(encrypt("x", QByteArray(65, '\x04'), auth).has_value());
}

TEST(WebPushCrypto, VapidSignsAnEs256JwtThatAnIndependentVerifierAccepts)
{
    auto key = KeyPair::generate();
    ASSERT_TRUE(key.has_value());
    auto header = vapidAuthorization(*key, u"https://fcm.googleapis.com"_s, 1764633600, u"mailto:ops@nomo.example"_s);
    ASSERT_TRUE(header.has_value()) << header.error().toString().toStdString();
    EXPECT_TRUE(header->startsWith("vapid t="));
    EXPECT_TRUE(header->endsWith(QByteArray(", k=" + base64Url(key->publicKey))));
    QString why;
    const QByteArray claims = check({u"vapid"_s, QString::fromLatin1(*header)}, &why);
    ASSERT_FALSE(claims.isEmpty()) << why.toStdString();
    const QJsonObject read = QJsonDocument::fromJson(claims).object();
    EXPECT_EQ(read.value(u"aud"_s).toString(), u"https://fcm.googleapis.com"_s);
    EXPECT_EQ(read.value(u"exp"_s).toInteger(), 1764633600);
    EXPECT_EQ(read.value(u"sub"_s).toString(), u"mailto:ops@nomo.example"_s);
    // Another key's header does not verify.
    auto other = KeyPair::generate();
    QByteArray forged = *header;
    forged.replace(base64Url(key->publicKey), base64Url(other->publicKey));
    EXPECT_TRUE(check({u"vapid"_s, QString::fromLatin1(forged)}, &why).isEmpty());
}
