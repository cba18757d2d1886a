#pragma once

#include "db/Database.h"
#include "db/DatabaseUrl.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace nomo {

// A thread of its own with a database connection of its own, for writes that should
// not stop the HTTP thread's event loop while they wait for the disk (the webhook
// intake's group commits, the beacons). Work posted runs there in order; the
// connection is opened before the first and closed after the last, on the thread, as
// Qt Sql requires. The thread is named (`name`, what `top -H` and /proc show).
class DatabaseThread
{
public:
    // `niceness` > 0: the thread yields the cores to the others (app/ThreadPriority.h).
    DatabaseThread(const QString &name, const DatabaseUrl &url, int busyTimeoutMs, db::Durability durability, int niceness = 0);
    ~DatabaseThread(); // after whatever was posted has run
    DatabaseThread(const DatabaseThread &) = delete;
    DatabaseThread &operator=(const DatabaseThread &) = delete;

    const QString &connection() const { return m_connection; }
    bool isOpen() const { return m_open; }
    // Runs `work` there after what was posted before it.
    void post(std::function<void()> work);
    // The same, returning once it has run.
    void runAndWait(std::function<void()> work);

private:
    QString m_connection;
    QThread m_thread;
    QObject m_host; // lives on m_thread: the context of the queued calls
    bool m_open = false;
};

} // namespace nomo
