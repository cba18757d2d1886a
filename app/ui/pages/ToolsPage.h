#pragma once

#include "ui/pages/Page.h"

#include <QMap>

class QLabel;

namespace nomo {

class FeatureCard;

// The six tools as cards: what each does, its figure, its state, a switch and its
// set-up.
class ToolsPage : public Page
{
    Q_OBJECT

public:
    ToolsPage(PageContext &context, QWidget *parent);
    static void registerPage();
    void retranslate() override;

private:
    void refreshCards();

    PageContext &m_context;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QMap<QString, FeatureCard *> m_cardWidgets;
};

} // namespace nomo
