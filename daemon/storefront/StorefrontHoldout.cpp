#include "storefront/StorefrontHoldout.h"

#include "reports/Holdout.h"
#include "reports/HoldoutUnits.h"
#include "storefront/StorefrontStores.h"

namespace nomo {

StorefrontHoldout StorefrontHoldout::of(const PublicStore &store, const QString &clientKey, const QByteArray &userAgent)
{
    StorefrontHoldout masks;
    const QByteArray shopper = holdout::visitorShopper(clientKey, userAgent);
    for (const QString &tool : holdout::storefrontTools()) {
        if (!store.on(tool))
            continue;
        // Every visit of a tool that is on counts, held or not: a share of zero holds
        // nobody and the tool's visitors are all treated.
        masks.on |= holdout::storefrontBit(tool);
        if (holdout::heldBack(store.id, tool, shopper, HoldoutUnits::percentOf(store.tools.value(tool))))
            masks.held |= holdout::storefrontBit(tool);
    }
    return masks;
}

bool StorefrontHoldout::holds(const QString &tool) const
{
    return (held & holdout::storefrontBit(tool)) != 0;
}

} // namespace nomo
