#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace nomo {

class MessageLogModel;
class MessageLogFilter;

// The Messages page's log: a line of totals, a search and a filter by channel and by
// how it went, and the table (MessageLogModel), newest first.
class MessageLogView : public QWidget
{
    Q_OBJECT

public:
    explicit MessageLogView(MessageLogModel &model, QWidget *parent = nullptr);
    void retranslate();

private:
    void refresh();

    MessageLogModel &m_model;
    MessageLogFilter *m_filtered = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_outcome = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace nomo
