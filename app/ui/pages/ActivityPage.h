#pragma once

#include "ui/pages/Page.h"

class QLabel;

namespace nomo {

class ActivityView;

// What reached the store from Salla lately, and what became of it.
class ActivityPage : public Page
{
    Q_OBJECT

public:
    ActivityPage(PageContext &context, QWidget *parent);
    static void registerPage();
    void retranslate() override;

private:
    PageContext &m_context;
    QLabel *m_title = nullptr;
    ActivityView *m_view = nullptr;
};

} // namespace nomo
