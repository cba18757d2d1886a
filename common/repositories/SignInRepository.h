#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QSqlDatabase>

namespace nomo {

// One browser sign-in of the console (RFC 8252 with PKCE), from the page the console
// opens to the code it trades for a device token.
struct SignInRequest
{
    QString id;
    QString redirectUri;  // the console's loopback address
    QString clientState;  // echoed back to the console, which checks it
    QString codeChallenge; // base64url(SHA-256(code_verifier)), S256 only
    QString deviceName;
    QString lang;         // ar | en: the pages and the email
    qint64 merchantId = 0; // 0 until a store is named
    QString status;       // started, emailed, approved, exchanged
};

// Not tenant data until a store is proven: system-level, like OAuth states. Every
// secret it hands out (link, code) is random, stored as a hash, single-use and
// expires with the request.
class SignInRepository
{
public:
    explicit SignInRepository(QSqlDatabase db, const Clock &clock = Clock::system());

    Result<SignInRequest> start(const SignInRequest &request, int lifetimeSeconds);
    // A request still within its lifetime, or NotFound.
    Result<SignInRequest> find(const QString &id) const;
    // Names the store and makes the one-time link token for its email. Once per
    // request: a request that was emailed already gets NotFound, so a form posted
    // again sends no second email. `merchantId` 0 (the address is no store's) does
    // the same work and names nothing: the two cases cost the same.
    Result<QString> issueLink(const QString &id, qint64 merchantId);
    // Uses the link: the request becomes approved and gets a one-time code for the
    // loopback redirect. Returns the request and the code.
    Result<std::pair<SignInRequest, QString>> approveLink(const QString &linkToken);
    // Salla's OAuth proved the store (Custom Mode): the request becomes approved for
    // it directly, with a one-time code for the loopback redirect.
    Result<std::pair<SignInRequest, QString>> approveFor(const QString &id, qint64 merchantId);
    // Trades the code: checks the PKCE verifier and the redirect URI. Returns the
    // request (its merchant and device name).
    Result<SignInRequest> exchange(const QString &code, const QString &codeVerifier, const QString &redirectUri);
    // Ends every unfinished sign-in of a store (it uninstalled): their links and codes
    // no longer work. Returns how many.
    Result<int> expireAllOf(qint64 merchantId);

    // Sign-ins started and not yet expired, however far they got: bounded, so a
    // flood of starts cannot fill the table.
    Result<qint64> countPending() const;

    // The S256 challenge of a verifier, as RFC 7636 §4.2 computes it.
    static QString challengeOf(const QString &codeVerifier);

private:
    Result<SignInRequest> findBy(const QString &column, const QVariant &value) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace nomo
