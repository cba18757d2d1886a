#include "repositories/SignInRepository.h"

#include "core/Time.h"
#include "db/Database.h"
#include "security/Digest.h"
#include "security/RandomToken.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
const QString kColumns = u"id, redirect_uri, client_state, code_challenge, device_name, lang, merchant_id, status"_s;

Error invalidGrant(const QString &detail)
{
    return Error{ErrorCode::InvalidArgument, u"signin.invalid_grant"_s, detail};
}
} // namespace

SignInRepository::SignInRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

Result<int> SignInRepository::expireAllOf(qint64 merchantId)
{
    const qint64 now = time::toStorage(m_clock.nowUtc());
    auto expired = db::exec(m_db,
                            u"UPDATE signin_requests SET link_hash = NULL, code_hash = NULL, expires_at = :past "
                            "WHERE merchant_id = :merchant AND expires_at >= :now"_s,
                            {{u"past"_s, now - 1}, {u"merchant"_s, merchantId}, {u"now"_s, now}});
    if (!expired)
        return fail(expired.error());
    return expired->numRowsAffected();
}

QString SignInRepository::challengeOf(const QString &codeVerifier)
{
    return QString::fromLatin1(digest::sha256(codeVerifier.toLatin1())
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<SignInRequest> SignInRepository::start(const SignInRequest &request, int lifetimeSeconds)
{
    auto id = randomUrlToken(24);
    if (!id)
        return fail(id.error());
    const QDateTime now = m_clock.nowUtc();
    // Finished and abandoned sign-ins are swept as new ones start.
    if (auto swept = db::exec(m_db, u"DELETE FROM signin_requests WHERE expires_at < :now"_s, {{u"now"_s, time::toStorage(now)}}); !swept)
        return fail(swept.error());
    auto inserted = db::exec(m_db,
                             u"INSERT INTO signin_requests (id, redirect_uri, client_state, code_challenge, device_name, lang, "
                             "status, expires_at, created_at) VALUES (:id, :redirect, :state, :challenge, :device, :lang, "
                             "'started', :expires, :now)"_s,
                             {{u"id"_s, *id},
                              {u"redirect"_s, request.redirectUri},
                              {u"state"_s, request.clientState},
                              {u"challenge"_s, request.codeChallenge},
                              {u"device"_s, request.deviceName},
                              {u"lang"_s, request.lang},
                              {u"expires"_s, time::toStorage(now.addSecs(lifetimeSeconds))},
                              {u"now"_s, time::toStorage(now)}});
    if (!inserted)
        return fail(inserted.error());
    SignInRequest started = request;
    started.id = *id;
    started.status = u"started"_s;
    return started;
}

Result<SignInRequest> SignInRepository::findBy(const QString &column, const QVariant &value) const
{
    auto query = db::exec(m_db,
                          u"SELECT %1 FROM signin_requests WHERE %2 = :value AND expires_at >= :now"_s.arg(kColumns, column),
                          {{u"value"_s, value}, {u"now"_s, time::toStorage(m_clock.nowUtc())}});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, u"signin.expired"_s, u"this sign-in is unknown, used or expired: start again from the console"_s);
    return SignInRequest{query->value(0).toString(),
                         query->value(1).toString(),
                         query->value(2).toString(),
                         query->value(3).toString(),
                         query->value(4).toString(),
                         query->value(5).toString(),
                         query->value(6).isNull() ? 0 : query->value(6).toLongLong(),
                         query->value(7).toString()};
}

Result<qint64> SignInRepository::countPending() const
{
    return db::scalar(m_db, u"SELECT COUNT(*) FROM signin_requests WHERE expires_at >= :now"_s,
                      {{u"now"_s, time::toStorage(m_clock.nowUtc())}});
}

Result<SignInRequest> SignInRepository::find(const QString &id) const
{
    return findBy(u"id"_s, id);
}

Result<QString> SignInRepository::issueLink(const QString &id, qint64 merchantId)
{
    auto link = randomUrlToken(32);
    if (!link)
        return fail(link.error());
    // One statement either way. For no store the request keeps its status (a second
    // try with the right email still works) and gets a link hash nobody holds.
    const QVariant merchant = merchantId > 0 ? QVariant(merchantId) : QVariant(QMetaType::fromType<qint64>());
    auto updated = db::exec(m_db,
                            u"UPDATE signin_requests SET merchant_id = COALESCE(:merchant, merchant_id), link_hash = :hash, "
                            "status = CASE WHEN :named = 1 THEN 'emailed' ELSE status END "
                            "WHERE id = :id AND status = 'started' AND expires_at >= :now"_s,
                            {{u"merchant"_s, merchant},
                             {u"named"_s, merchantId > 0 ? 1 : 0},
                             {u"hash"_s, digest::sha256(link->toLatin1())},
                             {u"id"_s, id},
                             {u"now"_s, time::toStorage(m_clock.nowUtc())}});
    if (!updated)
        return fail(updated.error());
    if (updated->numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, u"signin.expired"_s, u"this sign-in is unknown, used or expired: start again from the console"_s);
    return *link;
}

Result<std::pair<SignInRequest, QString>> SignInRepository::approveLink(const QString &linkToken)
{
    auto request = findBy(u"link_hash"_s, digest::sha256(linkToken.toLatin1()));
    if (!request)
        return fail(request.error());
    auto code = randomUrlToken(32);
    if (!code)
        return fail(code.error());
    // The link is spent here: its hash goes, the code's comes.
    auto updated = db::exec(m_db,
                            u"UPDATE signin_requests SET link_hash = NULL, code_hash = :code, status = 'approved' "
                            "WHERE id = :id AND status = 'emailed'"_s,
                            {{u"code"_s, digest::sha256(code->toLatin1())}, {u"id"_s, request->id}});
    if (!updated)
        return fail(updated.error());
    if (updated->numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, u"signin.expired"_s, u"this link was already used"_s);
    request->status = u"approved"_s;
    return std::pair{*request, *code};
}

Result<std::pair<SignInRequest, QString>> SignInRepository::approveFor(const QString &id, qint64 merchantId)
{
    auto request = find(id);
    if (!request)
        return fail(request.error());
    auto code = randomUrlToken(32);
    if (!code)
        return fail(code.error());
    auto updated = db::exec(m_db,
                            u"UPDATE signin_requests SET merchant_id = :merchant, link_hash = NULL, code_hash = :code, "
                            "status = 'approved' WHERE id = :id AND status IN ('started', 'emailed')"_s,
                            {{u"merchant"_s, merchantId}, {u"code"_s, digest::sha256(code->toLatin1())}, {u"id"_s, id}});
    if (!updated)
        return fail(updated.error());
    if (updated->numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, u"signin.expired"_s, u"this sign-in was already finished"_s);
    request->merchantId = merchantId;
    request->status = u"approved"_s;
    return std::pair{*request, *code};
}

Result<SignInRequest> SignInRepository::exchange(const QString &code, const QString &codeVerifier, const QString &redirectUri)
{
    static const QRegularExpression verifierShape(u"^[A-Za-z0-9._~-]{43,128}$"_s);
    auto request = findBy(u"code_hash"_s, digest::sha256(code.toLatin1()));
    if (!request)
        return fail(invalidGrant(u"the code is unknown, used or expired"_s));
    // Spent by the first attempt, right or wrong: a guessed verifier gets one try.
    auto spent = db::exec(m_db,
                          u"UPDATE signin_requests SET code_hash = NULL, status = 'exchanged' WHERE id = :id AND status = 'approved'"_s,
                          {{u"id"_s, request->id}});
    if (!spent)
        return fail(spent.error());
    if (spent->numRowsAffected() == 0)
        return fail(invalidGrant(u"the code was already used"_s));
    if (!verifierShape.match(codeVerifier).hasMatch() || challengeOf(codeVerifier) != request->codeChallenge)
        return fail(invalidGrant(u"code_verifier does not match the code_challenge"_s));
    if (redirectUri != request->redirectUri)
        return fail(invalidGrant(u"redirect_uri differs from the one the sign-in started with"_s));
    request->status = u"exchanged"_s;
    return *request;
}

} // namespace nomo
