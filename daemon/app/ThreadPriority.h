#pragma once

namespace nomo {

// Makes the calling thread `niceness` steps nicer (Linux: per thread, like `renice`
// on its id), so it yields the cores to the HTTP thread and the webhook intake while a
// burst comes in and catches up after. QThread's priorities cannot do this: under the
// normal scheduler Linux gives them no range and Qt drops them. False (and nothing
// changed) where the system refuses.
bool makeThisThreadNicer(int niceness);

// Puts the calling thread in Linux's SCHED_IDLE class: it runs only on cores that the
// other threads leave idle (a weight of 3 against a normal thread's 1024), and any of
// theirs that wakes takes the core at once, which niceness alone does not do (five or
// nineteen steps nicer, the worker still took a third of the intake's rate during a
// burst). False where the system refuses.
bool makeThisThreadIdle();

} // namespace nomo
