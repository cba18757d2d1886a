#pragma once

#include "cache/Outbox.h"
#include "sync/SyncEngine.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QDialog;

namespace nomo {

class ApiClient;
class CacheDatabase;
class CouponsModel;
class DashboardWindow;

// What the merchant asks of coupons, turned into dialogs, outbox rows and files: the
// editor for a new coupon (from the coupon tool's defaults) or a cached one, a
// campaign, stopping, deleting after a yes, exporting a campaign's codes, and the
// daemon's refusals said in words on the window's banner.
class CouponFlows : public QObject
{
    Q_OBJECT

public:
    CouponFlows(CacheDatabase &cache, SyncEngine &engine, ApiClient &api, CouponsModel &coupons, DashboardWindow &window,
                QObject *parent = nullptr);

    // The editor, not shown yet; its save queues the coupon. Null for an id the cache
    // does not have (or a coupon not on the daemon yet).
    QDialog *openEditor(std::optional<qint64> couponId = std::nullopt);
    QDialog *openCampaign();
    void disable(qint64 couponId);
    void remove(qint64 couponId); // asks first
    // GET /api/v1/coupons/{id}/codes, then a CSV where the merchant chooses.
    void exportCodes(qint64 couponId);

    // The cached coupon with this code (any case), for screenshots of its editor.
    std::optional<qint64> idOf(const QString &code) const;

    // Tests answer for the merchant: the yes of a delete, the file of an export.
    void setConfirm(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }
    void setFileChooser(std::function<QString(const QString &suggested)> choose) { m_chooseFile = std::move(choose); }

Q_SIGNALS:
    void exported(const QString &file, int codes); // for tests

private:
    void queue(const OutboxRequest &request);
    void explain(const OutboxEntry &entry, SyncEngine::Rejection why, const ApiResponse &response);
    QString codeOf(const OutboxEntry &entry) const;
    void writeCodes(qint64 couponId, const QString &code, const QStringList &codes);

    CacheDatabase &m_cache;
    SyncEngine &m_engine;
    ApiClient &m_api;
    CouponsModel &m_coupons;
    DashboardWindow &m_window;
    QPointer<QDialog> m_dialog;
    std::function<bool(const QString &)> m_confirm;
    std::function<QString(const QString &)> m_chooseFile;
};

} // namespace nomo
