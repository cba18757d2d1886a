#pragma once

#include "cache/CouponStore.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>

namespace nomo {

class CacheDatabase;

// The store's coupons from the cache, one row each, in the merchant's words: the code,
// the discount («٢٥٪»), its state (active, stopped, expired), where it stands with
// Salla (waiting, in Salla, or Salla's own reason for refusing it), uses, sales and
// expiry. A change still in the outbox shows at once, laid over the daemon's copy.
// Filters and sorting: CouponsFilter.
class CouponsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, DiscountColumn, StateColumn, SyncColumn, UsesColumn, RevenueColumn, ExpiryColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        CodeRole,        // the code as typed (search)
        StateKeyRole,    // active | inactive | expired | deleting
        SyncKeyRole,     // sending (in the outbox) | pending (waiting for Salla) | synced | failed
        UsesRole,        // qint64
        RevenueRole,     // qint64 halalas
        UpdatedRole,     // QDateTime
        IsGroupRole,     // a campaign of one-use codes
        OnDaemonRole,    // false for a new coupon not answered yet
        SallaReasonRole, // Salla's own words for a failed push, one per line
    };

    explicit CouponsModel(const CacheDatabase &cache, QObject *parent = nullptr);

    // Tests fix "now": a coupon past its expiry reads "expired".
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const CouponRecord *record(qint64 id) const;
    bool isEmpty() const { return m_records.isEmpty(); }

    QString stateKey(const CouponRecord &record) const;
    static QString syncKey(const CouponRecord &record);
    static QString stateText(const QString &stateKey);
    static QString syncText(const CouponRecord &record);
    static QString codeText(const CouponRecord &record);
    static QString usesText(qint64 uses);

public Q_SLOTS:
    void reload();
    void retranslate();

private:
    static QVariant alignment(int column);

    const CacheDatabase &m_cache;
    std::function<QDateTime()> m_now;
    QList<CouponRecord> m_records;
};

} // namespace nomo
