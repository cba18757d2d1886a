#include "viewmodels/StatusViewModel.h"

#include "i18n/DateFormat.h"
#include "sync/SyncEngine.h"

#include <QLocale>

#include <algorithm>

namespace nomo {

StatusViewModel::StatusViewModel(SyncEngine &engine, QObject *parent)
    : QObject(parent)
    , m_status(engine.status())
{
    connect(&engine, &SyncEngine::statusChanged, this, [this, &engine] { setStatus(engine.status()); });
    connect(&engine, &SyncEngine::pullProgress, this, [this](qint64 done, qint64 total) {
        m_pullDone = done;
        m_pullTotal = total;
        m_pullPercent = total > 0 ? static_cast<int>(std::min<qint64>(100, done * 100 / total)) : -1;
        if (done >= total)
            m_pullPercent = -1; // caught up: the bar goes
        Q_EMIT changed();
    });
    connect(&engine, &SyncEngine::passFinished, this, [this] {
        if (m_pullPercent >= 0) {
            m_pullPercent = -1;
            Q_EMIT changed();
        }
    });
}

void StatusViewModel::setStatus(const SyncStatus &status)
{
    m_status = status;
    Q_EMIT changed();
}

QString StatusViewModel::pullText() const
{
    return tr("Bringing your store's data: %1 of %2").arg(QLocale().toString(m_pullDone), QLocale().toString(m_pullTotal));
}

QString StatusViewModel::connectionText() const
{
    switch (m_status.connection) {
    case SyncStatus::Connection::SignedOut:
        return tr("Not signed in — showing saved data");
    case SyncStatus::Connection::Connecting:
        return tr("Connecting…");
    case SyncStatus::Connection::Online:
        return tr("Connected");
    case SyncStatus::Connection::Offline:
        return tr("Offline — showing saved data");
    case SyncStatus::Connection::Unauthorized:
        return tr("This device was signed out. Please sign in again.");
    }
    return {};
}

QString StatusViewModel::lastSyncText() const
{
    if (!m_status.lastSyncAt.isValid())
        return tr("Never synced");
    return tr("Last synced %1").arg(i18n::dateTime(m_status.lastSyncAt));
}

QString StatusViewModel::pendingText() const
{
    if (m_status.pendingEdits == 0)
        return {};
    return tr("%Ln change(s) waiting to be sent", nullptr, m_status.pendingEdits);
}

QString StatusViewModel::reauthText() const
{
    return tr("Salla needs you to authorize Nomo Flow again. Open the app from your Salla dashboard to renew it.");
}

bool StatusViewModel::canSignIn() const
{
    return m_status.connection == SyncStatus::Connection::SignedOut || m_status.connection == SyncStatus::Connection::Unauthorized;
}

} // namespace nomo
