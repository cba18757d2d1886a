#include "domain/Coupon.h"

using namespace Qt::StringLiterals;

namespace nomo {

QString Coupon::syncStateName(SyncState state)
{
    switch (state) {
    case SyncState::Pending: return u"pending"_s;
    case SyncState::Synced: return u"synced"_s;
    case SyncState::Failed: return u"failed"_s;
    }
    return u"pending"_s;
}

std::optional<Coupon::SyncState> Coupon::syncStateFrom(const QString &name)
{
    for (SyncState state : {SyncState::Pending, SyncState::Synced, SyncState::Failed})
        if (syncStateName(state) == name)
            return state;
    return std::nullopt;
}

QString Coupon::statusName(Status status)
{
    switch (status) {
    case Status::Active: return u"active"_s;
    case Status::Inactive: return u"inactive"_s;
    case Status::Deleted: return u"deleted"_s;
    }
    return u"active"_s;
}

std::optional<Coupon::Status> Coupon::statusFrom(const QString &name)
{
    for (Status status : {Status::Active, Status::Inactive, Status::Deleted})
        if (statusName(status) == name)
            return status;
    return std::nullopt;
}

} // namespace nomo
