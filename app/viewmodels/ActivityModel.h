#pragma once

#include "cache/ActivityStore.h"
#include "domain/StoreStatus.h"

#include <QAbstractTableModel>

#include <optional>

namespace nomo {

class CacheDatabase;

// Recent events from Salla as the daemon processed them, newest first, from the cache
// (so the list shows offline), with the counts of the last /api/v1/status. Every row
// says in the merchant's words what happened; Salla's own event names and the daemon's
// error texts never reach a row (the raw error stays available under RawErrorRole).
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, EventColumn, SourceColumn, StatusColumn, ColumnCount };
    enum Role {
        SummaryRole = Qt::UserRole + 1, // the event column's first line: "New order"
        DetailRole,                     // its second line: a failure's reason and what to do, or empty
        RawErrorRole,                   // the daemon's last error as it sent it (for the log, not the screen)
        StatusKeyRole,                  // pending | processed | ignored | failed (for filters)
    };

    explicit ActivityModel(const CacheDatabase &cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString countsText() const; // "Done: 120, failed: 2, caught up automatically: 3, waiting: 0, nothing to do: 5"
    static QString eventText(const QString &event);
    static QString sourceText(const QString &source);
    static QString statusText(const ActivityEvent &event);
    static QString detailText(const ActivityEvent &event);
    static QString reasonText(const QString &lastError);

public Q_SLOTS:
    void reload();
    void retranslate();

private:
    const CacheDatabase &m_cache;
    QList<ActivityEvent> m_events;
    std::optional<StoreStatus> m_status;
};

} // namespace nomo
