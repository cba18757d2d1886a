#include "ui/ActivityView.h"

#include "viewmodels/ActivityModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

ActivityView::ActivityView(ActivityModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"activityView"_s);
    auto *layout = new QVBoxLayout(this);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(u"countsLabel"_s);
    m_countsLabel->setWordWrap(true);
    layout->addWidget(m_countsLabel);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setWordWrap(true);
    layout->addWidget(m_emptyLabel);
    m_table = new QTableView(this);
    m_table->setModel(&m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The description takes the room and carries a failure's reason on a second line;
    // time, source and status are as wide as their words.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActivityModel::EventColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &ActivityView::refresh);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &ActivityView::refresh);
    refresh();
}

void ActivityView::refresh()
{
    m_countsLabel->setText(m_model.countsText());
    m_emptyLabel->setText(tr("Nothing has arrived from Salla yet."));
    m_emptyLabel->setVisible(m_model.rowCount() == 0);
    m_table->resizeRowsToContents();
}

} // namespace nomo
