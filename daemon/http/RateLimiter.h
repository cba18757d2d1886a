#pragma once

#include <QHash>
#include <QString>

#include <functional>

namespace nomo {

// Token buckets by key ("signin:127.0.0.1", "email:store:42"): `burst` tokens,
// refilled evenly over `windowMs`. In memory and per process: the limits guard
// against floods and guessing, which one process sees whole; several daemons on one
// database each allow their own share.
class RateLimiter
{
public:
    struct Rule
    {
        int burst = 10;
        qint64 windowMs = 60 * 1000;
    };

    // `nowMs` is a monotonic clock in milliseconds (tests move it by hand).
    explicit RateLimiter(Rule rule, std::function<qint64()> nowMs = {});

    // Takes one token for `key`; false (and nothing taken) when it has none left.
    bool take(const QString &key);
    // Whether `key` has a token now, taking none (to refuse early those who ran out).
    bool has(const QString &key) const;
    // How long until `key` has a token again, in whole seconds (at least 1): for
    // a Retry-After header.
    int retryAfterSeconds(const QString &key) const;

    // Keys held at most; past it, full buckets are forgotten (they say nothing).
    static constexpr int kMaxKeys = 100000;

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 atMs = 0;
    };
    double tokensAt(const Bucket &bucket, qint64 nowMs) const;
    void sweep(qint64 nowMs);

    Rule m_rule;
    std::function<qint64()> m_now;
    QHash<QString, Bucket> m_buckets;
};

} // namespace nomo
