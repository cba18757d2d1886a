// Money and date parsers (common/money, common/core/Time.h) on any text: what they
// accept goes back to the same value through the wire form.
#include "FuzzCheck.h"
#include "core/Time.h"
#include "money/Money.h"

#include <QJsonValue>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    if (auto money = nomo::Money::parseDecimal(text)) {
        auto again = nomo::Money::parseDecimal(money->toDecimalString());
        FUZZ_CHECK(again && *again == *money);
    }
    if (auto rounded = nomo::Money::parseDecimal(text, nomo::Money::SubHalala::RoundHalfAwayFromZero)) {
        auto again = nomo::Money::parseDecimal(rounded->toDecimalString());
        FUZZ_CHECK(again && *again == *rounded);
    }
    (void)nomo::Money::fromSalla(QJsonValue(text));

    if (auto when = nomo::time::parseSallaDate(text)) {
        FUZZ_CHECK(when->isValid());
        auto again = nomo::time::fromWire(nomo::time::toWire(*when));
        FUZZ_CHECK(again && *again == *when);
    }
    if (auto when = nomo::time::fromWire(text)) {
        FUZZ_CHECK(when->isValid());
        FUZZ_CHECK(nomo::time::fromStorage(nomo::time::toStorage(*when)) == *when);
    }
    return 0;
}
