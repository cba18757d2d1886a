#include "salla/SallaTokenManager.h"

#include "core/Metrics.h"

#include "db/Database.h"
#include "logging/Logging.h"
#include "repositories/MerchantRepository.h"
#include "repositories/SallaTokenRepository.h"
#include "salla/SallaAccountsClient.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
constexpr qint64 kRefreshAheadSecs = 24 * 3600;
}

SallaTokenManager::SallaTokenManager(QString connectionName, SallaAccountsClient &accounts, const TokenCipher &cipher,
                                     const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connectionName))
    , m_accounts(accounts)
    , m_cipher(cipher)
    , m_clock(clock)
{
}

void SallaTokenManager::accessToken(qint64 merchantId, Callback done)
{
    if (m_waiting.contains(merchantId)) { // a refresh is under way: wait for it
        m_waiting[merchantId].append(std::move(done));
        return;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto merchant = MerchantRepository(db, m_clock).find(merchantId);
    if (!merchant)
        return done(fail(merchant.error()));
    if (!*merchant || (*merchant)->status == Merchant::Status::Uninstalled)
        return done(fail(ErrorCode::NotFound, u"merchant.not_installed"_s, u"store %1 has not installed Nomo Flow"_s.arg(merchantId)));
    if ((*merchant)->status == Merchant::Status::NeedsReauth)
        return done(fail(ErrorCode::Unauthorized, u"salla.needs_reauth"_s, u"store %1 must authorize Nomo Flow again"_s.arg(merchantId)));
    auto tokens = SallaTokenRepository(db, TenantContext(merchantId), m_cipher, m_clock).load();
    if (!tokens)
        return done(fail(tokens.error()));
    if (!*tokens)
        return done(fail(ErrorCode::Unauthorized, u"salla.no_tokens"_s, u"no Salla tokens for store %1 yet"_s.arg(merchantId)));
    if ((*tokens)->accessExpiresAt.toSecsSinceEpoch() - m_clock.nowUtc().toSecsSinceEpoch() > kRefreshAheadSecs)
        return done((*tokens)->accessToken);
    refresh(merchantId, std::move(done));
}

void SallaTokenManager::refreshAfterRejection(qint64 merchantId, const QString &rejected, Callback done)
{
    if (m_waiting.contains(merchantId)) {
        m_waiting[merchantId].append(std::move(done));
        return;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto tokens = SallaTokenRepository(db, TenantContext(merchantId), m_cipher, m_clock).load();
    if (tokens && *tokens && (*tokens)->accessToken != rejected)
        return done((*tokens)->accessToken); // refreshed meanwhile: use the new one
    refresh(merchantId, std::move(done));
}

void SallaTokenManager::refresh(qint64 merchantId, Callback done)
{
    m_waiting[merchantId].append(std::move(done));
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto tokens = SallaTokenRepository(db, TenantContext(merchantId), m_cipher, m_clock).load();
    if (!tokens || !*tokens || (*tokens)->refreshToken.isEmpty()) {
        return finish(merchantId,
                      tokens ? Result<QString>(fail(ErrorCode::Unauthorized, u"salla.no_refresh_token"_s,
                                                    u"store %1 has no refresh token (offline_access missing?)"_s.arg(merchantId)))
                             : Result<QString>(fail(tokens.error())));
    }
    if (db::engineOf(db) != DbEngine::Postgres)
        return refreshLocked(merchantId, (*tokens)->refreshToken, false);
    // Another instance may be refreshing this very token: one of us only.
    auto locked = db::exec(db, u"SELECT pg_try_advisory_lock(:key)"_s, {{u"key"_s, merchantId}});
    if (!locked || !locked->next())
        return finish(merchantId, fail(locked ? Error{ErrorCode::DatabaseError, u"db.failed"_s, u"advisory lock"_s} : locked.error()));
    if (!locked->value(0).toBool())
        return awaitOtherInstance(merchantId, (*tokens)->version, 0);
    // Under the lock, read again: the other instance may have finished just before.
    auto current = SallaTokenRepository(db, TenantContext(merchantId), m_cipher, m_clock).load();
    if (current && *current && (*current)->version != (*tokens)->version) {
        releaseAdvisoryLock(merchantId);
        return finish(merchantId, (*current)->accessToken);
    }
    refreshLocked(merchantId, (*tokens)->refreshToken, true);
}

void SallaTokenManager::refreshLocked(qint64 merchantId, const QString &refreshToken, bool holdsAdvisoryLock)
{
    qCInfo(lcSalla) << "refreshing Salla tokens of store" << merchantId;
    m_accounts.refresh(refreshToken, [this, merchantId, holdsAdvisoryLock](Result<SallaTokens> fresh) {
        const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        Result<QString> outcome = fail(ErrorCode::Internal, u"salla.refresh"_s, QString());
        if (!fresh) {
            if (fresh.error().code == ErrorCode::Unauthorized) {
                // Salla refused for good (reused or revoked): do not loop, ask the merchant.
                qCWarning(lcSalla).noquote() << "store" << merchantId << "needs to authorize again:" << fresh.error().detail;
                MerchantRepository(db, m_clock).setStatus(merchantId, Merchant::Status::NeedsReauth);
                outcome = fail(ErrorCode::Unauthorized, u"salla.needs_reauth"_s, fresh.error().detail);
            } else {
                outcome = fail(fresh.error());
            }
        } else if (auto saved = SallaTokenRepository(db, TenantContext(merchantId), m_cipher, m_clock).save(*fresh); !saved) {
            outcome = fail(saved.error());
        } else {
            outcome = fresh->accessToken;
        }
        if (holdsAdvisoryLock)
            releaseAdvisoryLock(merchantId);
        Metrics::instance().add(u"nomo_salla_token_refreshes_total"_s, u"Salla token refreshes by result"_s,
                                {{u"result"_s, outcome ? u"refreshed"_s
                                                       : outcome.error().messageKey == u"salla.needs_reauth" ? u"refused"_s
                                                                                                            : u"failed"_s}});
        finish(merchantId, outcome);
    });
}

void SallaTokenManager::awaitOtherInstance(qint64 merchantId, qint64 versionBefore, int polls)
{
    QTimer::singleShot(200, this, [this, merchantId, versionBefore, polls] {
        const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        auto merchant = MerchantRepository(db, m_clock).find(merchantId);
        if (merchant && *merchant && (*merchant)->status == Merchant::Status::NeedsReauth)
            return finish(merchantId, fail(ErrorCode::Unauthorized, u"salla.needs_reauth"_s, u"store must authorize again"_s));
        auto tokens = SallaTokenRepository(db, TenantContext(merchantId), m_cipher, m_clock).load();
        if (tokens && *tokens && (*tokens)->version != versionBefore)
            return finish(merchantId, (*tokens)->accessToken);
        if (polls < 150) // 30 s: longer than any token call may take
            return awaitOtherInstance(merchantId, versionBefore, polls + 1);
        // The other instance vanished mid-refresh: try ourselves, for everyone waiting.
        const QList<Callback> waiting = m_waiting.take(merchantId);
        refresh(merchantId, [waiting](Result<QString> result) {
            for (const Callback &callback : waiting)
                callback(result);
        });
    });
}

void SallaTokenManager::releaseAdvisoryLock(qint64 merchantId)
{
    db::exec(QSqlDatabase::database(m_connection, false), u"SELECT pg_advisory_unlock(:key)"_s, {{u"key"_s, merchantId}});
}

void SallaTokenManager::finish(qint64 merchantId, const Result<QString> &result)
{
    const QList<Callback> waiting = m_waiting.take(merchantId);
    for (const Callback &callback : waiting)
        callback(result);
}

} // namespace nomo
