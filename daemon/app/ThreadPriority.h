#pragma once

namespace nomo {

// Makes the calling thread `niceness` steps nicer (Linux: per thread, like `renice`
// on its id), so it yields the cores to the HTTP thread and the webhook intake while a
// burst comes in and catches up after. QThread's priorities cannot do this: under the
// normal scheduler Linux gives them no range and Qt drops them. False (and nothing
// changed) where the system refuses.
bool makeThisThreadNicer(int niceness);

} // namespace nomo
