#pragma once

#include "ui/pages/Page.h"

#include <QHash>

class QButtonGroup;
class QFrame;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace nomo {

// The Storefront page: each storefront tool as a store's shopper will see it, in the
// shopper's language and direction (Arabic right to left, or English), drawn from the
// tool's own settings and the store's own words (StorefrontPreviewModel), with where
// and when it shows, whether it is on, and a way to its settings. It follows every
// settings change, offline too.
class StorefrontPage : public Page
{
    Q_OBJECT

public:
    StorefrontPage(PageContext &context, QWidget *parent);
    static void registerPage();
    void retranslate() override;

private:
    struct Preview
    {
        QString key;
        QLabel *title = nullptr;
        QLabel *state = nullptr;
        QPushButton *settings = nullptr;
        QFrame *stage = nullptr; // the shopper's page, drawn again on every refresh
        QLabel *caption = nullptr;
    };
    void refresh();
    void refreshList();
    void eraseSelected();
    void drawStage(Preview &preview);
    QWidget *counterBox(QWidget *parent, bool arabic) const;
    QWidget *collectorBox(QWidget *parent, bool arabic) const;
    QWidget *toastBox(QWidget *parent, bool arabic) const;
    QWidget *pushBox(QWidget *parent, bool arabic) const;
    QString captionFor(const QString &key) const;
    bool shopperArabic() const;

    PageContext &m_context;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QButtonGroup *m_language = nullptr;
    QList<Preview> m_previews;
    QLabel *m_listTitle = nullptr;
    QLabel *m_listNote = nullptr;
    QTableWidget *m_list = nullptr;
    QPushButton *m_erase = nullptr;
};

} // namespace nomo
