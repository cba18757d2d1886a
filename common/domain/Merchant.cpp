#include "domain/Merchant.h"

using namespace Qt::StringLiterals;

namespace nomo {

QString Merchant::statusName(Status status)
{
    switch (status) {
    case Status::Pending: return u"pending"_s;
    case Status::Active: return u"active"_s;
    case Status::NeedsReauth: return u"needs_reauth"_s;
    case Status::Uninstalled: return u"uninstalled"_s;
    }
    return u"pending"_s;
}

Merchant::Status Merchant::statusFromName(const QString &name)
{
    if (name == u"active")
        return Status::Active;
    if (name == u"needs_reauth")
        return Status::NeedsReauth;
    if (name == u"uninstalled")
        return Status::Uninstalled;
    return Status::Pending;
}

} // namespace nomo
