#include "viewmodels/FeatureCardsModel.h"

#include "core/Time.h"

#include "cache/DashboardQueries.h"
#include "i18n/DateFormat.h"
#include "features/FeatureSchema.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace nomo {

FeatureCardsModel::FeatureCardsModel(const CacheDatabase &cache, QObject *parent)
    : QAbstractListModel(parent)
    , m_cache(cache)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    reload();
}

int FeatureCardsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_features.size());
}

void FeatureCardsModel::setLiveVisitors(std::optional<qint64> visitors)
{
    if (m_liveVisitors == visitors)
        return;
    m_liveVisitors = visitors;
    // Only the counter's card moves: no reset (the cards would be built again) and no
    // other card's queries on every figure the stream sends.
    const int row = rowOf(u"visitor_counter"_s);
    if (row < 0)
        return;
    m_figures[row] = figureFor(u"visitor_counter"_s);
    Q_EMIT dataChanged(index(row), index(row), {FigureRole, HasDataRole});
}

int FeatureCardsModel::rowOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_features.size(); ++i) {
        if (m_features[i].key == key)
            return static_cast<int>(i);
    }
    return -1;
}

QHash<int, QByteArray> FeatureCardsModel::roleNames() const
{
    return {{KeyRole, "key"},           {TitleRole, "title"},   {DescriptionRole, "description"}, {EnabledRole, "enabled"},
            {FigureRole, "figure"},     {HasDataRole, "hasData"}, {PendingRole, "pending"},       {VersionRole, "version"}, {PageRole, "page"}};
}

QVariant FeatureCardsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeatureRecord &feature = m_features[index.row()];
    const FeatureSchema *schema = featureSchema(feature.key);
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return schema ? QCoreApplication::translate("FeatureSchema", schema->title) : feature.key;
    case KeyRole:
        return feature.key;
    case DescriptionRole:
        return schema ? QCoreApplication::translate("FeatureSchema", schema->description) : QString();
    case EnabledRole:
        return feature.enabled;
    case FigureRole:
        return m_figures.value(index.row()).text;
    case HasDataRole:
        return m_figures.value(index.row()).hasData;
    case PendingRole:
        return feature.pendingEdit;
    case VersionRole:
        return feature.version;
    case PageRole:
        // The tool whose work has a page of its own opens it from its card.
        return feature.key == u"coupons" ? u"coupons"_s : feature.key == u"visitor_data" ? u"visitors"_s : QString();
    default:
        return {};
    }
}

void FeatureCardsModel::reload()
{
    beginResetModel();
    m_features = FeatureStore(m_cache).all();
    m_figures.clear();
    for (const FeatureRecord &feature : std::as_const(m_features))
        m_figures.append(figureFor(feature.key));
    endResetModel();
}

void FeatureCardsModel::retranslate()
{
    for (qsizetype i = 0; i < m_features.size(); ++i)
        m_figures[i] = figureFor(m_features[i].key);
    if (!m_features.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_features.size()) - 1));
}

FeatureCardsModel::Figure FeatureCardsModel::figureFor(const QString &key) const
{
    const QLocale locale;
    const DashboardQueries queries(m_cache);
    const QDateTime weekAgo = m_now().addDays(-7);
    const QString noData = tr("No data yet");
    if (key == u"coupons") {
        // What the coupons brought in this week: the cached orders that carried a code
        // (a campaign's codes too), at their totals, like the overview's sales.
        const Tally week = queries.couponOrdersSince(weekAgo);
        if (week.count > 0)
            //: %Ln: orders that used a coupon in the last 7 days; %1: their sales
            return {tr("Used %Ln time(s) in the last 7 days, %1 in sales", nullptr, static_cast<int>(week.count))
                        .arg(Money::fromHalalas(week.halalas).format(locale)),
                    true};
        const CouponTotals totals = queries.activeCouponTotals(m_now());
        if (totals.coupons == 0)
            return {tr("No active coupon yet. Make one on the Coupons page."), false};
        return {tr("%Ln active coupon(s), none used in the last 7 days", nullptr, static_cast<int>(totals.coupons)), true};
    }
    if (key == u"notifications") {
        const Tally carts = queries.abandonedCarts();
        if (carts.count == 0)
            return {noData, false};
        return {tr("%Ln abandoned cart(s) to remind, worth %1", nullptr, static_cast<int>(carts.count))
                    .arg(Money::fromHalalas(carts.halalas).format(locale)),
                true};
    }
    const QDate today = time::riyadhDay(m_now());
    if (key == u"visitor_data") {
        const VisitorTotals week = queries.visitorsBetween(today.addDays(-6), today);
        if (week.days == 0)
            return {tr("No visits recorded yet. Visits show here a few minutes after the first shopper."), false};
        //: %Ln: visitors over the last 7 days; %1: their page views
        return {tr("%Ln visitor(s) in the last 7 days, %1 page views", nullptr, static_cast<int>(week.visitors))
                    .arg(locale.toString(week.pageViews)),
                true};
    }
    if (key == u"visitor_counter") {
        const VisitorTotals day = queries.visitorsBetween(today, today);
        if (m_liveVisitors) {
            //: %Ln: visitors on the store in the last five minutes; %1: visitors today
            return {tr("%Ln visitor(s) on your store now", nullptr, static_cast<int>(*m_liveVisitors))
                        + (day.days ? tr(", %1 today").arg(locale.toString(day.visitors)) : QString()),
                    true};
        }
        if (day.days == 0)
            return {tr("No visitors counted today yet."), false};
        return {tr("%Ln visitor(s) on your store today", nullptr, static_cast<int>(day.visitors)), true};
    }
    if (key == u"email_collector") {
        const SubscriberTally list = queries.subscribers(weekAgo);
        if (list.onList == 0)
            return {tr("No subscribers yet. Sign-ups from your store show here."), false};
        //: %Ln: subscribers on the list; %1: how many joined in the last 7 days
        return {tr("%Ln subscriber(s) on your list, %1 new in the last 7 days", nullptr, static_cast<int>(list.onList))
                    .arg(locale.toString(list.joinedSince)),
                true};
    }
    if (key == u"latest_purchase") {
        const auto latest = queries.latestOrder();
        if (!latest)
            return {noData, false};
        const QString when = i18n::dateTime(latest->orderedAt, locale);
        return {latest->city.isEmpty() ? tr("Last purchase: %1").arg(when) : tr("Last purchase: %1, %2").arg(when, latest->city),
                true};
    }
    return {noData, false};
}

} // namespace nomo
