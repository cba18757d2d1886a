// The webhook's way in (common/security/WebhookSignature.h, common/salla): the
// signature check over raw bytes, then the envelope. A body verifies only with its
// own signature, never with a header that merely resembles one. The intake's fast
// read of the envelope (salla/EnvelopeScan.h) answers only what Qt's full read answers.
#include "FuzzCheck.h"
#include "json/JsonReader.h"
#include "salla/EnvelopeScan.h"
#include "salla/SallaPayloads.h"
#include "security/WebhookSignature.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QByteArray secret = "fuzz-secret";
    const nomo::WebhookSignature signature(nomo::WebhookSignature::Strategy::Signature, secret);
    // The first line is taken as a signature header, the rest as the body.
    const qsizetype newline = bytes.indexOf('\n');
    const QByteArray header = newline < 0 ? QByteArray() : bytes.left(newline);
    const QByteArray body = newline < 0 ? bytes : bytes.mid(newline + 1);
    const bool verified = bool(signature.verify({{"X-Salla-Signature", header}}, body));
    // Header values lose their surrounding whitespace (RFC 9110 §5.5) and hex is
    // read in either case; nothing else about a header may make it verify.
    FUZZ_CHECK(verified == (header.trimmed().toLower() == nomo::WebhookSignature::sign(secret, body)));
    FUZZ_CHECK(signature.verify({{"X-Salla-Signature", nomo::WebhookSignature::sign(secret, body)}}, body));

    const nomo::JsonLimits limits{64 * 1024, 32};
    const auto scanned = nomo::salla::scanEnvelope(body, limits);
    auto object = nomo::parseJsonObject(body, limits);
    FUZZ_CHECK(!scanned || object); // what the scan reads, Qt reads
    if (!object)
        return 0;
    auto envelope = nomo::salla::readEnvelope(*object);
    FUZZ_CHECK(!scanned || envelope);
    if (!envelope)
        return 0;
    if (scanned)
        FUZZ_CHECK(scanned->event == envelope->event && scanned->merchantId == envelope->merchantId
                   && nomo::salla::deliveryKey(*scanned, body) == nomo::salla::deliveryKey(*envelope, body));
    FUZZ_CHECK(envelope->merchantId > 0);
    FUZZ_CHECK(!envelope->event.isEmpty());
    const QString key = nomo::salla::deliveryKey(*envelope, body);
    FUZZ_CHECK(!key.isEmpty() && key == nomo::salla::deliveryKey(*envelope, body));
    return 0;
}
