#pragma once

#include <QMainWindow>
#include <QMap>
#include <QPixmap>

#include <functional>
#include <memory>

class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace nomo {

class AccountModel;
class ActivityModel;
class CouponsModel;
class TemplateEditorModel;
class MessageLogModel;
class BroadcastsModel;
class FeatureCardsModel;
class OverviewModel;
class VisitorsModel;
class SalesReportModel;
class StorefrontPreviewModel;
class Page;
class PageActions;
struct PageContext;
class StatusStrip;
class StatusViewModel;

// The console's main window (DESIGN.md "Layout"): a header with the store and the
// connection, a side navigation on the leading side (right in Arabic), and the pages
// of the PageRegistry in a stack. It knows no page's insides: it builds them from the
// registry, forwards what they ask for, and retranslates them.
class DashboardWindow : public QMainWindow
{
    Q_OBJECT

public:
    DashboardWindow(FeatureCardsModel &cards, StatusViewModel &status, ActivityModel &activity, OverviewModel &overview,
                    AccountModel &account, CouponsModel &coupons, TemplateEditorModel &templates, MessageLogModel &messageLog,
                    BroadcastsModel &broadcasts, VisitorsModel &visitors, SalesReportModel &reports, StorefrontPreviewModel &storefront,
                    QWidget *parent = nullptr);
    ~DashboardWindow() override;

    // "overview", "tools", "activity" … (PageRegistry ids); false for an unknown one.
    bool showPage(const QString &id);
    Page *page(const QString &id) const { return m_pages.value(id); }
    QString currentPage() const;
    QStringList pageIds() const;
    // A plain-words note at the top (a conflict, a refused value, no keychain). With
    // `copyText`, a "copy" button beside it puts that text on the clipboard (the
    // sign-in address when no browser came up).
    void showNotice(const QString &text, const QString &copyText = {});
    // The same with the words made again when the language changes (a banner follows
    // the switch like every other string).
    void showNotice(std::function<QString()> text, const QString &copyText = {});
    QString notice() const;
    void setStoreName(const QString &name);
    // The store's logo in the header; a null pixmap shows the name's first letter.
    void setStoreLogo(const QPixmap &logo);

Q_SIGNALS:
    void featureToggled(const QString &key, bool on);
    void setupRequested(const QString &key);
    void signInRequested();
    void signOutRequested();
    void revokeDeviceRequested(qint64 deviceId);
    void eraseSubscriberRequested(qint64 subscriberId);
    void newCouponRequested();
    void newCampaignRequested();
    void editCouponRequested(qint64 couponId);
    void disableCouponRequested(qint64 couponId);
    void deleteCouponRequested(qint64 couponId);
    void exportCodesRequested(qint64 couponId);
    void newBroadcastRequested();
    void cancelBroadcastRequested(qint64 broadcastId);
    void messageTestRequested(const QString &channel, const QString &to, const QString &automation, const QString &language);
    void languageRequested(const QString &code);
    void firstPaint(); // the benchmark measures start-up to here

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslate();

    FeatureCardsModel &m_cards;
    StatusViewModel &m_status;
    ActivityModel &m_activity;
    OverviewModel &m_overview;
    std::unique_ptr<PageActions> m_actions;
    std::unique_ptr<PageContext> m_context;
    QLabel *m_monogram = nullptr;
    QLabel *m_storeName = nullptr;
    QString m_storeNameText;
    QPixmap m_logo;
    StatusStrip *m_statusStrip = nullptr;
    QToolButton *m_languageButton = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QPushButton *m_copyButton = nullptr;
    QString m_copyText;
    std::function<QString()> m_noticeText;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QMap<QString, Page *> m_pages;
    QStringList m_order;
    bool m_painted = false;
};

} // namespace nomo
