#include "viewmodels/ActivityModel.h"

#include "cache/SyncStateStore.h"
#include "i18n/DateFormat.h"

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
    if (event == u"order.status.updated")
        return tr("An order's status changed");
    if (event == u"order.cancelled")
        return tr("An order was cancelled");
    if (event == u"order.refunded")
        return tr("An order was refunded");
    if (event == u"order.deleted")
        return tr("An order was deleted");
    if (event.startsWith(u"order."))
        return tr("An order was updated");
    if (event == u"abandoned.cart")
        return tr("Abandoned cart");
    if (event == u"abandoned.cart.purchased")
        return tr("Abandoned cart bought");
    if (event == u"customer.created")
        return tr("New customer");
    if (event == u"customer.updated")
        return tr("A customer's details changed");
    if (event == u"coupon.applied")
        return tr("A customer used a coupon");
    // Noted by Nomo Flow when Salla's copy of a coupon changed on Salla's side.
    if (event == u"coupon.changed_on_salla")
        return tr("A coupon was changed in Salla; Salla's copy was kept");
    if (event == u"coupon.deleted_on_salla")
        return tr("A coupon was deleted in Salla");
    if (event == u"app.store.authorize")
        return tr("Your store was connected to Nomo Flow");
    if (event == u"app.installed")
        return tr("App installed");
    if (event == u"app.updated")
        return tr("App updated");
    if (event == u"app.uninstalled")
        return tr("App removed from your store");
    if (event == u"app.settings.updated")
        return tr("App settings changed in Salla");
    return tr("Update from Salla"); // never Salla's own name: the merchant cannot read it
}

QString ActivityModel::sourceText(const QString &source)
{
    return source == u"reconcile" ? tr("Caught up automatically") : tr("Straight from Salla");
}

QString ActivityModel::statusText(const ActivityEvent &event)
{
    if (event.status == u"processed")
        return tr("Done");
    if (event.status == u"failed")
        return tr("Failed");
    if (event.status == u"ignored")
        return tr("Nothing to do");
    if (event.status == u"pending" && !event.lastError.isEmpty())
        return tr("Will try again");
    return tr("Waiting");
}

QString ActivityModel::reasonText(const QString &lastError)
{
    const QString error = lastError.toLower();
    const auto has = [&error](std::initializer_list<QStringView> words) {
        for (QStringView word : words)
            if (error.contains(word))
                return true;
        return false;
    };
    if (has({u"not found", u"404", u"410"}))
        return tr("Salla no longer has what this update refers to.");
    if (has({u"401", u"403", u"unauthor", u"forbidden", u"token"}))
        return tr("Salla did not let Nomo Flow into your store.");
    if (has({u"timeout", u"timed out", u"network", u"connection", u"unreachable", u"429", u"500", u"502", u"503", u"504"}))
        return tr("Salla did not answer in time.");
    return tr("We could not complete this update.");
}

QString ActivityModel::detailText(const ActivityEvent &event)
{
    if (event.status == u"failed")
        return tr("%1 We stopped after %Ln attempt(s); there is nothing for you to do.", nullptr, event.attempts)
            .arg(reasonText(event.lastError));
    if (event.status == u"pending" && !event.lastError.isEmpty())
        return tr("%1 We will try again shortly.").arg(reasonText(event.lastError));
    if (event.status == u"ignored")
        return tr("Nomo Flow does not need this update.");
    return {};
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEvent &event = m_events[index.row()];
    switch (role) {
    case SummaryRole:
        return eventText(event.eventType);
    case DetailRole:
        return detailText(event);
    case RawErrorRole:
        return event.lastError;
    case StatusKeyRole:
        return event.status;
    case Qt::ForegroundRole:
        if (event.status == u"failed" && index.column() == StatusColumn)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return i18n::dateTime(event.receivedAt);
    case EventColumn: {
        const QString detail = detailText(event);
        const QString summary = eventText(event.eventType);
        return detail.isEmpty() ? summary : summary + u'\n' + detail;
    }
    case SourceColumn:
        return sourceText(event.source);
    case StatusColumn:
        return statusText(event);
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
        return tr("What happened");
    case SourceColumn:
        return tr("How it arrived");
    case StatusColumn:
        return tr("Status");
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
    return tr("Done: %1, failed: %2, caught up automatically: %3, waiting: %4, nothing to do: %5")
        .arg(locale.toString(events.processed), locale.toString(events.failed), locale.toString(events.recovered),
             locale.toString(events.pending), locale.toString(events.ignored));
}

} // namespace nomo
