#include "app/DatabaseLock.h"

using namespace Qt::StringLiterals;

namespace nomo {

DatabaseLock::DatabaseLock(const QString &path)
    : m_lock(path + u".lock"_s)
{
    m_lock.setStaleLockTime(0); // never stale by age: only a dead owner frees it
}

Result<std::unique_ptr<DatabaseLock>> DatabaseLock::acquire(const QString &databasePath)
{
    std::unique_ptr<DatabaseLock> lock(new DatabaseLock(databasePath));
    if (lock->m_lock.tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host, app;
    lock->m_lock.getLockInfo(&pid, &host, &app);
    return fail(ErrorCode::Conflict, u"db.in_use"_s,
                u"another nomo-daemon (pid %1 on %2) serves %3"_s.arg(pid).arg(host, databasePath));
}

QString DatabaseLock::holder(const QString &databasePath)
{
    QLockFile probe(databasePath + u".lock"_s);
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return {};
    }
    qint64 pid = 0;
    QString host, app;
    probe.getLockInfo(&pid, &host, &app);
    return u"pid %1 on %2"_s.arg(pid).arg(host);
}

} // namespace nomo
