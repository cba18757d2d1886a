#include "ui/MessageLogView.h"

#include "ui/ListTable.h"
#include "viewmodels/MessageLogModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

// The rows of one channel and one kind of outcome when chosen, with the search's words.
class MessageLogFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void set(const QString &channel, const QString &outcome)
    {
        m_channel = channel;
        m_outcome = outcome;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        if (!m_channel.isEmpty() && first.data(MessageLogModel::ChannelKeyRole).toString() != m_channel)
            return false;
        if (!m_outcome.isEmpty()) {
            const QString status = first.data(MessageLogModel::StatusKeyRole).toString();
            const bool reached = status == u"sent" || status == u"delivered" || status == u"read";
            const bool waiting = status == u"scheduled" || status == u"sending";
            if ((m_outcome == u"reached" && !reached) || (m_outcome == u"waiting" && !waiting)
                || (m_outcome == u"not_sent" && (reached || waiting)))
                return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QString m_channel, m_outcome;
};

MessageLogView::MessageLogView(MessageLogModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"messageLogView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"messageLogSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"messageLogSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"messageLogChannel"_s);
    for (const QString &key : {QString(), u"email"_s, u"sms"_s, u"whatsapp"_s, u"push"_s})
        m_channel->addItem(QString(), key);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(u"messageLogOutcome"_s);
    for (const QString &key : {QString(), u"reached"_s, u"waiting"_s, u"not_sent"_s})
        m_outcome->addItem(QString(), key);
    filters->addWidget(m_search);
    filters->addWidget(m_channel);
    filters->addWidget(m_outcome);
    filters->addStretch();
    layout->addLayout(filters);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setProperty("role", u"muted"_s);
    layout->addWidget(m_empty);

    m_filtered = new MessageLogFilter(this);
    m_filtered->setSourceModel(&m_model);
    m_filtered->setFilterKeyColumn(-1);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setObjectName(u"messageLogTable"_s);
    m_table->setModel(m_filtered);
    ui::setUpListTable(*m_table, MessageLogModel::StatusColumn);
    layout->addWidget(m_table, 1);

    const auto filter = [this] {
        m_filtered->set(m_channel->currentData().toString(), m_outcome->currentData().toString());
        refresh();
    };
    connect(m_channel, &QComboBox::currentIndexChanged, this, filter);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, filter);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filtered->setFilterFixedString(text);
        refresh();
    });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &MessageLogView::refresh);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &MessageLogView::refresh);
    retranslate();
}

void MessageLogView::retranslate()
{
    m_search->setPlaceholderText(tr("Search: an address, a number, a reason…"));
    const QStringList channels{tr("Every channel"), MessageLogModel::channelText(u"email"_s), MessageLogModel::channelText(u"sms"_s),
                               MessageLogModel::channelText(u"whatsapp"_s), MessageLogModel::channelText(u"push"_s)};
    for (int i = 0; i < m_channel->count() && i < channels.size(); ++i)
        m_channel->setItemText(i, channels.at(i));
    const QStringList outcomes{tr("Every outcome"), tr("Reached the shopper"), tr("Waiting"), tr("Not sent")};
    for (int i = 0; i < m_outcome->count() && i < outcomes.size(); ++i)
        m_outcome->setItemText(i, outcomes.at(i));
    refresh();
}

void MessageLogView::refresh()
{
    m_summary->setText(m_model.summaryText());
    m_empty->setText(tr("Nothing matches this search."));
    m_empty->setVisible(m_model.rowCount() > 0 && m_filtered->rowCount() == 0);
    m_table->setVisible(m_model.rowCount() > 0);
    m_table->resizeRowsToContents();
}

} // namespace nomo
