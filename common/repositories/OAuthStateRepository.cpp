#include "repositories/OAuthStateRepository.h"

#include "core/Time.h"
#include "db/Database.h"

#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace nomo {

OAuthStateRepository::OAuthStateRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

Result<QString> OAuthStateRepository::issue(const QString &redirectUri, int lifetimeSeconds, const QString &signInRequest)
{
    QByteArray random(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), 32) != 1)
        return fail(ErrorCode::Internal, u"crypto.failed"_s, u"no random bytes for an OAuth state"_s);
    const QString state = QString::fromLatin1(random.toHex());
    const QDateTime now = m_clock.nowUtc();
    // Expired states are swept as new ones are issued.
    if (auto swept = db::exec(m_db, u"DELETE FROM oauth_states WHERE expires_at < :now"_s, {{u"now"_s, time::toStorage(now)}}); !swept)
        return fail(swept.error());
    auto inserted = db::exec(m_db,
                             u"INSERT INTO oauth_states (state, redirect_uri, signin_request, created_at, expires_at) "
                             "VALUES (:state, :redirect, :signin, :now, :expires)"_s,
                             {{u"state"_s, state},
                              {u"signin"_s, signInRequest.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(signInRequest)},
                              {u"redirect"_s, redirectUri},
                              {u"now"_s, time::toStorage(now)},
                              {u"expires"_s, time::toStorage(now.addSecs(lifetimeSeconds))}});
    if (!inserted)
        return fail(inserted.error());
    return state;
}

Result<qint64> OAuthStateRepository::countPending() const
{
    return db::scalar(m_db, u"SELECT COUNT(*) FROM oauth_states WHERE expires_at >= :now"_s,
                      {{u"now"_s, time::toStorage(m_clock.nowUtc())}});
}

Result<OAuthStateRepository::Consumed> OAuthStateRepository::consume(const QString &state)
{
    auto taken = db::exec(m_db,
                          u"DELETE FROM oauth_states WHERE state = :state RETURNING redirect_uri, expires_at, signin_request"_s,
                          {{u"state"_s, state}});
    if (!taken)
        return fail(taken.error());
    if (!taken->next())
        return fail(ErrorCode::Forbidden, u"oauth.state_unknown"_s, u"the state is unknown or was already used"_s);
    if (taken->value(1).toLongLong() < time::toStorage(m_clock.nowUtc()))
        return fail(ErrorCode::Forbidden, u"oauth.state_expired"_s, u"the sign-in took too long: start again"_s);
    return Consumed{taken->value(0).toString(), taken->value(2).toString()};
}

} // namespace nomo
