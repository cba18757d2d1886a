#include "ui/pages/AccountPage.h"

#include "core/Time.h"
#include "ui/Theme.h"
#include "ui/pages/PageRegistry.h"
#include "viewmodels/AccountModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

void AccountPage::registerPage()
{
    PageRegistry::add({u"account"_s, 80, QT_TRANSLATE_NOOP("Pages", "Account"), u"user-round"_s,
                       [](PageContext &context, QWidget *parent) -> Page * { return new AccountPage(context, parent); }});
}

AccountPage::AccountPage(PageContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
{
    setObjectName(u"accountPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    m_title = new QLabel(this);
    m_title->setObjectName(u"pageTitle"_s);
    layout->addWidget(m_title);
    m_daemon = new QLabel(this);
    m_daemon->setObjectName(u"daemonLabel"_s);
    m_daemon->setProperty("role", u"muted"_s);
    m_daemon->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_daemon);

    auto *card = new QFrame(this);
    card->setProperty("card", true);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 16, 16, 16);
    m_devicesTitle = new QLabel(card);
    m_devicesTitle->setObjectName(u"sectionTitle"_s);
    m_devicesHint = new QLabel(card);
    m_devicesHint->setProperty("role", u"muted"_s);
    m_devicesHint->setWordWrap(true);
    cardLayout->addWidget(m_devicesTitle);
    cardLayout->addWidget(m_devicesHint);
    m_devices = new QVBoxLayout;
    m_devices->setSpacing(8);
    cardLayout->addLayout(m_devices);
    layout->addWidget(card);

    auto *buttons = new QHBoxLayout;
    m_signOut = new QPushButton(this);
    m_signOut->setObjectName(u"signOutButton"_s);
    m_signOut->setIcon(theme::icon(u"log-out"_s));
    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(u"accountSignInButton"_s);
    m_signIn->setProperty("primary", true);
    buttons->addWidget(m_signOut);
    buttons->addWidget(m_signIn);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_signOut, &QPushButton::clicked, &m_context.actions, &PageActions::signOutRequested);
    connect(m_signIn, &QPushButton::clicked, &m_context.actions, &PageActions::signInRequested);
    connect(&m_context.account, &AccountModel::changed, this, &AccountPage::refresh);
    retranslate();
}

void AccountPage::retranslate()
{
    m_title->setText(tr("Account"));
    m_devicesTitle->setText(tr("Signed in on these devices"));
    // The address stays left to right inside the Arabic sentence.
    m_daemon->setText(tr("This console works with the Nomo Flow service at %1").arg(u"\u2066"_s + m_context.account.daemonUrl() + u"\u2069"_s));
    m_devicesHint->setText(tr("Sign out a device you no longer use: it loses access at once."));
    m_signOut->setText(tr("Sign out of this computer"));
    m_signIn->setText(tr("Sign in"));
    refresh();
}

void AccountPage::refresh()
{
    while (QLayoutItem *item = m_devices->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    const AccountModel &account = m_context.account;
    for (const ConsoleDevice &device : account.devices()) {
        auto *row = new QHBoxLayout;
        auto *name = new QLabel(this);
        name->setObjectName(u"deviceName"_s);
        const QString used = device.lastUsedAt.isValid() ? tr("last used %1").arg(time::formatForDisplay(device.lastUsedAt, QLocale()))
                                                         : tr("not used yet");
        name->setText(u"<b>%1</b> — %2"_s.arg(device.name.toHtmlEscaped(), used.toHtmlEscaped()));
        row->addWidget(name, 1);
        if (device.current) {
            auto *self = new QLabel(tr("This computer"), this);
            self->setObjectName(u"stateLabel"_s);
            self->setProperty("state", u"good"_s);
            row->addWidget(self);
        } else {
            auto *revoke = new QPushButton(tr("Sign out"), this);
            revoke->setObjectName(u"revokeButton"_s);
            const qint64 id = device.id;
            connect(revoke, &QPushButton::clicked, &m_context.actions, [this, id] { Q_EMIT m_context.actions.revokeDeviceRequested(id); });
            row->addWidget(revoke);
        }
        m_devices->addLayout(row);
    }
    if (account.devices().isEmpty()) {
        auto *none = new QLabel(account.signedIn() ? tr("The list appears after the next sync.")
                                                   : tr("Sign in to see the devices of your store."),
                                this);
        none->setProperty("role", u"muted"_s);
        m_devices->addWidget(none);
    }
    m_signOut->setVisible(account.signedIn());
    m_signIn->setVisible(!account.signedIn());
}

} // namespace nomo
