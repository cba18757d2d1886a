#pragma once

#include "cache/FeatureStore.h"

#include <QAbstractListModel>

#include <optional>
#include <QDateTime>

#include <functional>

namespace nomo {

class CacheDatabase;

// The dashboard's six cards, one row each in dashboard order: title, description,
// on/off, a short live figure from the cache, and whether an edit is still waiting.
// Text follows the current language and locale (digits, money, Riyadh time).
class FeatureCardsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        TitleRole,
        DescriptionRole,
        EnabledRole,
        FigureRole,
        HasDataRole, // false: the figure says honestly that there is no data yet
        PendingRole,
        VersionRole,
        PageRole, // the console page that shows this tool's work ("coupons"), or empty
    };

    explicit FeatureCardsModel(const CacheDatabase &cache, QObject *parent = nullptr);

    // Tests fix "now"; the figures count from it ("the last 7 days").
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &key) const;
    // The daemon's live "visitors now" (LiveFeed), none when the stream is down: the
    // counter's card shows it before today's figure from the cache.
    void setLiveVisitors(std::optional<qint64> visitors);

public Q_SLOTS:
    void reload();          // features and figures from the cache
    void retranslate();     // same data, new language

private:
    struct Figure
    {
        QString text;
        bool hasData = false;
    };
    Figure figureFor(const QString &key) const;

    const CacheDatabase &m_cache;
    std::function<QDateTime()> m_now;
    QList<FeatureRecord> m_features;
    QList<Figure> m_figures;
    std::optional<qint64> m_liveVisitors;
};

} // namespace nomo
