#pragma once

#include "core/Clock.h"

#include <QJsonObject>
#include <QTimeZone>
#include "repositories/TenantContext.h"
#include "support/Assertions.h"
#include "support/TestDatabase.h"

#include <gtest/gtest.h>

namespace nomo::test {

// A migrated database on each engine with two installed merchants, A and B, for
// repository tests that must also prove B can neither see nor touch A's rows.
class TenantFixture : public ::testing::TestWithParam<TestEngine>
{
protected:
    void SetUp() override;

    QSqlDatabase db() const { return m_database->db(); }
    // The payload of the last change on `tenant`'s feed (none: empty, and a failure).
    QJsonObject lastChangePayload(const TenantContext &tenant) const;

    static constexpr qint64 kMerchantA = 1487302251; // the fixtures' store
    static constexpr qint64 kMerchantB = 1305146709;
    const TenantContext m_a{kMerchantA};
    const TenantContext m_b{kMerchantB};
    ManualClock m_clock{QDateTime(QDate(2025, 11, 23), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<TestDatabase> m_database;
};

#define NOMO_ON_BOTH_ENGINES(Suite)                                                                                   \
    INSTANTIATE_TEST_SUITE_P(Engines,                                                                                  \
                             Suite,                                                                                    \
                             ::testing::Values(::nomo::test::TestEngine::Sqlite, ::nomo::test::TestEngine::Postgres),  \
                             ::nomo::test::engineName)

} // namespace nomo::test
