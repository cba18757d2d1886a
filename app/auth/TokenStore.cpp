#include "auth/TokenStore.h"

#include "core/ConsoleLogging.h"

#include <QPointer>
#include <QUrl>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

TokenStore::Outcome outcomeOf(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return TokenStore::Outcome::Ok;
    case QKeychain::EntryNotFound:
        return TokenStore::Outcome::NotFound;
    // Seen on Linux without a usable Secret Service (PLATFORM.md §5): no bus, no
    // org.freedesktop.secrets provider, no login collection. All read as "no keychain".
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
    case QKeychain::NotImplemented:
        return TokenStore::Outcome::NoKeychain;
    default:
        return TokenStore::Outcome::Failed;
    }
}

template<typename JobT>
JobT *makeJob(const QString &key)
{
    auto *job = new JobT(TokenStore::service());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

namespace {
// "http://host:8080/" and "http://host:8080" are one daemon, so one entry.
QString normalized(const QString &daemonUrl)
{
    QUrl url(daemonUrl);
    if (url.path() == u"/")
        url.setPath(QString());
    return url.adjusted(QUrl::StripTrailingSlash).toString();
}
} // namespace

TokenStore::TokenStore(const QString &daemonUrl, QObject *parent)
    : QObject(parent)
    , m_key(u"console-token:"_s + normalized(daemonUrl))
{
}

void TokenStore::read(QObject *context, ReadCallback callback)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_key);
    connect(job, &QKeychain::Job::finished, context, [callback = std::move(callback)](QKeychain::Job *finished) {
        const auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
        const Outcome outcome = outcomeOf(*reader);
        if (outcome != Outcome::Ok && outcome != Outcome::NotFound)
            qCWarning(lcAuth) << "keychain read failed:" << reader->errorString();
        callback(outcome, outcome == Outcome::Ok ? reader->textData() : QString(), reader->errorString());
    });
    job->start();
}

void TokenStore::write(const QString &token, QObject *context, DoneCallback callback)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, context, [callback = std::move(callback)](QKeychain::Job *finished) {
        const Outcome outcome = outcomeOf(*finished);
        if (outcome != Outcome::Ok)
            qCWarning(lcAuth) << "keychain write failed:" << finished->errorString();
        callback(outcome, finished->errorString());
    });
    job->start();
}

void TokenStore::remove(QObject *context, DoneCallback callback)
{
    m_sessionToken.clear();
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_key);
    connect(job, &QKeychain::Job::finished, context, [callback = std::move(callback)](QKeychain::Job *finished) {
        callback(outcomeOf(*finished), finished->errorString());
    });
    job->start();
}

} // namespace nomo
