// The feature-settings validator (common/features/FeatureSchema.h) on any JSON: for
// every feature, what it accepts it accepts again unchanged, and a refusal names
// the field.
#include "FuzzCheck.h"
#include "features/FeatureSchema.h"
#include "json/JsonReader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto settings = nomo::parseJsonObject(bytes, nomo::JsonLimits{16 * 1024, 16});
    if (!settings)
        return 0;
    for (const nomo::FeatureSchema &schema : nomo::featureSchemas()) {
        auto valid = schema.validate(*settings);
        if (!valid) {
            FUZZ_CHECK(!valid.error().detail.isEmpty());
            continue;
        }
        auto again = schema.validate(*valid);
        FUZZ_CHECK(again && *again == *valid);
        FUZZ_CHECK(schema.withDefaults(*valid) == schema.withDefaults(*again));
    }
    return 0;
}
