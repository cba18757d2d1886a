#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace nomo::test {

// The exact bytes of a Salla fixture (tests/data/salla, copied from shared/salla/fixtures).
QByteArray sallaFixture(const QString &fileName);

// The signatures tests/data/salla/README.md documents for each webhook fixture:
// hex(HMAC-SHA256("nomo-test-webhook-secret", file bytes)), keyed by file name.
const QList<std::pair<QString, QByteArray>> &documentedSignatures();
inline constexpr char kFixtureWebhookSecret[] = "nomo-test-webhook-secret";

} // namespace nomo::test
