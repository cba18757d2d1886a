#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace nomo {

class StatusViewModel;

// Connection, last sync, pending edits and a sign-in button, in one line under the
// title; and the banner when Salla's authorization needs renewing.
class StatusStrip : public QFrame
{
    Q_OBJECT

public:
    explicit StatusStrip(StatusViewModel &model, QWidget *parent = nullptr);
    void refresh();

Q_SIGNALS:
    void signInRequested();

private:
    StatusViewModel &m_model;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_lastSyncLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_reauthBanner = nullptr;
    QPushButton *m_signInButton = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace nomo
