#pragma once

#include <QByteArray>
#include <QString>

namespace nomo {

struct PublicStore;

// Which of a store's storefront tools hold this visitor back (reports/Holdout.h), as
// bits: `on` the holding tools switched on, `held` those of them the visitor is in the
// control group of (none at a share of zero). The loader leaves a held tool's module
// out, and the visit records both masks, so the Reports page can compare the groups.
// Both come from the request's client key and user agent, which an order's source
// details carry too: the group is the same on every page and at the checkout.
struct StorefrontHoldout
{
    int on = 0;
    int held = 0;

    static StorefrontHoldout of(const PublicStore &store, const QString &clientKey, const QByteArray &userAgent);
    bool holds(const QString &tool) const;
};

} // namespace nomo
