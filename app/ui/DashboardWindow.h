#pragma once

#include <QMainWindow>
#include <QMap>

class QLabel;
class QTabWidget;

namespace nomo {

class ActivityModel;
class ActivityView;
class FeatureCard;
class FeatureCardsModel;
class StatusStrip;
class StatusViewModel;

// The console's main window: status strip, one card per feature in dashboard order,
// and the activity list. It reads view models and emits what the merchant asked for;
// the ConsoleController turns that into edits, sign-in and language changes.
class DashboardWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Features, Activity };

    DashboardWindow(FeatureCardsModel &cards, StatusViewModel &status, ActivityModel &activity, QWidget *parent = nullptr);

    void showPage(Page page);
    // A plain-words note at the top (a conflict, a refused value, no keychain).
    void showNotice(const QString &text);
    QString notice() const;

Q_SIGNALS:
    void featureToggled(const QString &key, bool on);
    void setupRequested(const QString &key);
    void signInRequested();
    void languageRequested(const QString &code);
    void firstPaint(); // the benchmark measures start-up to here

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void refreshCards();
    void retranslate();

    FeatureCardsModel &m_cards;
    StatusViewModel &m_status;
    ActivityModel &m_activity;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_noticeLabel = nullptr;
    StatusStrip *m_statusStrip = nullptr;
    QTabWidget *m_tabs = nullptr;
    ActivityView *m_activityView = nullptr;
    QMap<QString, FeatureCard *> m_cardWidgets;
    QAction *m_languageMenuAction = nullptr;
    bool m_painted = false;
};

} // namespace nomo
