#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace nomo {

// What to enqueue. A job with a unique key exists at most once (see 0007_jobs.sql).
struct JobSpec
{
    QString kind;
    std::optional<qint64> merchantId;
    QString uniqueKey;      // empty: any number of such jobs
    QJsonObject payload;
    QDateTime runAt;        // invalid: now
    int maxAttempts = 8;
    qint64 periodMs = 0;    // > 0: periodic, due again one period after each run
};

// A row of the queue as a worker sees it.
struct Job
{
    qint64 id = 0;
    QString kind;
    std::optional<qint64> merchantId;
    QString uniqueKey;
    QJsonObject payload;
    QString status;         // pending | running | done | failed
    int attempts = 0;       // claims so far, this one included
    int maxAttempts = 0;
    qint64 periodMs = 0;
    QDateTime runAt;
    QString lastError;
    QDateTime updatedAt;

    bool periodic() const { return periodMs > 0; }
};

} // namespace nomo
