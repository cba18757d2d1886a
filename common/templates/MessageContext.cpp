#include "templates/MessageContext.h"

#include "templates/TemplateLocale.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace nomo::templates {

namespace {
Value textOrAbsent(const QString &text)
{
    return text.isEmpty() ? Value() : Value::text(text);
}
} // namespace

Value MessageContext::toValue(const QString &language) const
{
    QMap<QString, Value> root;
    root.insert(u"shopper"_s, Value::object({
                                  {u"first_name"_s, textOrAbsent(shopper.firstName)},
                                  {u"name"_s, textOrAbsent(shopper.name)},
                                  {u"gender"_s, Value::gender(shopper.gender)},
                                  {u"email"_s, textOrAbsent(shopper.email)},
                                  {u"phone"_s, textOrAbsent(shopper.phone)},
                              }));
    root.insert(u"store"_s, Value::object({{u"name"_s, Value::text(store.name)}, {u"url"_s, Value::text(store.url)}}));
    if (cart) {
        QList<Value> items;
        qint64 count = 0;
        for (const CartLine &line : cart->items) {
            items.append(Value::object({
                {u"name"_s, textOrAbsent(line.name)},
                {u"quantity"_s, Value::number(line.quantity)},
                {u"price"_s, line.price ? Value::money(*line.price) : Value()},
            }));
            count += line.quantity;
        }
        root.insert(u"cart"_s, Value::object({
                                   {u"items"_s, Value::list(items)},
                                   {u"count"_s, Value::number(count)},
                                   {u"total"_s, Value::money(cart->total)},
                                   {u"url"_s, Value::text(cart->url)},
                               }));
    }
    if (order)
        root.insert(u"order"_s, Value::object({
                                    {u"number"_s, Value::text(order->number)},
                                    {u"status"_s, Value::text(order->status)},
                                    {u"total"_s, Value::money(order->total)},
                                    {u"date"_s, Value::date(order->date)},
                                    {u"url"_s, textOrAbsent(order->url)},
                                }));
    if (coupon) {
        const QLocale locale = localeOf(language);
        const QString discount = coupon->percentage
                                     ? locale.toString(coupon->amount) + locale.percent().left(1) // without the letter mark ar_SA appends
                                     : Money::fromHalalas(coupon->amount).format(locale);
        root.insert(u"coupon"_s, Value::object({
                                     {u"code"_s, Value::text(coupon->code)},
                                     {u"discount"_s, Value::text(discount)},
                                     {u"expires"_s, Value::date(coupon->expires)},
                                 }));
    }
    root.insert(u"links"_s, Value::object({{u"store"_s, Value::text(links.store)},
                                           {u"unsubscribe"_s, Value::text(links.unsubscribe)}}));
    return Value::object(root);
}

MessageContext MessageContext::example(const QString &language)
{
    const bool arabic = language.startsWith(u"ar"_s);
    MessageContext context;
    context.shopper = arabic ? Shopper{u"سارة"_s, u"سارة الغامدي"_s, Gender::Female, u"sara@example.com"_s, u"966560987654"_s}
                             : Shopper{u"Sarah"_s, u"Sarah Hughes"_s, Gender::Female, u"sarah@example.com"_s, u"966560987654"_s};
    context.store = {arabic ? u"عطور نورة"_s : u"Noura Perfumes"_s, u"https://salla.sa/noura-perfumes"_s};
    context.cart = Cart{{
                            {arabic ? u"عطر العود الملكي"_s : u"Royal Oud"_s, 1, Money::fromHalalas(29900)},
                            {arabic ? u"بخور المساء"_s : u"Evening Bakhoor"_s, 2, Money::fromHalalas(7500)},
                            {arabic ? u"زيت الورد الطائفي"_s : u"Taif Rose Oil"_s, 1, Money::fromHalalas(6825)},
                        },
                        Money::fromHalalas(47725),
                        u"https://salla.sa/noura-perfumes/checkout/1713390284"_s};
    const QDateTime placed(QDate(2026, 12, 1), QTime(21, 13), QTimeZone::utc());
    context.order = Order{u"218403"_s, arabic ? u"تم التنفيذ"_s : u"Completed"_s, Money::fromHalalas(47725), placed,
                          u"https://salla.sa/noura-perfumes/orders/218403"_s};
    context.coupon = Coupon{u"BACK10"_s, true, 10, placed.addDays(2)};
    context.links = {u"https://salla.sa/noura-perfumes"_s, u"https://nomo.example/u/example"_s, QString(), u"https://nomo.example/c/example"_s};
    return context;
}

} // namespace nomo::templates
