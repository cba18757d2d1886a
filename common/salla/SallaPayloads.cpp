#include "salla/SallaPayloads.h"

#include "salla/EnvelopeScan.h"

#include "core/Time.h"
#include "json/JsonReader.h"
#include "security/Digest.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nomo::salla {

namespace {
// Refresh tokens live a month (REFERENCE.md §2.4); Salla does not say when one expires.
constexpr qint64 kRefreshLifetimeDays = 30;
} // namespace

Result<WebhookEnvelope> readEnvelope(const QJsonObject &body)
{
    const JsonField root(body);
    auto event = root[u"event"].toNonEmptyString();
    if (!event)
        return fail(event.error());
    auto merchant = root[u"merchant"].toId();
    if (!merchant)
        return fail(merchant.error());
    auto data = root[u"data"].toObject();
    if (!data)
        return fail(data.error());
    WebhookEnvelope envelope{*event, *merchant, {}, *data};
    if (auto created = time::parseSallaDate(root[u"created_at"].value()))
        envelope.createdAt = *created;
    return envelope;
}

QString deliveryKey(const WebhookEnvelope &envelope, const QByteArray &rawBody)
{
    const QJsonObject &data = envelope.data;
    QJsonValue id = data.value(u"id"_s);
    if (id.isUndefined())
        id = data.value(u"cart"_s).toObject().value(u"id"_s);
    if (id.isUndefined())
        id = data.value(u"order"_s).toObject().value(u"id"_s);
    ScannedEnvelope scanned;
    scanned.event = envelope.event;
    scanned.merchantId = envelope.merchantId;
    scanned.ownId = id.isDouble() ? QString::number(id.toInteger()) : id.isString() ? id.toString() : u"-"_s;
    return deliveryKey(scanned, rawBody);
}

Result<Customer> readCustomer(const QJsonObject &object)
{
    const JsonField customer(object);
    auto id = customer[u"id"].toId();
    if (!id)
        return fail(id.error());
    Customer c;
    c.sallaId = *id;
    c.firstName = customer[u"first_name"].stringOr({});
    c.lastName = customer[u"last_name"].stringOr({});
    c.email = customer[u"email"].stringOr({});
    // mobile is often a JSON number without its country code (REFERENCE.md §1).
    const QJsonValue mobile = customer[u"mobile"].value();
    const QString digits = mobile.isDouble() ? QString::number(mobile.toInteger()) : mobile.toString();
    const QString code = customer[u"mobile_code"].stringOr({});
    c.mobile = digits.isEmpty() || digits.startsWith(u'+') ? digits : code + digits;
    c.city = customer[u"city"].stringOr({});
    c.country = customer[u"country_code"].stringOr(customer[u"country"].stringOr({}));
    return c;
}

Result<Customer> readCartCustomer(const QJsonObject &object)
{
    const JsonField customer(object);
    auto id = customer[u"id"].toId();
    if (!id)
        return fail(id.error());
    Customer c;
    c.sallaId = *id;
    const QString name = customer[u"name"].stringOr({}).trimmed();
    c.firstName = name.section(u' ', 0, 0);
    c.lastName = name.section(u' ', 1);
    c.email = customer[u"email"].stringOr({});
    c.mobile = customer[u"mobile"].stringOr({});
    c.city = customer[u"city"].stringOr({});
    c.country = customer[u"country"].stringOr({});
    return c;
}

Result<Order> readOrder(const QJsonObject &object)
{
    const JsonField order(object);
    auto id = order[u"id"].toId();
    if (!id)
        return fail(id.error());
    Order o;
    o.sallaId = *id;
    const QJsonValue reference = order[u"reference_id"].value();
    o.referenceId = reference.isDouble() ? QString::number(reference.toInteger()) : reference.toString();
    o.status = order[u"status"][u"slug"].stringOr({});
    if (o.status.isEmpty())
        return fail(order[u"status"][u"slug"].error(u"is required"_s));
    // The full model carries amounts.total; the light one in order.status.updated "total".
    const JsonField total = order[u"amounts"][u"total"].isMissing() ? order[u"total"] : order[u"amounts"][u"total"];
    auto money = Money::fromSalla(total.value());
    if (!money)
        return fail(total.error(money.error().detail));
    o.total = *money;
    o.light = order[u"amounts"].isMissing();
    if (auto tax = Money::fromSalla(order[u"amounts"][u"tax"][u"amount"].value()); tax)
        o.tax = *tax;
    for (const QJsonValue &discount : order[u"amounts"][u"discounts"].value().toArray()) {
        const auto amount = Money::fromSalla(discount.toObject().value(u"discount"_s));
        if (amount)
            o.discount += *amount;
        const QString code = discount.toObject().value(u"code"_s).toString();
        if (o.couponCode.isEmpty() && !code.isEmpty())
            o.couponCode = code;
    }
    auto date = time::parseSallaDate(order[u"date"].value());
    if (!date)
        return fail(order[u"date"].error(date.error().detail));
    o.orderedAt = *date;
    o.paymentMethod = order[u"payment_method"].stringOr({});
    o.city = order[u"shipping"][u"address"][u"city"].stringOr(order[u"customer"][u"city"].stringOr({}));
    for (const QJsonValue &item : order[u"items"].value().toArray())
        o.itemCount += static_cast<int>(item.toObject().value(u"quantity"_s).toInteger(1));
    const JsonField first = order[u"items"].at(0);
    o.productName = first[u"product"][u"name"].stringOr(first[u"name"].stringOr({})).left(200);
    o.productImage = first[u"product"][u"thumbnail"].stringOr({}).left(500);
    o.productUrl = first[u"product"][u"url"].stringOr({}).left(500);
    o.shopperAddress = order[u"source_details"][u"ip"].stringOr({}).left(64);
    o.shopperAgent = order[u"source_details"][u"user-agent"].stringOr({}).left(1000);
    return o;
}

Result<AbandonedCart> readAbandonedCart(const QJsonObject &object)
{
    const JsonField cart(object);
    auto id = cart[u"id"].toId();
    if (!id)
        return fail(id.error());
    AbandonedCart c;
    c.sallaId = *id;
    // Older payloads carry plain numbers (REFERENCE.md §4.5): fromSalla takes both.
    auto total = Money::fromSalla(cart[u"total"].value());
    if (!total)
        return fail(cart[u"total"].error(total.error().detail));
    c.total = *total;
    c.checkoutUrl = cart[u"checkout_url"].stringOr({});
    // Only what the reminder needs of each line; Salla's other keys vary between shapes.
    for (const QJsonValue &item : cart[u"items"].value().toArray()) {
        const QJsonObject line = item.toObject();
        const qint64 quantity = line.value(u"quantity"_s).toInteger(1);
        c.items.append(QJsonObject{{u"product_id"_s, line.value(u"product_id"_s).toInteger()},
                                   {u"quantity"_s, quantity > 0 ? quantity : 1}});
    }
    const JsonField when = cart[u"updated_at"].isMissing() ? cart[u"created_at"] : cart[u"updated_at"];
    auto date = time::parseSallaDate(when.value());
    if (!date)
        return fail(when.error(date.error().detail));
    c.abandonedAt = *date;
    if (cart[u"status"].stringOr({}) == u"purchased")
        c.status = u"purchased"_s;
    return c;
}

Result<Merchant> readUserInfo(const QJsonObject &body)
{
    const JsonField root(body);
    const JsonField merchant = root[u"data"][u"merchant"].isMissing() ? root[u"merchant"] : root[u"data"][u"merchant"];
    auto id = merchant[u"id"].toId();
    if (!id)
        return fail(id.error());
    Merchant m;
    m.id = *id;
    m.name = merchant[u"name"].stringOr({});
    m.username = merchant[u"username"].stringOr({});
    m.domain = merchant[u"domain"].stringOr({});
    m.plan = merchant[u"plan"].stringOr({});
    m.avatarUrl = merchant[u"avatar"].stringOr({});
    // The person who installed; the store has no e-mail of its own in user/info.
    m.email = root[u"data"][u"email"].stringOr({});
    return m;
}

Result<SallaTokens> readTokenResponse(const QJsonObject &body, const QDateTime &now)
{
    return readAuthorize(body, now);
}

Result<SallaTokens> readAuthorize(const QJsonObject &object, const QDateTime &now)
{
    const JsonField data(object);
    SallaTokens tokens;
    auto access = data[u"access_token"].toNonEmptyString();
    if (!access)
        return fail(access.error());
    tokens.accessToken = *access;
    tokens.refreshToken = data[u"refresh_token"].stringOr({});
    tokens.scope = data[u"scope"].stringOr({});
    // `expires` is absolute here; a token endpoint's `expires_in` is a duration. A
    // value below 1e9 cannot be a date of this century: treat it as a duration.
    const JsonField expiresField = data[u"expires"].isMissing() ? data[u"expires_in"] : data[u"expires"];
    auto expires = expiresField.toInteger();
    if (!expires)
        return fail(expires.error());
    tokens.accessExpiresAt = *expires < 1000000000 ? now.addSecs(*expires) : QDateTime::fromSecsSinceEpoch(*expires, Qt::UTC);
    if (!tokens.refreshToken.isEmpty())
        tokens.refreshExpiresAt = now.addDays(kRefreshLifetimeDays);
    return tokens;
}

} // namespace nomo::salla
