#include "storefront/BeaconSink.h"

#include "db/Database.h"
#include "logging/Logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSqlDatabase>
#include <QThread>

using namespace Qt::StringLiterals;

namespace nomo {

// The writer's thread: its own connection, opened and closed there, and the
// BeaconWriter that uses it. Work arrives as queued calls on `host`.
class BeaconSink::Thread
{
public:
    Thread(const DatabaseUrl &url, int busyTimeoutMs, const Clock &clock)
        : m_connection(u"nomo-beacons-%1"_s.arg(++s_count))
    {
        m_thread.setObjectName(u"beacon-writer"_s);
        m_host.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_host,
            [this, url, busyTimeoutMs, &clock] {
                if (auto db = db::open(url, m_connection, busyTimeoutMs); !db)
                    qCCritical(lcStorefront).noquote() << "the beacon writer cannot open the database:" << db.error().detail;
                m_writer = std::make_unique<BeaconWriter>(m_connection, clock);
            },
            Qt::BlockingQueuedConnection);
        // Page views wait; webhooks and the console do not. (A hint: the scheduler decides.)
        m_thread.setPriority(QThread::LowPriority);
    }
    ~Thread()
    {
        QMetaObject::invokeMethod(
            &m_host,
            [this] {
                m_writer.reset();
                db::close(m_connection);
                m_host.moveToThread(QCoreApplication::instance()->thread());
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QObject &host() { return m_host; }
    BeaconWriter &writer() { return *m_writer; }

private:
    static inline std::atomic<int> s_count{0};
    QString m_connection;
    QThread m_thread;
    QObject m_host;
    std::unique_ptr<BeaconWriter> m_writer;
};

BeaconSink::BeaconSink(QString connectionName, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_inline(std::make_unique<BeaconWriter>(std::move(connectionName), clock))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kFlushMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { handOff(false); });
}

BeaconSink::BeaconSink(const DatabaseUrl &url, int busyTimeoutMs, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_thread(std::make_unique<Thread>(url, busyTimeoutMs, clock))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kFlushMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { handOff(false); });
}

BeaconSink::~BeaconSink()
{
    if (!m_waiting.empty())
        flush();
    m_thread.reset(); // after what was handed off is written
}

bool BeaconSink::accept(Visit visit)
{
    if (waiting() >= kMaxWaiting)
        return false;
    m_waiting.push_back(std::move(visit));
    if (m_waiting.size() >= static_cast<size_t>(kFlushAt))
        QMetaObject::invokeMethod(this, [this] { handOff(false); }, Qt::QueuedConnection);
    else if (!m_timer.isActive())
        m_timer.start();
    return true;
}

void BeaconSink::flush()
{
    handOff(true);
}

void BeaconSink::handOff(bool wait)
{
    m_timer.stop();
    if (m_waiting.empty() && !wait)
        return;
    auto batch = std::make_shared<std::vector<Visit>>();
    batch->swap(m_waiting);
    const int beacons = static_cast<int>(batch->size());
    if (m_inline) {
        if (beacons)
            stored(m_inline->write(*batch), beacons);
        return;
    }
    m_inFlight += beacons;
    if (wait) {
        // Behind whatever was handed off before it: when this returns, all is written.
        Result<QSet<qint64>> outcome = QSet<qint64>();
        QMetaObject::invokeMethod(
            &m_thread->host(), [this, batch, &outcome] { outcome = batch->empty() ? Result<QSet<qint64>>(QSet<qint64>()) : m_thread->writer().write(*batch); },
            Qt::BlockingQueuedConnection);
        m_inFlight -= beacons;
        if (beacons)
            stored(outcome, beacons);
        return;
    }
    QPointer<BeaconSink> self(this);
    QMetaObject::invokeMethod(
        &m_thread->host(),
        [this, self, batch, beacons] {
            auto outcome = m_thread->writer().write(*batch);
            m_inFlight -= beacons;
            // Told on the sink's own thread (its listeners live there).
            QMetaObject::invokeMethod(
                self.data(), [self, outcome, beacons] {
                    if (self)
                        self->stored(outcome, beacons);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void BeaconSink::stored(const Result<QSet<qint64>> &outcome, int beacons)
{
    if (outcome)
        Q_EMIT visitsStored(*outcome, beacons);
}

} // namespace nomo
