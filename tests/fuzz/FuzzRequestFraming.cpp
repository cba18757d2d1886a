// The HTTP guard's framing (daemon/http/RequestFraming.h) on any bytes. Beyond not
// crashing: a complete head ends in CRLF CRLF within the limit; the bytes after it
// never change the verdict on it; and no prefix of it is already complete or refused
// (the guard reads heads as they arrive, a packet at a time).
#include "FuzzCheck.h"
#include "http/RequestFraming.h"

#include <cstdint>

using nomo::http::FramingLimits;
using nomo::http::HeadScan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FramingLimits limits{2048, 4096};
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const HeadScan scan = nomo::http::scanHead(bytes, limits);
    if (scan.state == HeadScan::State::Refused) {
        FUZZ_CHECK(scan.refusal.status >= 400 && scan.refusal.status < 600);
        FUZZ_CHECK(!scan.refusal.code.isEmpty());
        return 0;
    }
    if (scan.state == HeadScan::State::NeedMore) {
        FUZZ_CHECK(bytes.size() <= limits.maxHeadBytes);
        return 0;
    }
    FUZZ_CHECK(scan.headBytes >= 4 && scan.headBytes <= bytes.size() && scan.headBytes <= limits.maxHeadBytes);
    FUZZ_CHECK(bytes.mid(scan.headBytes - 4, 4) == "\r\n\r\n");
    FUZZ_CHECK(scan.head.bodyLength >= 0 && scan.head.bodyLength <= limits.maxBodyBytes);
    FUZZ_CHECK(!scan.head.method.isEmpty() && !scan.head.target.isEmpty());

    const HeadScan alone = nomo::http::scanHead(bytes.left(scan.headBytes), limits);
    FUZZ_CHECK(alone.state == HeadScan::State::Complete && alone.headBytes == scan.headBytes);
    FUZZ_CHECK(alone.head.bodyLength == scan.head.bodyLength);
    for (qsizetype cut = 0; cut < scan.headBytes; ++cut) {
        const HeadScan partial = nomo::http::scanHead(bytes.left(cut), limits);
        FUZZ_CHECK(partial.state == HeadScan::State::NeedMore);
    }
    return 0;
}
