#pragma once

#include "cache/ActivityStore.h"
#include "domain/StoreStatus.h"

#include <QAbstractTableModel>

#include <optional>

namespace nomo {

class CacheDatabase;

// Recent events from Salla as the daemon processed them, newest first, from the cache
// (so the list shows offline), with the counts of the last /api/v1/status.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, EventColumn, SourceColumn, StatusColumn, DetailColumn, ColumnCount };

    explicit ActivityModel(const CacheDatabase &cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString countsText() const; // "Processed 120 · Failed 2 · Recovered 3 · Waiting 0"
    static QString eventText(const QString &event);
    static QString statusText(const QString &status);

public Q_SLOTS:
    void reload();
    void retranslate();

private:
    const CacheDatabase &m_cache;
    QList<ActivityEvent> m_events;
    std::optional<StoreStatus> m_status;
};

} // namespace nomo
