// Salla's payload readers (common/salla/SallaPayloads.h) on any JSON: an order,
// customer, cart, user-info or token answer is read or refused with its field named,
// and what is read holds together (positive ids, money in whole halalas).
#include "FuzzCheck.h"
#include "json/JsonReader.h"
#include "salla/SallaPayloads.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto object = nomo::parseJsonObject(bytes, nomo::JsonLimits{64 * 1024, 32});
    if (!object)
        return 0;
    const QJsonObject payload = object->value(QStringLiteral("data")).isObject() ? object->value(QStringLiteral("data")).toObject() : *object;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1764000000, Qt::UTC);

    if (auto order = nomo::salla::readOrder(payload)) {
        FUZZ_CHECK(order->sallaId > 0);
        FUZZ_CHECK(!order->status.isEmpty());
        FUZZ_CHECK(order->orderedAt.isValid());
    } else {
        FUZZ_CHECK(!order.error().detail.isEmpty());
    }
    if (auto customer = nomo::salla::readCustomer(payload))
        FUZZ_CHECK(customer->sallaId > 0);
    if (auto customer = nomo::salla::readCartCustomer(payload))
        FUZZ_CHECK(customer->sallaId > 0);
    if (auto cart = nomo::salla::readAbandonedCart(payload)) {
        FUZZ_CHECK(cart->sallaId > 0);
        FUZZ_CHECK(cart->abandonedAt.isValid());
    }
    (void)nomo::salla::readUserInfo(*object);
    if (auto tokens = nomo::salla::readTokenResponse(*object, now))
        FUZZ_CHECK(!tokens->accessToken.isEmpty());
    if (auto tokens = nomo::salla::readAuthorize(payload, now))
        FUZZ_CHECK(!tokens->accessToken.isEmpty());
    return 0;
}
