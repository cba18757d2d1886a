#include "viewmodels/CartPreview.h"

#include <algorithm>

namespace nomo {

CartPreview previewCart(const CouponDraft &coupon, Money subtotal, Money shipping)
{
    CartPreview cart;
    cart.subtotal = subtotal;
    cart.shipping = shipping;
    const qint64 cents = std::max<qint64>(subtotal.halalas(), 0);
    cart.belowMinimum = coupon.minimumPurchase && cents < coupon.minimumPurchase->halalas();
    if (!cart.belowMinimum) {
        qint64 off = 0;
        if (coupon.type == CouponDraft::Type::Percentage) {
            // Hundredths of a percent of halalas, rounded half away from zero to a halala.
            off = (cents * std::clamp<qint64>(coupon.amount, 0, 10000) + 5000) / 10000;
            if (coupon.maximumDiscount && coupon.maximumDiscount->halalas() > 0 && off > coupon.maximumDiscount->halalas()) {
                off = coupon.maximumDiscount->halalas();
                cart.capped = true;
            }
        } else {
            off = std::clamp<qint64>(coupon.amount, 0, cents);
        }
        cart.discount = Money::fromHalalas(off);
        if (coupon.freeShipping)
            cart.shipping = Money();
    }
    cart.total = cart.subtotal - cart.discount + cart.shipping;
    return cart;
}

} // namespace nomo
