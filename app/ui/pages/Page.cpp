#include "ui/pages/Page.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

QVBoxLayout *Page::scrollingBody(QLabel **title, int spacing)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    body->setObjectName(u"pageArea"_s);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(spacing);
    *title = new QLabel(body);
    (*title)->setObjectName(u"pageTitle"_s);
    layout->addWidget(*title);
    scroll->setWidget(body);
    outer->addWidget(scroll);
    return layout;
}

} // namespace nomo
