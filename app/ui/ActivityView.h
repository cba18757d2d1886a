#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

class QTableView;

namespace nomo {

class ActivityFilter;

class ActivityModel;

// What came in from Salla and what became of it: counts on top, events below.
class ActivityView : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityView(ActivityModel &model, QWidget *parent = nullptr);
    void refresh();

private:
    ActivityModel &m_model;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    ActivityFilter *m_filtered = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace nomo
