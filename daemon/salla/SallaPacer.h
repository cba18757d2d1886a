#pragma once

#include "core/Clock.h"

#include <QByteArray>
#include <QHash>
#include <QMap>

namespace nomo {

// Keeps each store's calls to Salla under its plan's limit instead of finding the
// limit by 429s (REFERENCE.md §3.3: a leaky bucket per store, X-RateLimit-Limit a
// minute, X-RateLimit-Remaining left; "pace bulk jobs from X-RateLimit-Remaining").
// Every answer tells the bucket's level; between answers it refills at limit/60 a
// second, and calls sent but not answered yet count as spent. A call waits until the
// bucket holds one beyond those, so pushes of many coupons run at the limit, not past it.
class SallaPacer
{
public:
    static constexpr double kReserve = 1.0;

    explicit SallaPacer(const Clock &clock = Clock::system());

    // How long a call for `merchantId` should wait before it goes, in ms (0: now).
    // When it goes, call sent(); when its answer comes, answered().
    qint64 delayMs(qint64 merchantId) const;
    void sent(qint64 merchantId);
    void answered(qint64 merchantId, int status, const QMap<QByteArray, QByteArray> &headers);

private:
    struct Bucket
    {
        double limitPerMinute = 0; // 0: not known yet (no answer seen)
        double level = 0;          // as of `atMs`
        qint64 atMs = 0;
        int inFlight = 0;
    };
    double levelNow(const Bucket &bucket, qint64 nowMs) const;

    const Clock &m_clock;
    QHash<qint64, Bucket> m_buckets;
};

} // namespace nomo
