#pragma once

#include "money/Money.h"
#include "templates/TemplateValue.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace nomo::templates {

// What one message is about, in types: built by the daemon from its tables before a
// send and by the console from an example (or a real cart) for the preview. Both
// turn it into the same Value with toValue(), so the preview is the send.
struct MessageContext
{
    struct Shopper
    {
        QString firstName;
        QString name;
        Gender gender = Gender::Unknown;
        QString email;
        QString phone;
    };
    struct Store
    {
        QString name;
        QString url;
    };
    struct CartLine
    {
        QString name; // empty when Salla sent only the product's id
        qint64 quantity = 1;
        std::optional<Money> price;
    };
    struct Cart
    {
        QList<CartLine> items;
        Money total;
        QString url; // Salla's checkout link for this cart
    };
    struct Order
    {
        QString number;
        QString status; // in the store's words, as Salla names it
        Money total;
        QDateTime date;
        QString url;
    };
    struct Coupon
    {
        QString code;
        bool percentage = false;
        qint64 amount = 0; // percent, or halalas for a fixed amount
        QDateTime expires;
    };
    struct Links
    {
        QString store;
        QString unsubscribe;
        QString openPixel; // email only: the layout's 1×1 image (not a name templates can use)
        QString confirm;   // a double opt-in's confirmation page (the email's button)
    };

    Shopper shopper;
    Store store;
    std::optional<Cart> cart;
    std::optional<Order> order;
    std::optional<Coupon> coupon;
    Links links;

    // The schema's shape (TemplateSchema::message()); `language` words the coupon's
    // discount («٢٥٪», "SAR 25.00").
    Value toValue(const QString &language) const;

    // A plausible context for previews and the gallery: an Arabic or English
    // shopper with a three-line cart, a coupon and an order.
    static MessageContext example(const QString &language);
};

} // namespace nomo::templates
