#pragma once

#include "domain/AbandonedCart.h"
#include "domain/Change.h"
#include "domain/Coupon.h"
#include "domain/Customer.h"
#include "domain/EmailSubscriber.h"
#include "domain/FeatureState.h"
#include "domain/Order.h"
#include "domain/SalesDay.h"
#include "domain/VisitorDay.h"
#include "messages/MessageTemplate.h"

#include <QVariant>

#include <variant>

namespace nomo {

// A delete from the feed: which cache row goes.
struct CacheRemoval
{
    QString table;
    QString keyColumn;
    QVariant key;
};

// One change of the feed read by its entity's codec, ready to be written. Nothing:
// a change with nothing to write here (an entity or feature this console does not
// know yet, or a payload that does not read, which is logged).
using DecodedChange = std::variant<std::monostate, FeatureState, Order, Customer, Coupon, AbandonedCart, MessageTemplate, EmailSubscriber,
                                   VisitorDay, SalesDay, CacheRemoval>;

// Reads the change's payload whole before anything is written, so a payload that
// does not decode is skipped as a whole, never applied half-way.
DecodedChange decodeChange(const Change &change);

} // namespace nomo
