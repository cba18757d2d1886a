#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace nomo {

class BroadcastsModel;
class PageActions;

// The Messages page's broadcasts: the list (BroadcastsModel), "New broadcast" and
// cancelling the one selected while it can still be stopped.
class BroadcastsView : public QWidget
{
    Q_OBJECT

public:
    BroadcastsView(BroadcastsModel &model, PageActions &actions, QWidget *parent = nullptr);
    void retranslate();

private:
    void refresh();

    BroadcastsModel &m_model;
    QLabel *m_intro = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_cancel = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace nomo
