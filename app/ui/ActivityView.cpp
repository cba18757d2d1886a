#include "ui/ActivityView.h"

#include "ui/ListTable.h"
#include "viewmodels/ActivityModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

// The rows the merchant asked for: of one outcome (failed, waiting …) if one is
// chosen, and with the search's words somewhere in them.
class ActivityFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setStatus(const QString &status)
    {
        m_status = status;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!m_status.isEmpty() && sourceModel()->index(row, 0, parent).data(ActivityModel::StatusKeyRole).toString() != m_status)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QString m_status;
};

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
    // A search and a filter by what became of each event, above the table (DESIGN.md).
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"activitySearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"activityFilter"_s);
    for (const QString &status : {QString(), u"failed"_s, u"pending"_s, u"processed"_s, u"ignored"_s})
        m_kind->addItem(QString(), status);
    filters->addWidget(m_search);
    filters->addWidget(m_kind);
    filters->addStretch();
    layout->addLayout(filters);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setWordWrap(true);
    layout->addWidget(m_emptyLabel);
    m_filtered = new ActivityFilter(this);
    m_filtered->setSourceModel(&m_model);
    m_filtered->setFilterKeyColumn(-1); // the search looks in every column's words
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setModel(m_filtered);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filtered->setFilterFixedString(text);
        refresh();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_filtered->setStatus(m_kind->currentData().toString());
        refresh();
    });
    // The description takes the room and carries a failure's reason on a second line.
    ui::setUpListTable(*m_table, ActivityModel::EventColumn);
    layout->addWidget(m_table, 1);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &ActivityView::refresh);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &ActivityView::refresh);
    refresh();
}

void ActivityView::refresh()
{
    m_countsLabel->setText(m_model.countsText());
    m_emptyLabel->setText(m_model.rowCount() == 0 ? tr("Nothing has arrived from Salla yet.")
                                                  : tr("Nothing matches this search."));
    m_emptyLabel->setVisible(m_filtered->rowCount() == 0);
    m_search->setPlaceholderText(tr("Search: a customer, an order number…"));
    const QStringList kinds{tr("Everything"), tr("Failed"), tr("Waiting"), tr("Done"), tr("Nothing to do")};
    for (int i = 0; i < m_kind->count() && i < kinds.size(); ++i)
        m_kind->setItemText(i, kinds.at(i));
    m_table->resizeRowsToContents();
}

} // namespace nomo
