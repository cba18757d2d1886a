#pragma once

#include <QObject>

class QLabel;
class QVBoxLayout;
#include <QWidget>

#include <functional>

namespace nomo {

class AccountModel;
class ActivityModel;
class CouponsModel;
class FeatureCardsModel;
class BroadcastsModel;
class MessageLogModel;
class OverviewModel;
class StatusViewModel;
class TemplateEditorModel;
class VisitorsModel;
class SalesReportModel;
class StorefrontPreviewModel;

// What the window offers every page: the view models, and a place to send what the
// merchant asked for (the window forwards it to the ConsoleController).
class PageActions : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    void featureToggled(const QString &key, bool on);
    void setupRequested(const QString &key);
    void showPage(const QString &id);
    void signInRequested();
    void signOutRequested();
    void revokeDeviceRequested(qint64 deviceId);
    void eraseSubscriberRequested(qint64 subscriberId); // deleted at the subscriber's request (PDPL)
    void newCouponRequested();
    void newCampaignRequested();
    void editCouponRequested(qint64 couponId);
    void disableCouponRequested(qint64 couponId);
    void deleteCouponRequested(qint64 couponId);
    void exportCodesRequested(qint64 couponId);
    // "Send a test" of the open template's channel to the merchant's own address or number.
    void newBroadcastRequested();
    void cancelBroadcastRequested(qint64 broadcastId);
    void messageTestRequested(const QString &channel, const QString &to, const QString &automation, const QString &language);
};

struct PageContext
{
    FeatureCardsModel &cards;
    ActivityModel &activity;
    StatusViewModel &status;
    OverviewModel &overview;
    AccountModel &account;
    CouponsModel &coupons;
    TemplateEditorModel &templates;
    MessageLogModel &messageLog;
    BroadcastsModel &broadcasts;
    VisitorsModel &visitors;
    SalesReportModel &reports;
    StorefrontPreviewModel &storefront;
    PageActions &actions;
};

// One page of the console (Overview, Tools, Coupons, Activity, Account; later
// Messages, Storefront, Reports). The window knows pages only through the registry.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    // Texts of the current language (QEvent::LanguageChange reaches the window first).
    virtual void retranslate() = 0;

protected:
    // The page's content in a vertical scroll area (pages scroll inside; the window
    // never does), with the page margins; returns the content's layout, a page title
    // label already in it as `title`.
    QVBoxLayout *scrollingBody(QLabel **title, int spacing);
};

} // namespace nomo
