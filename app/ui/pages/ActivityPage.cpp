#include "ui/pages/ActivityPage.h"

#include "ui/ActivityView.h"
#include "ui/pages/PageRegistry.h"
#include "viewmodels/ActivityModel.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

void ActivityPage::registerPage()
{
    PageRegistry::add({u"activity"_s, 70, QT_TRANSLATE_NOOP("Pages", "Activity"), u"activity"_s,
                       [](PageContext &context, QWidget *parent) -> Page * { return new ActivityPage(context, parent); }});
}

ActivityPage::ActivityPage(PageContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
{
    setObjectName(u"activityPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    m_title = new QLabel(this);
    m_title->setObjectName(u"pageTitle"_s);
    layout->addWidget(m_title);
    m_view = new ActivityView(m_context.activity, this);
    layout->addWidget(m_view, 1);
    retranslate();
}

void ActivityPage::retranslate()
{
    m_title->setText(tr("Activity"));
    m_context.activity.retranslate();
}

} // namespace nomo
