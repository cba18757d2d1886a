#pragma once

#include "coupons/CouponDraft.h"
#include "money/Money.h"

namespace nomo {

// What a shopper's cart looks like with the coupon, for the editor's preview: the
// coupon takes nothing off a cart below its minimum purchase, a percentage stops at
// its maximum discount, a fixed amount never passes the subtotal, and free shipping
// drops the shipping fee.
struct CartPreview
{
    Money subtotal;
    Money discount;
    Money shipping;
    Money total;
    bool belowMinimum = false; // the coupon does not apply to this cart
    bool capped = false;       // the percentage stopped at the maximum discount
};

// A flat fee as an example; the store's real shipping varies by company and city.
inline constexpr Money kExampleShipping = Money::fromHalalas(2500);
inline constexpr Money kExampleSubtotal = Money::fromHalalas(30000);

CartPreview previewCart(const CouponDraft &coupon, Money subtotal, Money shipping = kExampleShipping);

} // namespace nomo
