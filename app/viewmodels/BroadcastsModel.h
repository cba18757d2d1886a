#pragma once

#include "domain/Broadcast.h"

#include <QAbstractTableModel>

namespace nomo {

class CacheDatabase;

// The store's broadcasts as the daemon last listed them (from the cache, so offline
// too), latest first: when (with the Hijri day and the season picked), to whom, by
// what, where it stands and what its messages became.
class BroadcastsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, WhenColumn, SegmentColumn, StatusColumn, ResultColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, CancellableRole };

    explicit BroadcastsModel(const CacheDatabase &cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const Broadcast &broadcast);
    static QString resultText(const Broadcast &broadcast);

public Q_SLOTS:
    void reload();
    void retranslate();

private:
    const CacheDatabase &m_cache;
    QList<Broadcast> m_broadcasts;
};

} // namespace nomo
