#pragma once

#include "domain/ConsoleDevice.h"

#include <QList>
#include <QObject>

namespace nomo {

class CacheDatabase;

// The account page's facts: the consoles signed in to this store (from the cache, so
// the list shows offline too) and whether this one is signed in.
class AccountModel : public QObject
{
    Q_OBJECT

public:
    explicit AccountModel(const CacheDatabase &cache, QObject *parent = nullptr);

    const QList<ConsoleDevice> &devices() const { return m_devices; }
    bool signedIn() const { return m_signedIn; }
    void setSignedIn(bool signedIn);
    // The Nomo Flow daemon this console talks to.
    QString daemonUrl() const { return m_daemonUrl; }
    void setDaemonUrl(const QString &url) { m_daemonUrl = url; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void changed();

private:
    const CacheDatabase &m_cache;
    QList<ConsoleDevice> m_devices;
    bool m_signedIn = false;
    QString m_daemonUrl;
};

} // namespace nomo
