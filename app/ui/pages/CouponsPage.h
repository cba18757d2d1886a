#pragma once

#include "ui/pages/Page.h"

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace nomo {

class CouponsFilter;

// The store's coupons: a search, filters by state and by standing with Salla, a sort,
// the table, and what the merchant can do with a coupon (edit, stop, delete, export a
// campaign's codes). A store without coupons gets an invitation to make its first.
class CouponsPage : public Page
{
    Q_OBJECT

public:
    CouponsPage(PageContext &context, QWidget *parent);
    static void registerPage();
    void retranslate() override;

private:
    void refresh();
    void updateActions();
    qint64 selectedId() const;

    PageContext &m_context;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QPushButton *m_newCoupon = nullptr;
    QPushButton *m_newCampaign = nullptr;
    QWidget *m_listArea = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_sync = nullptr;
    QComboBox *m_sort = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_noMatch = nullptr;
    CouponsFilter *m_filtered = nullptr;
    QTableView *m_table = nullptr;
    QFrame *m_empty = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyAction = nullptr;
};

} // namespace nomo
