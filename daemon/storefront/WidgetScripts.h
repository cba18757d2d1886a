#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace nomo {

struct PublicStore;
struct StorefrontHoldout;

// The storefront's scripts (daemon/storefront/widgets/, built into the daemon):
//   GET /s/{store}/widget.js  the store's loader: its tools that are on with their
//                             settings, and the addresses of the modules they need;
//   GET /s/w/{name}.{hash}.js one module, named by its content's hash;
//   GET /s/push-page.js, /s/push-sw.js the push opt-in page's script, the service worker.
// The loader is cached for a minute, privately (a visitor's control groups shape it),
// with an ETag of its own bytes, so a setting the
// merchant changes reaches shoppers within a minute (and costs a 304 otherwise); a
// module's address changes with its content, so it is cached for a year.
class WidgetScripts
{
public:
    WidgetScripts();

    // For one visitor: a tool that holds them back is left out, module and settings.
    QByteArray loaderFor(const PublicStore &store, const StorefrontHoldout &holdout) const;
    // A module by the name the loader gives it ("counter.1a2b3c4d5e.js"); nothing for
    // any other name, an older hash included.
    std::optional<QByteArray> module(const QString &file) const;
    // The module files in the order the loader loads them, for the size test.
    QStringList moduleFiles() const;
    // The push opt-in page's script and the service worker (served at fixed addresses
    // on the daemon's own origin: a service worker's address cannot change).
    const QByteArray &pushPage() const { return m_pushPage; }
    const QByteArray &serviceWorker() const { return m_serviceWorker; }
    static QByteArray loaderTemplate();
    static QByteArray etagOf(const QByteArray &body);

private:
    struct Module
    {
        QString file; // counter.<hash>.js
        QByteArray body;
    };
    QByteArray m_loader;
    QByteArray m_pushPage;
    QByteArray m_serviceWorker;
    Module m_ui, m_visits, m_counter, m_collector, m_toast, m_push;
    QHash<QString, QByteArray> m_byFile;
};

} // namespace nomo
