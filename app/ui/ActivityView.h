#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace nomo {

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
    QTableView *m_table = nullptr;
};

} // namespace nomo
