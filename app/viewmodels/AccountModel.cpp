#include "viewmodels/AccountModel.h"

#include "cache/DeviceStore.h"

namespace nomo {

AccountModel::AccountModel(const CacheDatabase &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
    reload();
}

void AccountModel::setSignedIn(bool signedIn)
{
    if (m_signedIn == signedIn)
        return;
    m_signedIn = signedIn;
    Q_EMIT changed();
}

void AccountModel::reload()
{
    m_devices = DeviceStore(m_cache).all();
    Q_EMIT changed();
}

} // namespace nomo
