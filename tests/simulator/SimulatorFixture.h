#pragma once

#include "support/RawHttp.h"
#include "support/ServerProcess.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <gtest/gtest.h>

namespace nomo::test {

// A running nomo-salla-sim and small helpers to speak to it as our code will:
// form posts to the token endpoint, bearer calls to the Merchant API, JSON posts to
// its /_sim control surface.
class SimulatorFixture : public ::testing::Test
{
protected:
    static constexpr const char *kClientId = "nomo-sim-client";
    static constexpr const char *kClientSecret = "nomo-sim-client-secret";
    static constexpr const char *kRedirect = "http://127.0.0.1:9/oauth/salla/callback";

    void SetUp() override;
    virtual QStringList arguments() const { return {}; }

    quint16 port() const { return m_sim.port(); }
    HttpReply get(const QByteArray &path, const QString &token = {});
    HttpReply sendJson(const QByteArray &method, const QByteArray &path, const QJsonObject &body, const QString &token = {});
    HttpReply postForm(const QByteArray &path, const QUrlQuery &form);
    HttpReply control(const QByteArray &path, const QJsonObject &body = {});

    // The authorization-code flow through the consent page; returns the code.
    QString authorizeThroughConsent(const QString &state = QStringLiteral("s1"));
    HttpReply exchangeCode(const QString &code, const QString &redirect = QString::fromLatin1(kRedirect));
    HttpReply refresh(const QString &refreshToken);
    // Code flow to a token pair: {access_token, refresh_token, ...}.
    QJsonObject signIn();

    SimulatorProcess m_sim;
};

} // namespace nomo::test
