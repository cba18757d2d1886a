// The bounded JSON reader (common/json/JsonReader.h): any bytes, and what it accepts
// is within its limits.
#include "FuzzCheck.h"
#include "json/JsonReader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdint>

namespace {
int depthOf(const QJsonValue &value)
{
    int deepest = 0;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            deepest = std::max(deepest, depthOf(it.value()));
        return deepest + 1;
    }
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            deepest = std::max(deepest, depthOf(item));
        return deepest + 1;
    }
    return 0;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const nomo::JsonLimits limits{8192, 8};
    auto document = nomo::parseJson(bytes, limits);
    if (!document) {
        FUZZ_CHECK(!document.error().detail.isEmpty());
        return 0;
    }
    FUZZ_CHECK(bytes.size() <= limits.maxBytes);
    const QJsonValue root = document->isObject() ? QJsonValue(document->object()) : QJsonValue(document->array());
    FUZZ_CHECK(depthOf(root) <= limits.maxDepth);
    return 0;
}
