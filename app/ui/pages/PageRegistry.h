#pragma once

#include "ui/pages/Page.h"

#include <QList>
#include <QString>

namespace nomo {

// The console's pages, in the manner of KeePassXC's stacked pages: each page class
// registers an entry (id, place in the navigation, title, icon, factory), and the
// window builds its navigation and stack from the entries alone.
struct PageEntry
{
    QString id;            // "overview", "tools", "activity" …
    int order = 0;         // navigation order: overview 10, tools 20, coupons 30, messages 40,
                           // storefront 50, reports 60, activity 70, settings 80
    const char *title = ""; // English source text, context "Pages"
    QString icon;          // resources/icons/<icon>.svg
    std::function<Page *(PageContext &, QWidget *)> create;
};

class PageRegistry
{
public:
    static void add(PageEntry entry);
    static QList<PageEntry> entries(); // by order
    static QString title(const PageEntry &entry); // translated

private:
    static QList<PageEntry> &table();
};

// The pages built into this console. A static library drops self-registering objects
// nobody references, so each page's registerPage() is called from here, once.
void registerBuiltInPages();

} // namespace nomo
