#include "viewmodels/CouponsFilter.h"

#include "i18n/Digits.h"
#include "viewmodels/CouponsModel.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace nomo {

CouponsFilter::CouponsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

void CouponsFilter::setSearch(const QString &text)
{
    // Codes are Latin: an Arabic-Indic digit typed in the search means the same digit.
    m_search = digits::toLatin(text).trimmed();
    invalidateFilter();
}

void CouponsFilter::setState(const QString &stateKey)
{
    m_state = stateKey;
    invalidateFilter();
}

void CouponsFilter::setSync(const QString &syncKey)
{
    m_sync = syncKey;
    invalidateFilter();
}

void CouponsFilter::setSortBy(Sort sort)
{
    m_sort = sort;
    invalidate();
    this->sort(0, Qt::AscendingOrder);
}

bool CouponsFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    if (!m_search.isEmpty() && !index.data(CouponsModel::CodeRole).toString().contains(m_search, Qt::CaseInsensitive))
        return false;
    if (!m_state.isEmpty() && index.data(CouponsModel::StateKeyRole).toString() != m_state)
        return false;
    if (!m_sync.isEmpty()) {
        const QString sync = index.data(CouponsModel::SyncKeyRole).toString();
        if (m_sync == u"waiting" ? (sync != u"sending" && sync != u"pending") : sync != m_sync)
            return false;
    }
    return true;
}

// "Less" is "shown first": the most sales, the most uses, the newest change, A before B.
// Ties fall back to the code so the order never jumps between reloads.
bool CouponsFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QString leftCode = left.data(CouponsModel::CodeRole).toString();
    const QString rightCode = right.data(CouponsModel::CodeRole).toString();
    const auto byCode = [&] { return QString::compare(leftCode, rightCode, Qt::CaseInsensitive) < 0; };
    auto more = [&](int role) -> std::optional<bool> {
        const qint64 a = left.data(role).toLongLong();
        const qint64 b = right.data(role).toLongLong();
        if (a == b)
            return std::nullopt;
        return a > b;
    };
    switch (m_sort) {
    case Sort::Revenue:
        return more(CouponsModel::RevenueRole).value_or(byCode());
    case Sort::Uses:
        return more(CouponsModel::UsesRole).value_or(byCode());
    case Sort::Code:
        return byCode();
    case Sort::Newest: {
        // A coupon not on the daemon yet is the newest of all.
        const bool leftNew = !left.data(CouponsModel::OnDaemonRole).toBool();
        const bool rightNew = !right.data(CouponsModel::OnDaemonRole).toBool();
        if (leftNew != rightNew)
            return leftNew;
        const QDateTime a = left.data(CouponsModel::UpdatedRole).toDateTime();
        const QDateTime b = right.data(CouponsModel::UpdatedRole).toDateTime();
        if (a != b)
            return a > b;
        return byCode();
    }
    }
    return byCode();
}

} // namespace nomo
