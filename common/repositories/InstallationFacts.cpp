#include "repositories/InstallationFacts.h"

#include "core/Clock.h"
#include "core/Time.h"
#include "db/Database.h"

using namespace Qt::StringLiterals;

namespace nomo {

InstallationFacts::InstallationFacts(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<std::optional<QString>> InstallationFacts::get(const QString &name) const
{
    auto query = db::exec(m_db, u"SELECT value FROM installation_facts WHERE name = :name"_s, {{u"name"_s, name}});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<QString>();
    return std::optional<QString>(query->value(0).toString());
}

Status InstallationFacts::set(const QString &name, const QString &value)
{
    auto saved = db::exec(m_db,
                          u"INSERT INTO installation_facts (name, value, updated_at) VALUES (:name, :value, :now) "
                          "ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"_s,
                          {{u"name"_s, name}, {u"value"_s, value}, {u"now"_s, time::toStorage(Clock::system().nowUtc())}});
    if (!saved)
        return fail(saved.error());
    return {};
}

Result<QString> InstallationFacts::setOnce(const QString &name, const QString &value)
{
    auto inserted = db::exec(m_db,
                             u"INSERT INTO installation_facts (name, value, updated_at) VALUES (:name, :value, :now) "
                             "ON CONFLICT (name) DO NOTHING"_s,
                             {{u"name"_s, name}, {u"value"_s, value}, {u"now"_s, time::toStorage(Clock::system().nowUtc())}});
    if (!inserted)
        return fail(inserted.error());
    auto standing = get(name);
    if (!standing)
        return fail(standing.error());
    return standing->value_or(value);
}

} // namespace nomo
