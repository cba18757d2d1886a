#pragma once

#include "core/Clock.h"
#include "storefront/StoreOrigins.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace nomo {

// What the storefront's public routes need to know of a store, read once and kept a
// few seconds: that it is installed, the origins its pages come from, and which of the
// storefront tools are on with their settings (defaults filled in). Every beacon, poll
// and script asks, and a busy storefront asks thousands of times a second; ten seconds
// is also how long a merchant's change takes to reach this daemon's shoppers (and every
// other daemon's on the same database), well inside the minute promised.
struct PublicStore
{
    qint64 id = 0;
    StoreOrigins origins{QString(), {}};
    QString name;                      // the store's name, as the consent wording says it
    QString address;                   // the storefront's own address (Salla's or custom)
    QHash<QString, QJsonObject> tools; // visitor_data, visitor_counter, email_collector, latest_purchase: on ones only
    bool pushOn = false;               // notifications on with its push channel

    bool on(const QString &tool) const { return tools.contains(tool); }
    // Either tool that needs the shopper's visits: the data itself or the live counter.
    bool countsVisits() const { return on(QStringLiteral("visitor_data")) || on(QStringLiteral("visitor_counter")); }
};

class StorefrontStores
{
public:
    StorefrontStores(QString connectionName, QStringList extraOrigins, const Clock &clock, qint64 keepMs = 10 * 1000);

    // The store a path names ("/s/{store}/…"), or null when it is not a number, not a
    // store or uninstalled (kept as briefly as a found one, so a flood of made-up ids
    // costs one query per id and interval, bounded by the per-address limit).
    std::shared_ptr<const PublicStore> find(const QString &storeArg);
    void forget() { m_kept.clear(); }

    static const QStringList &storefrontTools();

private:
    std::shared_ptr<const PublicStore> read(qint64 id) const;

    struct Kept
    {
        std::shared_ptr<const PublicStore> store;
        qint64 atMs = 0;
    };
    QString m_connection;
    QStringList m_extraOrigins;
    const Clock &m_clock;
    qint64 m_keepMs;
    QHash<qint64, Kept> m_kept;
};

} // namespace nomo
