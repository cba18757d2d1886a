#pragma once

#include "core/Result.h"
#include "domain/AbandonedCart.h"
#include "domain/Customer.h"
#include "domain/Merchant.h"
#include "domain/Order.h"
#include "domain/SallaTokens.h"

#include <QDateTime>
#include <QJsonObject>

// Readers of Salla's webhook and API shapes (REFERENCE.md, tests/data/salla) into our
// domain types. Every reader names the field at fault when a shape is wrong.
namespace nomo::salla {

struct WebhookEnvelope
{
    QString event;
    qint64 merchantId = 0;
    QDateTime createdAt; // invalid when Salla's date could not be read
    QJsonObject data;
};

Result<WebhookEnvelope> readEnvelope(const QJsonObject &body);

// Salla sends no event id: the key that recognises a redelivery is built from the
// event, the store, the payload's own id and a hash of the exact bytes.
QString deliveryKey(const WebhookEnvelope &envelope, const QByteArray &rawBody);

// The customer model (customer.created, order.customer, API /customers).
Result<Customer> readCustomer(const QJsonObject &customer);
// The short customer of carts: {id, name, mobile "+966…", email?, city}.
Result<Customer> readCartCustomer(const QJsonObject &customer);
// The order model; `customerId` is left for the caller to link.
Result<Order> readOrder(const QJsonObject &order);
Result<AbandonedCart> readAbandonedCart(const QJsonObject &cart);
// user/info: the store is data.merchant (or a top-level merchant, REFERENCE.md §2.5).
Result<Merchant> readUserInfo(const QJsonObject &body);
// The token endpoint's answer: expires_in is a duration (or `expires`, absolute).
Result<SallaTokens> readTokenResponse(const QJsonObject &body, const QDateTime &now);
// app.store.authorize data: {access_token, expires (absolute Unix time), refresh_token, scope}.
Result<SallaTokens> readAuthorize(const QJsonObject &data, const QDateTime &now);

} // namespace nomo::salla
