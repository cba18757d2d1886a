#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "repositories/EventRepository.h"
#include "security/TokenCipher.h"

#include <QSqlDatabase>

namespace nomo {

// Turns one stored Salla event into rows of our tables, inside the caller's
// transaction. Every handler upserts, so a redelivery or a replay changes nothing,
// and every handler first makes sure the merchant row exists (Salla does not promise
// the order of app.installed, app.store.authorize and store events). Nor does Salla
// promise the order of store events: each state is dated by Salla's own times, and
// one older than the row holds is ignored ("an older state than the one stored").
class EventProcessor
{
public:
    struct Outcome
    {
        QString status; // processed | ignored
        QString note;   // why it was ignored
    };

    EventProcessor(QSqlDatabase db, const TokenCipher &cipher, int purgeGraceDays, const Clock &clock = Clock::system());

    Result<Outcome> process(const StoredEvent &event) const;

private:
    QSqlDatabase m_db;
    const TokenCipher &m_cipher;
    int m_purgeGraceDays;
    const Clock &m_clock;
};

} // namespace nomo
