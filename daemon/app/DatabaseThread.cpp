#include "app/DatabaseThread.h"

#include "app/ThreadPriority.h"
#include "logging/Logging.h"

#include <QCoreApplication>

#include <atomic>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
std::atomic<int> s_threads{0};
}

DatabaseThread::DatabaseThread(const QString &name, const DatabaseUrl &url, int busyTimeoutMs, db::Durability durability, int niceness)
    : m_connection(u"nomo-%1-%2"_s.arg(name).arg(++s_threads))
{
    m_thread.setObjectName(name);
    m_host.moveToThread(&m_thread);
    m_thread.start();
    runAndWait([this, url, busyTimeoutMs, durability, niceness] {
        if (niceness > 0 && !makeThisThreadNicer(niceness))
            qCInfo(lcStartup).noquote() << "thread" << m_thread.objectName() << "keeps its priority (the system refused a lower one)";
        auto db = db::open(url, m_connection, busyTimeoutMs, durability);
        m_open = db.has_value();
        if (!db)
            qCCritical(lcStartup).noquote() << "thread" << m_thread.objectName() << "cannot open the database:" << db.error().detail;
    });
}

DatabaseThread::~DatabaseThread()
{
    runAndWait([this] {
        db::close(m_connection);
        m_host.moveToThread(QCoreApplication::instance() ? QCoreApplication::instance()->thread() : nullptr);
    });
    m_thread.quit();
    m_thread.wait();
}

void DatabaseThread::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(&m_host, std::move(work), Qt::QueuedConnection);
}

void DatabaseThread::runAndWait(std::function<void()> work)
{
    QMetaObject::invokeMethod(&m_host, std::move(work), Qt::BlockingQueuedConnection);
}

} // namespace nomo
