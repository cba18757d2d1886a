#include "ui/StatusStrip.h"

#include "viewmodels/StatusViewModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

StatusStrip::StatusStrip(StatusViewModel &model, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
{
    setObjectName(u"statusStrip"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_reauthBanner = new QLabel(this);
    m_reauthBanner->setObjectName(u"reauthBanner"_s);
    m_reauthBanner->setWordWrap(true);
    m_reauthBanner->setStyleSheet(u"background: #FEF3E0; color: #1B2430; border: 1px solid #F6D7A0; padding: 8px; border-radius: 8px;"_s);
    outer->addWidget(m_reauthBanner);

    auto *line = new QHBoxLayout;
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_lastSyncLabel = new QLabel(this);
    m_lastSyncLabel->setObjectName(u"lastSyncLabel"_s);
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(u"pendingLabel"_s);
    m_signInButton = new QPushButton(this);
    m_signInButton->setObjectName(u"signInButton"_s);
    line->setSpacing(8);
    line->addWidget(m_connectionLabel);
    line->addWidget(m_lastSyncLabel);
    line->addWidget(m_pendingLabel);
    // A first sync of a big store takes a while: a bar that says how far it is.
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    line->addWidget(m_progress);
    line->addStretch();
    line->addWidget(m_signInButton);
    outer->addLayout(line);

    connect(m_signInButton, &QPushButton::clicked, this, &StatusStrip::signInRequested);
    connect(&m_model, &StatusViewModel::changed, this, &StatusStrip::refresh);
    refresh();
}

void StatusStrip::refresh()
{
    m_connectionLabel->setText(m_model.connectionText());
    // A pill whose colour says the state (DESIGN.md: the header's connection pill).
    const SyncStatus status = m_model.status();
    const QString state = status.connection == SyncStatus::Connection::Online      ? u"good"_s
        : status.connection == SyncStatus::Connection::Offline                     ? u"warning"_s
        : status.connection == SyncStatus::Connection::Unauthorized                ? u"bad"_s
                                                                                   : u"neutral"_s;
    m_connectionLabel->setProperty("state", state);
    m_connectionLabel->style()->unpolish(m_connectionLabel);
    m_connectionLabel->style()->polish(m_connectionLabel);
    m_lastSyncLabel->setText(m_model.lastSyncText());
    const QString pending = m_model.pendingText();
    m_pendingLabel->setText(pending);
    m_pendingLabel->setVisible(!pending.isEmpty());
    m_reauthBanner->setText(m_model.reauthText());
    m_reauthBanner->setVisible(m_model.needsReauth());
    m_signInButton->setText(tr("Sign in"));
    m_progress->setVisible(m_model.pullPercent() >= 0);
    if (m_model.pullPercent() >= 0) {
        m_progress->setValue(m_model.pullPercent());
        m_progress->setFormat(m_model.pullText());
    }
    m_signInButton->setVisible(m_model.canSignIn());
}

} // namespace nomo
