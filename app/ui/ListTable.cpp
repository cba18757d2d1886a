#include "ui/ListTable.h"

#include <QHeaderView>
#include <QTableView>

namespace nomo::ui {

void setUpListTable(QTableView &table, int stretchColumn)
{
    table.verticalHeader()->hide();
    table.setSelectionBehavior(QAbstractItemView::SelectRows);
    table.setEditTriggers(QAbstractItemView::NoEditTriggers);
    table.setWordWrap(true);
    table.setTextElideMode(Qt::ElideNone);
    QHeaderView *header = table.horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    table.verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace nomo::ui
