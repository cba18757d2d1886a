#include "app/ConsoleController.h"

#include "api/ApiClient.h"
#include "api/LiveFeed.h"
#include "api/StoreLogo.h"
#include "app/CouponFlows.h"
#include "auth/SignInFlow.h"
#include "auth/TokenStore.h"
#include "cache/CacheDatabase.h"
#include "cache/FeatureStore.h"
#include "cache/DeviceStore.h"
#include "cache/SyncStateStore.h"
#include "viewmodels/AccountModel.h"
#include "core/Clock.h"
#include "core/ConsoleLogging.h"
#include "features/FeatureSchema.h"
#include "sync/SyncEngine.h"
#include "ui/DashboardWindow.h"
#include "ui/SettingsDialog.h"
#include "viewmodels/ActivityModel.h"
#include "viewmodels/CouponsModel.h"
#include "viewmodels/TemplateEditorModel.h"
#include "viewmodels/MessageLogModel.h"
#include "app/MessageTestFlow.h"
#include "app/BroadcastFlow.h"
#include "ui/BroadcastDialog.h"
#include "viewmodels/BroadcastsModel.h"
#include "viewmodels/FeatureCardsModel.h"
#include "viewmodels/OverviewModel.h"
#include "viewmodels/StorefrontPreviewModel.h"
#include "viewmodels/VisitorsModel.h"
#include "viewmodels/SalesReportModel.h"
#include "viewmodels/SettingsFormModel.h"
#include "viewmodels/StatusViewModel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QClipboard>
#include <QDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace nomo {

ConsoleController::ConsoleController(const ConsoleOptions &options)
    : m_options(options)
{
}

ConsoleController::~ConsoleController()
{
    // The window and models read the cache: they go first.
    delete m_settings;
    delete m_couponFlows; // its dialog's parent is the window
    m_window.reset();
}

Result<std::unique_ptr<ConsoleController>> ConsoleController::create(const ConsoleOptions &options)
{
    auto cache = CacheDatabase::open(options.dataDir);
    if (!cache)
        return fail(cache.error());
    std::unique_ptr<ConsoleController> controller(new ConsoleController(options));
    controller->setup(std::move(*cache));
    return controller;
}

void ConsoleController::setup(std::unique_ptr<CacheDatabase> cache)
{
    m_cache = std::move(cache);
    m_api = new ApiClient(m_options.daemonUrl, this);
    m_engine = new SyncEngine(*m_cache, *m_api, this);
    m_tokens = new TokenStore(m_options.daemonUrl.toString(), this);
    m_signIn = new SignInFlow(*m_api, this);
    m_cards = new FeatureCardsModel(*m_cache, this);
    m_live = new LiveFeed(*m_api, this);
    connect(m_live, &LiveFeed::visitorsChanged, this, [this] { m_cards->setLiveVisitors(m_live->visitors()); });
    connect(m_api, &ApiClient::unauthorized, m_live, &LiveFeed::stop);
    m_status = new StatusViewModel(*m_engine, this);
    m_activity = new ActivityModel(*m_cache, this);
    m_overview = new OverviewModel(*m_cache, Clock::system(), this);
    m_account = new AccountModel(*m_cache, this);
    m_account->setDaemonUrl(m_options.daemonUrl.toString());
    m_coupons = new CouponsModel(*m_cache, this);
    m_templates = new TemplateEditorModel(*m_cache, this);
    m_templates->setQueue([this](const OutboxRequest &request) { return m_engine->changeTemplate(request); });
    connect(m_engine, &SyncEngine::templatesChanged, m_templates, &TemplateEditorModel::reload);
    connect(m_engine, &SyncEngine::cacheChanged, m_templates, &TemplateEditorModel::reload);
    m_messageLog = new MessageLogModel(*m_cache, this);
    connect(m_engine, &SyncEngine::messagesChanged, m_messageLog, &MessageLogModel::reload);
    connect(m_engine, &SyncEngine::cacheChanged, m_messageLog, &MessageLogModel::reload);
    m_broadcasts = new BroadcastsModel(*m_cache, this);
    connect(m_engine, &SyncEngine::broadcastsChanged, m_broadcasts, &BroadcastsModel::reload);
    connect(m_engine, &SyncEngine::cacheChanged, m_broadcasts, &BroadcastsModel::reload);
    m_visitors = new VisitorsModel(*m_cache, Clock::system(), this);
    connect(m_engine, &SyncEngine::cacheChanged, m_visitors, &VisitorsModel::reload);
    m_reports = new SalesReportModel(*m_cache, Clock::system(), this);
    connect(m_engine, &SyncEngine::cacheChanged, m_reports, &SalesReportModel::reload);
    m_storefront = new StorefrontPreviewModel(*m_cache, this);
    connect(m_engine, &SyncEngine::featuresChanged, m_storefront, &StorefrontPreviewModel::reload);
    connect(m_engine, &SyncEngine::cacheChanged, m_storefront, &StorefrontPreviewModel::reload);
    m_window = std::make_unique<DashboardWindow>(*m_cards, *m_status, *m_activity, *m_overview, *m_account, *m_coupons, *m_templates,
                                                 *m_messageLog, *m_broadcasts, *m_visitors, *m_reports, *m_storefront);
    m_broadcastFlow = new BroadcastFlow(*m_cache, *m_api, *m_engine, m_window.get(), this);
    connect(m_window.get(), &DashboardWindow::newBroadcastRequested, this, [this] {
        if (QDialog *dialog = m_broadcastFlow->openDialog())
            dialog->open();
    });
    connect(m_window.get(), &DashboardWindow::cancelBroadcastRequested, m_broadcastFlow, &BroadcastFlow::cancel);
    connect(m_broadcastFlow, &BroadcastFlow::notice, this, [this](const QString &words) { m_window->showNotice(words); });
    auto *tests = new MessageTestFlow(*m_api, *m_templates, [this] { return m_api->hasToken(); }, this);
    connect(m_window.get(), &DashboardWindow::messageTestRequested, tests, &MessageTestFlow::send);
    m_couponFlows = new CouponFlows(*m_cache, *m_engine, *m_api, *m_coupons, *m_window, this);
    // The list shows a change at once (queued), and the daemon's copy when it comes back.
    connect(m_engine, &SyncEngine::couponsChanged, m_coupons, &CouponsModel::reload);
    connect(m_engine, &SyncEngine::couponsChanged, m_cards, &FeatureCardsModel::reload);
    connect(m_engine, &SyncEngine::cacheChanged, m_coupons, &CouponsModel::reload);
    connect(m_window.get(), &DashboardWindow::newCouponRequested, this, [this] {
        if (QDialog *editor = m_couponFlows->openEditor())
            editor->open();
    });
    connect(m_window.get(), &DashboardWindow::newCampaignRequested, this, [this] {
        if (QDialog *campaign = m_couponFlows->openCampaign())
            campaign->open();
    });
    connect(m_window.get(), &DashboardWindow::editCouponRequested, this, [this](qint64 id) {
        if (QDialog *editor = m_couponFlows->openEditor(id))
            editor->open();
    });
    connect(m_window.get(), &DashboardWindow::disableCouponRequested, m_couponFlows, &CouponFlows::disable);
    connect(m_window.get(), &DashboardWindow::deleteCouponRequested, m_couponFlows, &CouponFlows::remove);
    connect(m_window.get(), &DashboardWindow::exportCodesRequested, m_couponFlows, &CouponFlows::exportCodes);
    connect(m_engine, &SyncEngine::devicesChanged, m_account, &AccountModel::reload);
    connect(m_window.get(), &DashboardWindow::signOutRequested, this, [this] { signOut(); });
    connect(m_window.get(), &DashboardWindow::revokeDeviceRequested, this, [this](qint64 id) {
        if (auto queued = m_engine->revokeDevice(id); !queued)
            m_window->showNotice([=, this] { return tr("That device could not be signed out. Try again."); });
    });
    connect(m_window.get(), &DashboardWindow::eraseSubscriberRequested, this, [this](qint64 id) {
        if (auto queued = m_engine->eraseSubscriber(id); !queued)
            m_window->showNotice([=, this] { return tr("That subscriber could not be deleted. Try again."); });
        else
            m_window->showNotice([=, this] { return tr("The subscriber and what your store kept about them are being deleted."); });
    });
    // The store's name, as the daemon last said it (kept in the cache, so offline too).
    m_logo = new StoreLogo(m_options.dataDir, this);
    connect(m_logo, &StoreLogo::changed, m_window.get(), &DashboardWindow::setStoreLogo);
    auto showStore = [this] {
        if (const auto status = SyncStateStore(*m_cache).status()) {
            m_window->setStoreName(status->merchantName);
            if (m_options.useKeychain) // a real session; screenshots and benchmarks stay off the network
                m_logo->show(status->merchantAvatarUrl);
        }
    };
    showStore();
    connect(m_engine, &SyncEngine::statusChanged, this, showStore);
    connect(m_engine, &SyncEngine::cacheChanged, m_overview, &OverviewModel::reload);

    connect(m_engine, &SyncEngine::featuresChanged, m_cards, &FeatureCardsModel::reload);
    connect(m_engine, &SyncEngine::cacheChanged, m_cards, &FeatureCardsModel::reload);
    connect(m_engine, &SyncEngine::activityChanged, m_activity, &ActivityModel::reload);
    connect(m_engine, &SyncEngine::editRejected, this,
            [this](const QString &key, SyncEngine::Rejection why, const ApiError &error) {
        explainRejection(key, static_cast<int>(why), error.key, error.field);
    });
    connect(m_window.get(), &DashboardWindow::featureToggled, this, &ConsoleController::toggleFeature);
    connect(m_window.get(), &DashboardWindow::setupRequested, this, [this](const QString &key) {
        if (SettingsDialog *dialog = openSettings(key))
            dialog->open();
    });
    connect(m_window.get(), &DashboardWindow::signInRequested, this, &ConsoleController::signIn);
    connect(m_signIn, &SignInFlow::signedIn, this, [this](const QString &token, const QString &) { keepToken(token); });
    connect(m_signIn, &SignInFlow::failed, this, [this](SignInFlow::Failure why, const QString &detail) {
        if (why == SignInFlow::Failure::NoBrowser) {
            qCWarning(lcAuth) << "no browser came up for the sign-in";
            m_window->showNotice([=, this] { return tr("The browser did not open. Copy the sign-in address and open it in a web browser on "
                                    "this computer; Nomo Flow keeps waiting."); },
                                 detail);
            return;
        }
        m_window->showNotice([=, this] { return tr("Sign-in did not finish. Please try again."); });
    });
}

void ConsoleController::start()
{
    if (!m_options.useKeychain)
        return;
    m_tokens->read(this, [this](TokenStore::Outcome outcome, const QString &token, const QString &) {
        if (outcome == TokenStore::Outcome::Ok) {
            useToken(token);
            return;
        }
        if (outcome == TokenStore::Outcome::NoKeychain) {
            m_window->showNotice([=, this] { return tr("No keychain is available on this computer, so Nomo Flow cannot remember your "
                                    "sign-in. You can still sign in for this session only."); });
        }
        if (m_options.signInAtStart)
            signIn();
    });
}

void ConsoleController::useToken(const QString &token)
{
    m_api->setToken(token);
    m_account->setSignedIn(true);
    m_engine->setSignedIn(true);
    m_engine->start();
    m_live->start();
}

void ConsoleController::signOut(std::function<void()> done)
{
    std::optional<ConsoleDevice> self;
    for (const ConsoleDevice &device : DeviceStore(*m_cache).all())
        if (device.current)
            self = device;
    auto local = [this, done] {
        m_live->stop();
        m_engine->stop();
        m_engine->setSignedIn(false);
        m_api->setToken({});
        m_account->setSignedIn(false);
        m_tokens->setSessionToken({});
        m_tokens->remove(this, [this, done](TokenStore::Outcome outcome, const QString &detail) {
            if (outcome != TokenStore::Outcome::Ok && outcome != TokenStore::Outcome::NotFound)
                qCWarning(lcAuth) << "the token could not be removed from the keychain:" << detail;
            m_window->showNotice([=, this] { return tr("You are signed out of this computer."); });
            if (done)
                done();
        });
    };
    if (!self) {
        local();
        return;
    }
    // The daemon first, while the token still works: afterwards it is refused.
    m_api->sendMutation("DELETE", u"/api/v1/devices/%1"_s.arg(self->id), std::nullopt, std::nullopt,
                        QUuid::createUuid().toString(QUuid::WithoutBraces), this,
                        [this, local, id = self->id](const ApiResponse &response) {
                            if (response.ok() || response.httpStatus == 404 || response.httpStatus == 401)
                                DeviceStore(*m_cache).remove(id);
                            else
                                qCWarning(lcAuth) << "this device could not be revoked on the daemon:" << response.httpStatus
                                                  << response.networkError;
                            m_account->reload();
                            local();
                        });
}

void ConsoleController::signIn()
{
    m_signIn->setLanguage(QLocale().language() == QLocale::Arabic ? u"ar"_s : u"en"_s);
    if (m_signIn->start()) {
        // Said in our own window, address and all, in case the browser never shows.
        m_window->showNotice([=, this] { return tr("Finish signing in in your browser. If no browser opened, copy the sign-in address "
                                "into one on this computer."); },
                             m_signIn->signInUrl().toString());
    }
}

void ConsoleController::keepToken(const QString &token)
{
    m_tokens->write(token, this, [this, token](TokenStore::Outcome outcome, const QString &detail) {
        if (outcome == TokenStore::Outcome::Ok) {
            m_window->showNotice(QString());
            useToken(token);
            return;
        }
        // The technical reason is for the log; the merchant reads what it means.
        qCWarning(lcAuth) << "token not kept in the keychain:" << detail;
        const auto answer = QMessageBox::question(
            m_window.get(), tr("Sign-in not kept"),
            tr("We can't keep your sign-in on this computer. Stay signed in until you close Nomo Flow? You will need "
               "to sign in again next time."));
        if (answer == QMessageBox::Yes) {
            m_tokens->setSessionToken(token);
            m_window->showNotice([=, this] { return tr("Signed in for this session only: no keychain is available."); });
            useToken(token);
        }
    });
}

void ConsoleController::toggleFeature(const QString &key, bool on)
{
    const FeatureRecord current = FeatureStore(*m_cache).effective(key);
    if (auto queued = m_engine->editFeature(key, on, current.settings); !queued)
        m_window->showNotice([=, this] { return tr("This change could not be saved on this computer."); });
}

SettingsDialog *ConsoleController::openSettings(const QString &key)
{
    const FeatureSchema *schema = featureSchema(key);
    if (!schema)
        return nullptr;
    delete m_settings;
    const FeatureRecord current = FeatureStore(*m_cache).effective(key);
    auto *form = new SettingsFormModel(*schema, current.enabled, current.settings);
    m_settings = new SettingsDialog(*form, m_window.get());
    form->setParent(m_settings);
    m_settings->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_settings, &SettingsDialog::saveRequested, this,
            [this, key](bool enabled, const QJsonObject &settings) { saveSettings(key, enabled, settings); });
    return m_settings;
}

void ConsoleController::saveSettings(const QString &key, bool enabled, const QJsonObject &settings)
{
    if (auto queued = m_engine->editFeature(key, enabled, settings); !queued)
        m_window->showNotice([=, this] { return SettingsFormModel::messageFor(queued.error().messageKey, nullptr); });
}

void ConsoleController::explainRejection(const QString &key, int why, const QString &messageKey, const QString &field)
{
    const FeatureSchema *schema = featureSchema(key);
    const QString title = schema ? QCoreApplication::translate("FeatureSchema", schema->title) : key;
    switch (static_cast<SyncEngine::Rejection>(why)) {
    case SyncEngine::Rejection::Conflict:
        m_window->showNotice([=, this] { return tr("“%1” was changed from another device before your change arrived. Your change was not "
                                "saved; the app now shows the saved settings.")
                                 .arg(title); });
        break;
    case SyncEngine::Rejection::Invalid: {
        const QString name = field.startsWith(u"settings."_s) ? field.mid(9) : field;
        const SettingField *setting = schema ? schema->field(name) : nullptr;
        const QString label = setting ? QCoreApplication::translate("FeatureSchema", setting->label) : QString();
        const QString reason = SettingsFormModel::messageFor(messageKey, setting);
        m_window->showNotice([=, this] { return label.isEmpty() ? tr("“%1” was not saved: %2").arg(title, reason)
                                             : tr("“%1” was not saved. %2: %3").arg(title, label, reason); });
        break;
    }
    case SyncEngine::Rejection::Refused:
        m_window->showNotice([=, this] { return tr("“%1” was not saved: the server refused the change.").arg(title); });
        break;
    }
}

} // namespace nomo
