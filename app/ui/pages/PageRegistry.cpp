#include "ui/pages/PageRegistry.h"

#include "ui/pages/AccountPage.h"
#include "ui/pages/ActivityPage.h"
#include "ui/pages/CouponsPage.h"
#include "ui/pages/MessagesPage.h"
#include "ui/pages/OverviewPage.h"
#include "ui/pages/ToolsPage.h"
#include "ui/pages/StorefrontPage.h"
#include "ui/pages/VisitorsPage.h"
#include "ui/pages/ReportsPage.h"

#include <QCoreApplication>

#include <algorithm>

namespace nomo {

QList<PageEntry> &PageRegistry::table()
{
    static QList<PageEntry> entries;
    return entries;
}

void PageRegistry::add(PageEntry entry)
{
    for (const PageEntry &existing : table())
        if (existing.id == entry.id)
            return;
    table().append(std::move(entry));
}

QList<PageEntry> PageRegistry::entries()
{
    QList<PageEntry> sorted = table();
    std::stable_sort(sorted.begin(), sorted.end(), [](const PageEntry &a, const PageEntry &b) { return a.order < b.order; });
    return sorted;
}

QString PageRegistry::title(const PageEntry &entry)
{
    return QCoreApplication::translate("Pages", entry.title);
}

void registerBuiltInPages()
{
    OverviewPage::registerPage();
    ToolsPage::registerPage();
    CouponsPage::registerPage();
    MessagesPage::registerPage();
    StorefrontPage::registerPage();
    VisitorsPage::registerPage();
    ReportsPage::registerPage();
    ActivityPage::registerPage();
    AccountPage::registerPage();
}

} // namespace nomo
