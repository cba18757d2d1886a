#include "domain/Coupon.h"

using namespace Qt::StringLiterals;

namespace nomo {

QString Coupon::typeName(Type type)
{
    return type == Type::Percentage ? u"percentage"_s : u"fixed"_s;
}

QString Coupon::syncStateName(SyncState state)
{
    switch (state) {
    case SyncState::Pending: return u"pending"_s;
    case SyncState::Synced: return u"synced"_s;
    case SyncState::Failed: return u"failed"_s;
    }
    return u"pending"_s;
}

} // namespace nomo
