#pragma once

// A fresh console cache in a temporary folder, and helpers to build change pages.
#include "cache/CacheDatabase.h"
#include "cache/Outbox.h"
#include "domain/ChangePage.h"
#include "domain/FeatureEdit.h"
#include "domain/FeatureState.h"
#include "domain/StoreStatus.h"
#include "json/DomainJson.h"
#include "sync/OutboxKinds.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace nomo::test {

inline QJsonObject orderPayload(qint64 id, qint64 totalHalalas, const QString &coupon, const QString &orderedAt)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("salla_id"), 9000 + id},
                       {QStringLiteral("reference_id"), QString::number(1000 + id)},
                       {QStringLiteral("customer_id"), QJsonValue::Null},
                       {QStringLiteral("status"), QStringLiteral("completed")},
                       {QStringLiteral("total_halalas"), totalHalalas},
                       {QStringLiteral("discount_halalas"), 0},
                       {QStringLiteral("coupon_code"), coupon},
                       {QStringLiteral("payment_method"), QStringLiteral("mada")},
                       {QStringLiteral("city"), QStringLiteral("الرياض")},
                       {QStringLiteral("item_count"), 2},
                       {QStringLiteral("ordered_at"), orderedAt},
                       {QStringLiteral("updated_at"), orderedAt}};
}

inline QJsonObject featurePayload(const QString &key, bool enabled, const QJsonObject &settings, qint64 version)
{
    return QJsonObject{{QStringLiteral("key"), key},
                       {QStringLiteral("enabled"), enabled},
                       {QStringLiteral("settings"), settings},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("updated_at"), QStringLiteral("2025-11-23T10:00:00.000Z")}};
}

// The same feature as the console holds it after reading the daemon's answer.
inline FeatureState featureState(const QString &key, bool enabled, const QJsonObject &settings, qint64 version)
{
    auto feature = fromJson<FeatureState>(featurePayload(key, enabled, settings, version));
    EXPECT_TRUE(feature.has_value()) << feature.error().toString().toStdString();
    return feature.value_or(FeatureState{});
}

inline QJsonObject change(qint64 seq, const QString &entity, const QString &id, const QJsonObject &payload,
                          const QString &op = QStringLiteral("upsert"))
{
    return QJsonObject{{QStringLiteral("seq"), seq},     {QStringLiteral("entity"), entity},
                       {QStringLiteral("entity_id"), id}, {QStringLiteral("op"), op},
                       {QStringLiteral("payload"), payload}, {QStringLiteral("changed_at"), QStringLiteral("2025-11-23T10:00:00.000Z")}};
}

inline QJsonObject pageBody(const QJsonArray &changes, qint64 nextSince, bool hasMore)
{
    return QJsonObject{{QStringLiteral("changes"), changes}, {QStringLiteral("next_since"), nextSince}, {QStringLiteral("has_more"), hasMore}};
}

// A page body read by the console's codec, as the SyncEngine reads the daemon's.
inline ChangePage decodedPage(const QJsonArray &changes, qint64 nextSince, bool hasMore)
{
    auto page = fromJson<ChangePage>(pageBody(changes, nextSince, hasMore));
    EXPECT_TRUE(page.has_value()) << page.error().toString().toStdString();
    return page.value_or(ChangePage{});
}

// A merchant's feature edit queued as SyncEngine::editFeature queues it.
inline Result<qint64> queueFeatureEdit(const CacheDatabase &cache, const QString &key, bool enabled, const QJsonObject &settings,
                                       qint64 version)
{
    return Outbox(cache).enqueue(featureEditRequest(key, FeatureEdit{enabled, settings}, version), Outbox::Unsent::Replace);
}

// A whole /api/v1/status answer, as the daemon writes it.
inline QJsonObject statusBody(StoreStatus::Authorization authorization, qint64 processed = 0)
{
    StoreStatus status;
    status.merchantId = 1487302251;
    status.merchantName = QStringLiteral("متجر التجربة");
    status.merchantStatus = authorization == StoreStatus::Authorization::NeedsReauth ? Merchant::Status::NeedsReauth
                                                                                     : Merchant::Status::Active;
    status.sallaAuthorization = authorization;
    status.events.processed = processed;
    return toJson(status);
}

// An error body, as daemon/http/HttpErrors.cpp writes it.
inline QJsonObject errorBody(const QString &code, const QString &key, const QString &field = {})
{
    return toJson(ApiError{code, QStringLiteral("refused by the test daemon"), key, field});
}

class CacheFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = CacheDatabase::open(m_dir.path());
        ASSERT_TRUE(opened.has_value()) << opened.error().toString().toStdString();
        m_cache = std::move(*opened);
    }
    void reopen()
    {
        m_cache.reset();
        auto opened = CacheDatabase::open(m_dir.path());
        ASSERT_TRUE(opened.has_value());
        m_cache = std::move(*opened);
    }
    CacheDatabase &cache() { return *m_cache; }
    QString dataDir() const { return m_dir.path(); }

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
};

} // namespace nomo::test
