#pragma once

#include "domain/SalesDay.h"

#include <optional>

namespace nomo {

// A period's figures: its days added up, sources by (source, automation), coupons by
// id, messages by (automation, channel), each list in a stable order (the most revenue
// first, then the key). The result's `day` is the first day's. The daemon's reports API
// and the console's Reports page add up the same way, so they show the same figures.
SalesDay addUp(const QList<SalesDay> &days);

// Revenue per riyal spent on SMS: revenue ÷ (parts × the price of a part), or nothing
// when nothing was spent.
std::optional<double> revenuePerRiyal(qint64 revenueHalalas, qint64 smsParts, qint64 priceHalalas);

} // namespace nomo
