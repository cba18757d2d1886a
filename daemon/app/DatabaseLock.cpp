#include "app/DatabaseLock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

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
    const QString file = databasePath + u".lock"_s;
    QElapsedTimer waited;
    waited.start();
    while (true) {
        if (lock->m_lock.tryLock(0))
            return lock;
        qint64 pid = 0;
        QString host, app;
        if (lock->m_lock.getLockInfo(&pid, &host, &app) && pid > 0)
            return fail(ErrorCode::Conflict, u"db.in_use"_s,
                        u"another nomo-daemon (pid %1 on %2) serves %3"_s.arg(pid).arg(host, databasePath));
        // A lock file without an owner: one being written this very moment, or one whose
        // writer was killed between creating and filling it (QLockFile cannot tell a dead
        // owner it does not know). Written files are filled within milliseconds: one
        // still empty two seconds after it was made is a dead daemon's, and goes.
        const qint64 age = QFileInfo(file).lastModified().msecsTo(QDateTime::currentDateTime());
        if (age > 2000 || waited.elapsed() > 5000) {
            QFile::remove(file);
            continue;
        }
        QThread::msleep(100);
    }
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
