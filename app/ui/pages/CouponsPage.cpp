#include "ui/pages/CouponsPage.h"

#include "ui/Theme.h"
#include "ui/pages/PageRegistry.h"
#include "viewmodels/CouponsFilter.h"
#include "viewmodels/CouponsModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

void CouponsPage::registerPage()
{
    PageRegistry::add({u"coupons"_s, 30, QT_TRANSLATE_NOOP("Pages", "Coupons"), u"ticket"_s,
                       [](PageContext &context, QWidget *parent) -> Page * { return new CouponsPage(context, parent); }});
}

CouponsPage::CouponsPage(PageContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
{
    setObjectName(u"couponsPage"_s);
    // A table page, like Activity: the table scrolls, the page does not.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);

    auto *top = new QHBoxLayout;
    auto *heading = new QVBoxLayout;
    heading->setSpacing(4);
    m_title = new QLabel(this);
    m_title->setObjectName(u"pageTitle"_s);
    m_subtitle = new QLabel(this);
    m_subtitle->setProperty("role", u"muted"_s);
    m_subtitle->setWordWrap(true);
    heading->addWidget(m_title);
    heading->addWidget(m_subtitle);
    top->addLayout(heading, 1);
    m_newCampaign = new QPushButton(this);
    m_newCampaign->setObjectName(u"newCampaignButton"_s);
    m_newCampaign->setIcon(theme::icon(u"tag"_s));
    m_newCoupon = new QPushButton(this);
    m_newCoupon->setObjectName(u"newCouponButton"_s);
    m_newCoupon->setProperty("primary", true);
    m_newCoupon->setIcon(theme::icon(u"plus"_s, Qt::white));
    top->addWidget(m_newCampaign, 0, Qt::AlignTop);
    top->addWidget(m_newCoupon, 0, Qt::AlignTop);
    layout->addLayout(top);

    // The list: filters above the table (DESIGN.md "Tables"), actions on the chosen row.
    m_listArea = new QWidget(this);
    auto *list = new QVBoxLayout(m_listArea);
    list->setContentsMargins(0, 0, 0, 0);
    list->setSpacing(8);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    m_search = new QLineEdit(m_listArea);
    m_search->setObjectName(u"couponSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    m_state = new QComboBox(m_listArea);
    m_state->setObjectName(u"couponStateFilter"_s);
    for (const QString &key : {QString(), u"active"_s, u"inactive"_s, u"expired"_s})
        m_state->addItem(QString(), key);
    m_sync = new QComboBox(m_listArea);
    m_sync->setObjectName(u"couponSyncFilter"_s);
    for (const QString &key : {QString(), u"waiting"_s, u"failed"_s, u"synced"_s})
        m_sync->addItem(QString(), key);
    m_sort = new QComboBox(m_listArea);
    m_sort->setObjectName(u"couponSort"_s);
    for (const CouponsFilter::Sort sort : {CouponsFilter::Sort::Newest, CouponsFilter::Sort::Revenue, CouponsFilter::Sort::Uses,
                                           CouponsFilter::Sort::Code})
        m_sort->addItem(QString(), QVariant::fromValue(sort));
    filters->addWidget(m_search);
    filters->addWidget(m_state);
    filters->addWidget(m_sync);
    filters->addWidget(m_sort);
    filters->addStretch();
    m_edit = new QPushButton(m_listArea);
    m_edit->setObjectName(u"editCouponButton"_s);
    m_edit->setIcon(theme::icon(u"pencil"_s));
    m_disable = new QPushButton(m_listArea);
    m_disable->setObjectName(u"disableCouponButton"_s);
    m_disable->setIcon(theme::icon(u"circle-pause"_s));
    m_delete = new QPushButton(m_listArea);
    m_delete->setObjectName(u"deleteCouponButton"_s);
    m_delete->setIcon(theme::icon(u"trash-2"_s));
    m_export = new QPushButton(m_listArea);
    m_export->setObjectName(u"exportCodesButton"_s);
    m_export->setIcon(theme::icon(u"download"_s));
    for (QPushButton *button : {m_edit, m_disable, m_delete, m_export})
        filters->addWidget(button);
    list->addLayout(filters);

    m_noMatch = new QLabel(m_listArea);
    m_noMatch->setObjectName(u"couponsNoMatch"_s);
    m_noMatch->setProperty("role", u"muted"_s);
    list->addWidget(m_noMatch);
    m_filtered = new CouponsFilter(this);
    m_filtered->setSourceModel(&m_context.coupons);
    m_table = new QTableView(m_listArea);
    m_table->setObjectName(u"couponsTable"_s);
    m_table->setModel(m_filtered);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(36);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Salla's reason for a refusal can be long: that column takes the room, the full
    // words are in its tooltip and in the editor.
    header->setSectionResizeMode(CouponsModel::SyncColumn, QHeaderView::Stretch);
    list->addWidget(m_table, 1);
    layout->addWidget(m_listArea, 1);

    // No coupons at all: what will be here and how to get it (DESIGN.md "Empty state").
    m_empty = new QFrame(this);
    m_empty->setObjectName(u"couponsEmpty"_s);
    m_empty->setProperty("card", true);
    auto *empty = new QVBoxLayout(m_empty);
    empty->setContentsMargins(32, 48, 32, 48);
    empty->setSpacing(12);
    auto *icon = new QLabel(m_empty);
    icon->setPixmap(theme::icon(u"ticket"_s).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(m_empty);
    m_emptyText->setObjectName(u"couponsEmptyText"_s);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyAction = new QPushButton(m_empty);
    m_emptyAction->setObjectName(u"firstCouponButton"_s);
    m_emptyAction->setProperty("primary", true);
    empty->addWidget(icon);
    empty->addWidget(m_emptyText);
    empty->addWidget(m_emptyAction, 0, Qt::AlignCenter);
    layout->addWidget(m_empty);
    layout->addStretch();

    PageActions &actions = m_context.actions;
    connect(m_newCoupon, &QPushButton::clicked, &actions, &PageActions::newCouponRequested);
    connect(m_emptyAction, &QPushButton::clicked, &actions, &PageActions::newCouponRequested);
    connect(m_newCampaign, &QPushButton::clicked, &actions, &PageActions::newCampaignRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT m_context.actions.editCouponRequested(selectedId()); });
    connect(m_disable, &QPushButton::clicked, this, [this] { Q_EMIT m_context.actions.disableCouponRequested(selectedId()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { Q_EMIT m_context.actions.deleteCouponRequested(selectedId()); });
    connect(m_export, &QPushButton::clicked, this, [this] { Q_EMIT m_context.actions.exportCodesRequested(selectedId()); });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            Q_EMIT m_context.actions.editCouponRequested(selectedId());
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filtered->setSearch(text);
        refresh();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_filtered->setState(m_state->currentData().toString());
        refresh();
    });
    connect(m_sync, &QComboBox::currentIndexChanged, this, [this] {
        m_filtered->setSync(m_sync->currentData().toString());
        refresh();
    });
    connect(m_sort, &QComboBox::currentIndexChanged, this,
            [this] { m_filtered->setSortBy(m_sort->currentData().value<CouponsFilter::Sort>()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CouponsPage::updateActions);
    connect(&m_context.coupons, &QAbstractItemModel::modelReset, this, &CouponsPage::refresh);
    connect(&m_context.coupons, &QAbstractItemModel::dataChanged, this, &CouponsPage::refresh);
    retranslate();
}

void CouponsPage::retranslate()
{
    m_title->setText(tr("Coupons"));
    m_subtitle->setText(tr("Your store's coupons in Salla: make them here, and see what each one brought in."));
    m_newCoupon->setText(tr("New coupon"));
    m_newCampaign->setText(tr("New campaign"));
    m_search->setPlaceholderText(tr("Search by code"));
    const QStringList states{tr("Every state"), tr("Active"), tr("Stopped"), tr("Expired")};
    for (int i = 0; i < m_state->count() && i < states.size(); ++i)
        m_state->setItemText(i, states.at(i));
    const QStringList syncs{tr("With Salla: all"), tr("Waiting"), tr("Refused by Salla"), tr("In Salla")};
    for (int i = 0; i < m_sync->count() && i < syncs.size(); ++i)
        m_sync->setItemText(i, syncs.at(i));
    const QStringList sorts{tr("Newest first"), tr("Most sales first"), tr("Most uses first"), tr("By code")};
    for (int i = 0; i < m_sort->count() && i < sorts.size(); ++i)
        m_sort->setItemText(i, sorts.at(i));
    m_edit->setText(tr("Edit"));
    m_disable->setText(tr("Stop"));
    m_delete->setText(tr("Delete"));
    m_export->setText(tr("Export codes"));
    m_emptyText->setText(tr("You have no coupons yet. Make your first one: Nomo Flow adds it to your Salla store, "
                            "and what it brings in shows here."));
    m_emptyAction->setText(tr("Make your first coupon"));
    m_noMatch->setText(tr("No coupon matches this search."));
    m_context.coupons.retranslate();
    refresh();
}

void CouponsPage::refresh()
{
    const bool none = m_context.coupons.isEmpty();
    m_empty->setVisible(none);
    m_listArea->setVisible(!none);
    m_noMatch->setVisible(!none && m_filtered->rowCount() == 0);
    updateActions();
}

qint64 CouponsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(CouponsModel::IdRole).toLongLong();
}

void CouponsPage::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QModelIndex row = rows.isEmpty() ? QModelIndex() : rows.first();
    const bool chosen = row.isValid() && row.data(CouponsModel::OnDaemonRole).toBool();
    const QString state = row.data(CouponsModel::StateKeyRole).toString();
    const bool live = chosen && state != u"deleting";
    m_edit->setEnabled(live);
    m_disable->setEnabled(live && (state == u"active" || state == u"expired"));
    m_delete->setEnabled(live);
    // A campaign's codes exist once Salla has made them.
    m_export->setVisible(row.isValid() && row.data(CouponsModel::IsGroupRole).toBool());
    m_export->setEnabled(live && row.data(CouponsModel::SyncKeyRole).toString() == u"synced");
    const QString waiting = chosen || !row.isValid() ? QString() : tr("This coupon is on its way to Nomo Flow. You can change it once it has arrived.");
    for (QPushButton *button : {m_edit, m_disable, m_delete})
        button->setToolTip(waiting);
}

} // namespace nomo
