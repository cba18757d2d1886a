#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace nomo {

// OAuth `state` values of Custom Mode installs: random, stored with the redirect URI
// they were issued for, single-use and short-lived. Not tenant data: no merchant is
// known until Salla says who approved.
class OAuthStateRepository
{
public:
    explicit OAuthStateRepository(QSqlDatabase db, const Clock &clock = Clock::system());

    // A new random state (256 bits, hex) valid for `lifetimeSeconds`; `signInRequest`
    // names the console sign-in this authorization serves, if any.
    Result<QString> issue(const QString &redirectUri, int lifetimeSeconds, const QString &signInRequest = {});

    struct Consumed
    {
        QString redirectUri;
        QString signInRequest; // empty: a plain install
    };
    // Takes the state if it exists and has not expired. A state is consumed by the
    // first attempt, good or not.
    Result<Consumed> consume(const QString &state);

    // States issued and not yet expired: bounded, so a flood of installs started and
    // never finished cannot fill the table.
    Result<qint64> countPending() const;

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace nomo
