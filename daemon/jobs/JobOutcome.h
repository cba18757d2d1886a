#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>
#include <optional>

namespace nomo {

// How one run of a job ended, as its handler reports it.
struct JobOutcome
{
    enum class Kind
    {
        Done,
        Retry,  // try again after the backoff (or `delayMs`, e.g. a Retry-After)
        GiveUp, // another try cannot mend it
        Later,  // not a try: nothing was attempted (quiet hours, a provider's pace); due again after `delayMs`
    };
    Kind kind = Kind::Done;
    QString error;
    std::optional<qint64> delayMs;

    static JobOutcome done() { return {}; }
    static JobOutcome retry(QString error, std::optional<qint64> delayMs = {})
    {
        return {Kind::Retry, std::move(error), delayMs};
    }
    static JobOutcome giveUp(QString error) { return {Kind::GiveUp, std::move(error), {}}; }
    // The attempt the claim counted is given back: waiting is not failing.
    static JobOutcome later(QString why, qint64 delayMs) { return {Kind::Later, std::move(why), delayMs}; }
    // Done, or retried with the error: what most handlers mean.
    static JobOutcome of(const Status &status)
    {
        return status ? done() : retry(status.error().toString());
    }
};

// Handed to a handler; call it once, from any thread.
using JobFinish = std::function<void(JobOutcome)>;

} // namespace nomo
