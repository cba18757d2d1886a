#pragma once

#include <QSortFilterProxyModel>

namespace nomo {

// The coupons the merchant asked for: a code containing the search (either digit
// system, any case), of one state and one standing with Salla, sorted by what they
// brought in, their uses, or newest change first.
class CouponsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Sort { Newest, Revenue, Uses, Code };
    Q_ENUM(Sort)

    explicit CouponsFilter(QObject *parent = nullptr);

    void setSearch(const QString &text);
    // "" for all, else a CouponsModel::StateKeyRole value.
    void setState(const QString &stateKey);
    // "" for all; "waiting" is both "sending" and "pending"; else a SyncKeyRole value.
    void setSync(const QString &syncKey);
    void setSortBy(Sort sort);
    Sort sortBy() const { return m_sort; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    QString m_state;
    QString m_sync;
    Sort m_sort = Sort::Newest;
};

} // namespace nomo
