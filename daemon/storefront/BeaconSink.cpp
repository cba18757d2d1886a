#include "storefront/BeaconSink.h"

#include "app/DatabaseThread.h"
#include "db/Database.h"
#include "logging/Logging.h"

#include <QPointer>
#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace nomo {

// The writer's thread (app/DatabaseThread) and the BeaconWriter that uses its
// connection. Relaxed durability: a beacon is answered before it is written (see
// docs/architecture.md), so a sync per commit would buy nothing a shopper was promised.
// Page views wait; webhooks and the console do not (a nicer thread).
class BeaconSink::Thread
{
public:
    Thread(const DatabaseUrl &url, int busyTimeoutMs, const Clock &clock)
        : m_thread(u"beacon-writer"_s, url, busyTimeoutMs, db::Durability::Relaxed, 10)
    {
        m_thread.runAndWait([this, &clock] { m_writer = std::make_unique<BeaconWriter>(m_thread.connection(), clock); });
    }
    ~Thread()
    {
        m_thread.runAndWait([this] { m_writer.reset(); });
    }
    void post(std::function<void()> work) { m_thread.post(std::move(work)); }
    void runAndWait(std::function<void()> work) { m_thread.runAndWait(std::move(work)); }
    BeaconWriter &writer() { return *m_writer; }

private:
    DatabaseThread m_thread;
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
        m_thread->runAndWait([this, batch, &outcome] {
            outcome = batch->empty() ? Result<QSet<qint64>>(QSet<qint64>()) : m_thread->writer().write(*batch);
        });
        m_inFlight -= beacons;
        if (beacons)
            stored(outcome, beacons);
        return;
    }
    QPointer<BeaconSink> self(this);
    m_thread->post(
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
        });
}

void BeaconSink::stored(const Result<QSet<qint64>> &outcome, int beacons)
{
    if (outcome)
        Q_EMIT visitsStored(*outcome, beacons);
}

} // namespace nomo
