#include "salla/SallaPacer.h"

#include <algorithm>
#include <cmath>

namespace nomo {

SallaPacer::SallaPacer(const Clock &clock)
    : m_clock(clock)
{
}

double SallaPacer::levelNow(const Bucket &bucket, qint64 nowMs) const
{
    const double perMs = bucket.limitPerMinute / 60000.0;
    return std::min(bucket.limitPerMinute, bucket.level + std::max<qint64>(0, nowMs - bucket.atMs) * perMs);
}

qint64 SallaPacer::delayMs(qint64 merchantId) const
{
    const auto found = m_buckets.constFind(merchantId);
    if (found == m_buckets.constEnd() || found->limitPerMinute <= 0)
        return 0; // nothing known yet: the first answer tells
    const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    // One call beyond those in flight must fit (Salla's count is whole calls), and one
    // more is kept back: Salla's clock and ours tick apart by a little.
    const double needed = found->inFlight + 1.0 + kReserve - levelNow(*found, nowMs);
    if (needed <= 0)
        return 0;
    return static_cast<qint64>(std::ceil(needed / (found->limitPerMinute / 60000.0)));
}

void SallaPacer::sent(qint64 merchantId)
{
    ++m_buckets[merchantId].inFlight;
}

void SallaPacer::answered(qint64 merchantId, int status, const QMap<QByteArray, QByteArray> &headers)
{
    Bucket &bucket = m_buckets[merchantId];
    bucket.inFlight = std::max(0, bucket.inFlight - 1);
    bool limitOk = false, remainingOk = false;
    const double limit = headers.value("x-ratelimit-limit").toDouble(&limitOk);
    const double remaining = headers.value("x-ratelimit-remaining").toDouble(&remainingOk);
    if (!limitOk || !remainingOk || limit <= 0)
        return; // an answer without the headers (an error page) says nothing of the bucket
    const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    // Answers to calls sent together come back in any order: an older one tells of a
    // fuller bucket than a newer one did, so the lower of the two is believed (the
    // estimate refills at Salla's own rate, so it never stays below Salla's level).
    const double told = status == 429 ? 0 : std::clamp(remaining, 0.0, limit);
    bucket.level = bucket.limitPerMinute > 0 ? std::min(levelNow(bucket, nowMs), told) : told;
    bucket.limitPerMinute = limit;
    bucket.atMs = nowMs;
}

} // namespace nomo
