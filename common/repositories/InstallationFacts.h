#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace nomo {

// Named facts about this installation (installation_facts), e.g. the token key's
// fingerprint. Not tenant data.
class InstallationFacts
{
public:
    explicit InstallationFacts(QSqlDatabase db);
    Result<std::optional<QString>> get(const QString &name) const;
    Status set(const QString &name, const QString &value);
    // Records `value` unless the fact is already there, and returns the one that
    // stands: two daemons starting on one new database agree on one value.
    Result<QString> setOnce(const QString &name, const QString &value);

private:
    QSqlDatabase m_db;
};

} // namespace nomo
