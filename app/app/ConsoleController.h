#pragma once

#include "core/Result.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace nomo {

class AccountModel;
class StoreLogo;
class ActivityModel;
class ApiClient;
class LiveFeed;
class CacheDatabase;
class CouponFlows;
class CouponsModel;
class TemplateEditorModel;
class MessageLogModel;
class BroadcastsModel;
class BroadcastFlow;
class DashboardWindow;
class FeatureCardsModel;
class OverviewModel;
class VisitorsModel;
class SalesReportModel;
class StorefrontPreviewModel;
class SettingsDialog;
class SignInFlow;
class StatusViewModel;
class SyncEngine;
class TokenStore;

struct ConsoleOptions
{
    QUrl daemonUrl;
    QString dataDir;
    bool useKeychain = true; // off for screenshots and benchmarks: no prompts, no network
    bool signInAtStart = false; // not signed in on this computer yet: open the browser sign-in at once
};

// The console's composition root: opens the cache, builds the services, view models
// and window, and turns what the merchant asks for into edits, sign-in and messages.
class ConsoleController : public QObject
{
    Q_OBJECT

public:
    ~ConsoleController() override;
    static Result<std::unique_ptr<ConsoleController>> create(const ConsoleOptions &options);

    DashboardWindow &window() { return *m_window; }
    SyncEngine &engine() { return *m_engine; }
    ApiClient &api() { return *m_api; }
    CouponFlows &coupons() { return *m_couponFlows; }
    TemplateEditorModel &templates() { return *m_templates; }
    BroadcastFlow &broadcasts() { return *m_broadcastFlow; }

    // Reads the token from the keychain and, when there is one, starts syncing.
    void start();
    SettingsDialog *openSettings(const QString &key);
    void signIn();
    // This computer signs out: its device is revoked on the daemon (its token stops
    // working at once), the token leaves the keychain, sync stops. `done` after both.
    void signOut(std::function<void()> done = {});

private:
    explicit ConsoleController(const ConsoleOptions &options);
    void setup(std::unique_ptr<CacheDatabase> cache);
    void useToken(const QString &token);
    void toggleFeature(const QString &key, bool on);
    void saveSettings(const QString &key, bool enabled, const QJsonObject &settings);
    void explainRejection(const QString &key, int why, const QString &messageKey, const QString &field);
    void keepToken(const QString &token);

    ConsoleOptions m_options;
    std::unique_ptr<CacheDatabase> m_cache;
    ApiClient *m_api = nullptr;
    LiveFeed *m_live = nullptr;
    SyncEngine *m_engine = nullptr;
    TokenStore *m_tokens = nullptr;
    SignInFlow *m_signIn = nullptr;
    FeatureCardsModel *m_cards = nullptr;
    StatusViewModel *m_status = nullptr;
    ActivityModel *m_activity = nullptr;
    OverviewModel *m_overview = nullptr;
    AccountModel *m_account = nullptr;
    CouponsModel *m_coupons = nullptr;
    TemplateEditorModel *m_templates = nullptr;
    MessageLogModel *m_messageLog = nullptr;
    BroadcastsModel *m_broadcasts = nullptr;
    VisitorsModel *m_visitors = nullptr;
    SalesReportModel *m_reports = nullptr;
    StorefrontPreviewModel *m_storefront = nullptr;
    BroadcastFlow *m_broadcastFlow = nullptr;
    CouponFlows *m_couponFlows = nullptr;
    StoreLogo *m_logo = nullptr;
    std::unique_ptr<DashboardWindow> m_window;
    QPointer<SettingsDialog> m_settings;
};

} // namespace nomo
