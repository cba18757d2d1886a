#include "viewmodels/CouponsModel.h"

#include "i18n/DateFormat.h"
#include "ui/Theme.h"
#include "viewmodels/CouponWords.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace nomo {

CouponsModel::CouponsModel(const CacheDatabase &cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    reload();
}

void CouponsModel::reload()
{
    beginResetModel();
    m_records = CouponStore(m_cache).all();
    endResetModel();
}

void CouponsModel::retranslate()
{
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CouponsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int CouponsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CouponRecord *CouponsModel::record(qint64 id) const
{
    for (const CouponRecord &record : m_records)
        if (record.coupon.id == id)
            return &record;
    return nullptr;
}

QVariant CouponsModel::alignment(int column)
{
    // Figures line up at the end, words at the start (DESIGN.md "Tables"); an int, as
    // the header and the item delegate both read it.
    const bool figure = column == UsesColumn || column == RevenueColumn;
    return static_cast<int>((figure ? Qt::AlignTrailing : Qt::AlignLeading) | Qt::AlignVCenter);
}

QString CouponsModel::stateKey(const CouponRecord &record) const
{
    const Coupon &coupon = record.coupon;
    if (coupon.status == Coupon::Status::Deleted)
        return u"deleting"_s;
    if (coupon.status == Coupon::Status::Inactive || !coupon.terms.active)
        return u"inactive"_s;
    if (coupon.terms.expiresAt.isValid() && coupon.terms.expiresAt < m_now())
        return u"expired"_s;
    return u"active"_s;
}

QString CouponsModel::syncKey(const CouponRecord &record)
{
    if (record.pendingChange)
        return u"sending"_s;
    return Coupon::syncStateName(record.coupon.syncState);
}

QString CouponsModel::stateText(const QString &stateKey)
{
    if (stateKey == u"active")
        return tr("Active");
    if (stateKey == u"expired")
        return tr("Expired");
    if (stateKey == u"deleting")
        return tr("Being deleted");
    return tr("Stopped");
}

QString CouponsModel::syncText(const CouponRecord &record)
{
    const QString key = syncKey(record);
    if (key == u"sending")
        return tr("Waiting to be sent");
    if (key == u"pending")
        return tr("Waiting for Salla");
    if (key == u"synced")
        return tr("In Salla");
    // Salla's own words are Arabic: they stand in the Arabic interface as they are;
    // the English one names the field and keeps them for the tooltip.
    const QStringList reasons = CouponWords::sallaReasons(record.coupon.syncError);
    if (reasons.isEmpty())
        return CouponWords::syncFailure(record.coupon.syncError);
    if (QLocale().language() == QLocale::Arabic)
        //: %1: Salla's own words, in Arabic
        return tr("Salla refused it: %1").arg(CouponWords::quoted(reasons.first()));
    const QStringList fields = record.coupon.syncError.value(u"fields"_s).toObject().keys();
    return tr("Salla refused it: check “%1”").arg(CouponWords::field(fields.value(0)));
}

QString CouponsModel::codeText(const CouponRecord &record)
{
    const CouponDraft &terms = record.coupon.terms;
    const QString code = CouponWords::isolated(terms.code);
    if (!terms.isGroup)
        return code;
    //: %1: the campaign's code prefix; %Ln: how many one-use codes it has
    return tr("%1 (campaign of %Ln code(s))", nullptr, static_cast<int>(terms.groupCount)).arg(code);
}

QString CouponsModel::usesText(qint64 uses)
{
    return tr("%Ln use(s)", nullptr, static_cast<int>(uses));
}

QVariant CouponsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CouponRecord &record = m_records[index.row()];
    const Coupon &coupon = record.coupon;
    const QLocale locale;
    switch (role) {
    case IdRole:
        return coupon.id;
    case CodeRole:
        return coupon.terms.code;
    case StateKeyRole:
        return stateKey(record);
    case SyncKeyRole:
        return syncKey(record);
    case UsesRole:
        return coupon.uses;
    case RevenueRole:
        return coupon.revenue.halalas();
    case UpdatedRole:
        return coupon.updatedAt;
    case IsGroupRole:
        return coupon.terms.isGroup;
    case OnDaemonRole:
        return record.onDaemon;
    case SallaReasonRole:
        return CouponWords::sallaReasons(coupon.syncError).join(u'\n');
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case Qt::ForegroundRole:
        if (index.column() == SyncColumn && syncKey(record) == u"failed")
            return QBrush(theme::kBad);
        if (index.column() == StateColumn && stateKey(record) != u"active")
            return QBrush(theme::kMuted);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SyncColumn && syncKey(record) == u"failed")
            return CouponWords::sallaReasons(coupon.syncError).join(u'\n');
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case CodeColumn:
        return codeText(record);
    case DiscountColumn:
        return CouponWords::discount(coupon.terms, locale);
    case StateColumn:
        return stateText(stateKey(record));
    case SyncColumn:
        return syncText(record);
    case UsesColumn:
        return usesText(coupon.uses);
    case RevenueColumn:
        return coupon.revenue.format(locale);
    case ExpiryColumn:
        return coupon.terms.expiresAt.isValid() ? i18n::date(coupon.terms.expiresAt, locale) : tr("No expiry");
    default:
        return {};
    }
}

QVariant CouponsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case DiscountColumn:
        return tr("Discount");
    case StateColumn:
        return tr("State");
    case SyncColumn:
        return tr("With Salla");
    case UsesColumn:
        return tr("Uses");
    case RevenueColumn:
        return tr("Sales");
    case ExpiryColumn:
        return tr("Expires");
    default:
        return {};
    }
}

} // namespace nomo
