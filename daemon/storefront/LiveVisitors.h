#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QHash>
#include <QString>

#include <optional>

namespace nomo {

// How many people are on a store now — visitors seen in the last five minutes — and
// how many on one product. Counted from visitor_sessions, which every daemon on the
// database writes, so every daemon gives the same figure (within a flush, 250 ms).
// A count is kept for two seconds: a busy product page polled by every shopper costs
// one query per product and interval, not one per poll.
class LiveVisitors
{
public:
    LiveVisitors(QString connectionName, const Clock &clock, qint64 keepMs = 2000);

    struct Count
    {
        qint64 store = 0;
        std::optional<qint64> product; // when one was asked for
    };
    Result<Count> count(qint64 store, std::optional<qint64> product);

    static constexpr qint64 kWindowMs = 5 * 60 * 1000;

private:
    Result<qint64> query(qint64 store, std::optional<qint64> product) const;

    struct Kept
    {
        qint64 value = 0;
        qint64 atMs = 0;
    };
    QString m_connection;
    const Clock &m_clock;
    qint64 m_keepMs;
    QHash<QString, Kept> m_kept;
};

} // namespace nomo
