#pragma once

#include "ui/pages/Page.h"

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace nomo {

// The session: the consoles signed in to this store, each but this one with a
// "sign out" of its own, and signing this computer out (its token revoked on the
// daemon and removed from the keychain).
class AccountPage : public Page
{
    Q_OBJECT

public:
    AccountPage(PageContext &context, QWidget *parent);
    static void registerPage();
    void retranslate() override;

private:
    void refresh();

    PageContext &m_context;
    QLabel *m_title = nullptr;
    QLabel *m_devicesTitle = nullptr;
    QLabel *m_devicesHint = nullptr;
    QLabel *m_daemon = nullptr;
    QVBoxLayout *m_devices = nullptr;
    QPushButton *m_signOut = nullptr;
    QPushButton *m_signIn = nullptr;
};

} // namespace nomo
