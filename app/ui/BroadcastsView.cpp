#include "ui/BroadcastsView.h"

#include "ui/pages/Page.h"
#include "ui/ListTable.h"
#include "viewmodels/BroadcastsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

BroadcastsView::BroadcastsView(BroadcastsModel &model, PageActions &actions, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"broadcastsView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_new = new QPushButton(this);
    m_new->setObjectName(u"newBroadcastButton"_s);
    m_new->setProperty("primary", true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"cancelBroadcastButton"_s);
    top->addWidget(m_intro, 1);
    top->addWidget(m_cancel);
    top->addWidget(m_new);
    layout->addLayout(top);
    m_empty = new QLabel(this);
    m_empty->setProperty("role", u"muted"_s);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_table = new QTableView(this);
    m_table->setObjectName(u"broadcastsTable"_s);
    m_table->setModel(&m_model);
    ui::setUpListTable(*m_table, BroadcastsModel::ResultColumn);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);

    connect(m_new, &QPushButton::clicked, &actions, &PageActions::newBroadcastRequested);
    connect(m_cancel, &QPushButton::clicked, this, [this, &actions] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            Q_EMIT actions.cancelBroadcastRequested(rows.front().data(BroadcastsModel::IdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BroadcastsView::refresh);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &BroadcastsView::refresh);
    retranslate();
}

void BroadcastsView::retranslate()
{
    m_intro->setText(tr("One message to a group of your shoppers at a moment you choose: a season such as the first day of "
                        "Ramadan after iftar, or any day and hour. Each shopper gets it once, by the first channel that reaches them."));
    m_new->setText(tr("New broadcast"));
    m_cancel->setText(tr("Cancel the selected broadcast"));
    m_empty->setText(tr("No broadcasts yet."));
    refresh();
}

void BroadcastsView::refresh()
{
    m_empty->setVisible(m_model.rowCount() == 0);
    m_table->setVisible(m_model.rowCount() > 0);
    const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    m_cancel->setEnabled(!rows.isEmpty() && rows.front().data(BroadcastsModel::CancellableRole).toBool());
    m_table->resizeRowsToContents();
}

} // namespace nomo
