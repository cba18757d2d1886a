#pragma once

#include "domain/EmailSubscriber.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace nomo {

class CacheDatabase;

// What the Storefront page previews: the store's storefront tools as the cache has
// them (on or off, their settings with an edit still waiting laid over), and the words
// a shopper reads, in the shopper's language (not the console's), written as the
// storefront's scripts write them (daemon/storefront/widgets/): a preview that said
// anything else would not be one. StorefrontPreviewTest pins each phrase to its script.
class StorefrontPreviewModel : public QObject
{
    Q_OBJECT

public:
    explicit StorefrontPreviewModel(const CacheDatabase &cache, QObject *parent = nullptr);

    struct Tool
    {
        bool enabled = false;
        QJsonObject settings; // every field, defaults filled in
    };
    Tool tool(const QString &key) const; // visitor_counter, email_collector, latest_purchase
    bool pushOffered() const { return m_pushOn; }
    // The channels the collector asks a mobile number for: SMS and WhatsApp the store sends.
    QStringList phoneChannels() const { return m_phoneChannels; }
    // The reward the collector's form promises (the loader's reward_percent): 0 unless a
    // welcome email will carry the coupon.
    int rewardPercent() const;
    QString storeName() const { return m_storeName; }
    // The newest cached order's city, for the toast's example; empty when none.
    QString recentCity() const { return m_recentCity; }
    // The collector's list, newest first (at most kListed), as the change feed brought it.
    const QList<EmailSubscriber> &subscribers() const { return m_subscribers; }
    static constexpr int kListed = 500;

    // The shopper's words (counter.js, collector.js, toast.js, push.js).
    static QString counterWords(qint64 visitors, bool arabic, bool onProduct);
    static QString consentWords(const QString &store, bool arabic);
    static QString rewardWords(int percent, bool arabic);
    static QString phoneWords(const QString &store, const QStringList &channels, bool arabic);
    static QString toastWho(const QString &firstName, const QString &city, bool arabic);
    static QString toastAgo(int minutes, bool arabic);
    static QString pushOffer(const QString &store, bool arabic);
    // A setting in the shopper's language ("headline" → headline_ar or headline_en).
    static QString words(const QJsonObject &settings, const QString &field, bool arabic);
    // Digits as the page shows them: Arabic-Indic in Arabic.
    static QString number(qint64 n, bool arabic);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void changed();

private:
    const CacheDatabase &m_cache;
    QHash<QString, Tool> m_tools;
    bool m_pushOn = false;
    bool m_welcomes = false;
    QStringList m_phoneChannels;
    QString m_storeName;
    QString m_recentCity;
    QList<EmailSubscriber> m_subscribers;
};

} // namespace nomo
