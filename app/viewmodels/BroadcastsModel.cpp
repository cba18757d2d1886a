#include "viewmodels/BroadcastsModel.h"

#include "cache/MessageLogStore.h"
#include "calendar/SaudiOccasions.h"
#include "viewmodels/BroadcastDraft.h"
#include "viewmodels/MessageLogModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace nomo {

BroadcastsModel::BroadcastsModel(const CacheDatabase &cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
    reload();
}

void BroadcastsModel::reload()
{
    beginResetModel();
    m_broadcasts = BroadcastStore(m_cache).recent(200);
    endResetModel();
}

void BroadcastsModel::retranslate()
{
    if (!m_broadcasts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int BroadcastsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_broadcasts.size());
}

int BroadcastsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BroadcastsModel::statusText(const Broadcast &b)
{
    if (b.status == u"scheduled")
        return tr("Scheduled");
    if (b.status == u"sending")
        return tr("Going out");
    if (b.status == u"sent")
        return b.counts.waiting > 0 ? tr("Going out") : tr("Sent");
    return tr("Cancelled");
}

QString BroadcastsModel::resultText(const Broadcast &b)
{
    if (b.status == u"scheduled" || (b.status == u"cancelled" && b.planned == 0))
        return {};
    const QLocale locale;
    return tr("%1 written, %2 sent, %3 opened or read, %4 clicked, %5 orders")
        .arg(locale.toString(b.planned), locale.toString(b.counts.sent), locale.toString(b.counts.opened),
             locale.toString(b.counts.clicked), locale.toString(b.counts.orders));
}

QVariant BroadcastsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_broadcasts.size())
        return {};
    const Broadcast &b = m_broadcasts.at(index.row());
    if (role == IdRole)
        return b.id;
    if (role == CancellableRole)
        return b.status == u"scheduled" || b.status == u"sending" || (b.status == u"sent" && b.counts.waiting > 0);
    if (role != Qt::DisplayRole)
        return {};
    const QString language = QLocale().language() == QLocale::Arabic ? u"ar"_s : u"en"_s;
    switch (index.column()) {
    case NameColumn: {
        QStringList by;
        for (const QString &channel : b.channels)
            by << MessageLogModel::channelText(channel);
        return QString(b.name + u'\n' + by.join(tr(", ")));
    }
    case WhenColumn: {
        const QString when = BroadcastDraft::withHijri(b.sendAt);
        if (b.occasion.isEmpty())
            return when;
        const auto moment = calendar::SaudiOccasions::momentFromKey(b.occasion.section(u':', 1, 1));
        return QString(calendar::SaudiOccasions::name(b.occasion.section(u':', 0, 0), language)
                       + (moment ? tr(", ") + BroadcastDraft::momentText(*moment) : QString()) + u'\n' + when);
    }
    case SegmentColumn:
        return BroadcastDraft::segmentText(b.segment, b.segmentDays);
    case StatusColumn:
        return statusText(b);
    case ResultColumn:
        return resultText(b);
    default:
        return {};
    }
}

QVariant BroadcastsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Broadcast");
    case WhenColumn: return tr("When");
    case SegmentColumn: return tr("To whom");
    case StatusColumn: return tr("Where it stands");
    case ResultColumn: return tr("What it brought");
    default: return {};
    }
}

} // namespace nomo
