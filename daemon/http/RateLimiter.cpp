#include "http/RateLimiter.h"

#include <QElapsedTimer>

#include <cmath>

namespace nomo {

namespace {
qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return clock.elapsed();
}
} // namespace

RateLimiter::RateLimiter(Rule rule, std::function<qint64()> nowMs)
    : m_rule(rule)
    , m_now(nowMs ? std::move(nowMs) : std::function<qint64()>(monotonicMs))
{
}

double RateLimiter::tokensAt(const Bucket &bucket, qint64 nowMs) const
{
    const double refill = static_cast<double>(nowMs - bucket.atMs) * m_rule.burst / static_cast<double>(m_rule.windowMs);
    return std::min<double>(m_rule.burst, bucket.tokens + refill);
}

bool RateLimiter::take(const QString &key)
{
    const qint64 now = m_now();
    auto found = m_buckets.find(key);
    if (found == m_buckets.end()) {
        if (m_buckets.size() >= kMaxKeys)
            sweep(now);
        found = m_buckets.insert(key, Bucket{static_cast<double>(m_rule.burst), now});
    }
    const double tokens = tokensAt(*found, now);
    if (tokens < 1.0)
        return false;
    *found = Bucket{tokens - 1.0, now};
    return true;
}

bool RateLimiter::has(const QString &key) const
{
    const auto found = m_buckets.constFind(key);
    return found == m_buckets.cend() || tokensAt(*found, m_now()) >= 1.0;
}

int RateLimiter::retryAfterSeconds(const QString &key) const
{
    const auto found = m_buckets.constFind(key);
    if (found == m_buckets.cend())
        return 1;
    const double missing = 1.0 - tokensAt(*found, m_now());
    if (missing <= 0)
        return 1;
    const double ms = missing * static_cast<double>(m_rule.windowMs) / m_rule.burst;
    return std::max(1, static_cast<int>(std::ceil(ms / 1000.0)));
}

void RateLimiter::sweep(qint64 nowMs)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (tokensAt(*it, nowMs) >= m_rule.burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
    // Still full of busy keys (a spread-out flood): forget the lot rather than
    // grow without bound; the flood gets a fresh allowance, memory stays bounded.
    if (m_buckets.size() >= kMaxKeys)
        m_buckets.clear();
}

} // namespace nomo
