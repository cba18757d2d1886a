#pragma once

#include <QMainWindow>

class QLabel;

namespace nomo {

// The console's first window: who we are, what each feature will do, and that no
// store is connected yet. Sign-in and live feature cards arrive with the console
// issue; this window already follows the rules they will: tr() everywhere, right to
// left in Arabic, no SQL or HTTP in the widget.
class WelcomeWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit WelcomeWindow(QWidget *parent = nullptr);

Q_SIGNALS:
    void languageRequested(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_titleLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QList<QLabel *> m_featureLabels;
    QAction *m_arabicAction = nullptr;
    QAction *m_englishAction = nullptr;
};

} // namespace nomo
