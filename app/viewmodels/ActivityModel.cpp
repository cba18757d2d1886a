#include "viewmodels/ActivityModel.h"

#include "cache/SyncStateStore.h"
#include "core/Time.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
constexpr int kShown = 200;
} // namespace

ActivityModel::ActivityModel(const CacheDatabase &cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
    reload();
}

void ActivityModel::reload()
{
    beginResetModel();
    m_events = ActivityStore(m_cache).recent(kShown);
    m_status = SyncStateStore(m_cache).status();
    endResetModel();
}

void ActivityModel::retranslate()
{
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityModel::eventText(const QString &event)
{
    if (event == u"order.created")
        return tr("New order");
    if (event == u"order.updated" || event == u"order.status.updated")
        return tr("Order updated");
    if (event == u"abandoned.cart")
        return tr("Cart abandoned");
    if (event == u"customer.created")
        return tr("New customer");
    if (event == u"customer.updated")
        return tr("Customer updated");
    if (event == u"coupon.applied")
        return tr("Coupon used");
    if (event == u"app.store.authorize")
        return tr("Store authorized");
    if (event == u"app.installed")
        return tr("App installed");
    if (event == u"app.uninstalled")
        return tr("App removed");
    return event; // Salla's own name: better than nothing for a type we do not know
}

QString ActivityModel::statusText(const QString &status)
{
    if (status == u"processed")
        return tr("Done");
    if (status == u"pending")
        return tr("Waiting");
    if (status == u"ignored")
        return tr("Not needed");
    if (status == u"failed")
        return tr("Failed");
    return status;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEvent &event = m_events[index.row()];
    if (role == Qt::ForegroundRole && event.status == u"failed")
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return event.receivedAt.isValid() ? time::formatForDisplay(event.receivedAt, QLocale()) : QString();
    case EventColumn:
        return eventText(event.eventType);
    case SourceColumn:
        return event.source == u"reconcile" ? tr("Recovered by check") : tr("Salla notice");
    case StatusColumn:
        return statusText(event.status);
    case DetailColumn:
        if (event.status == u"failed")
            return tr("%1 (after %Ln attempt(s))", nullptr, event.attempts).arg(event.lastError);
        return event.lastError;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Received");
    case EventColumn:
        return tr("Event");
    case SourceColumn:
        return tr("Source");
    case StatusColumn:
        return tr("Status");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

QString ActivityModel::countsText() const
{
    if (!m_status)
        return tr("No counts yet: they arrive with the first sync.");
    const StoreStatus::EventCounts &events = m_status->events;
    const QLocale locale;
    return tr("Processed %1 · Failed %2 · Recovered by check %3 · Waiting %4 · Not needed %5")
        .arg(locale.toString(events.processed), locale.toString(events.failed), locale.toString(events.recovered),
             locale.toString(events.pending), locale.toString(events.ignored));
}

} // namespace nomo
