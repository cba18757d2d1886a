#include "app/ThreadPriority.h"

#include <cerrno>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace nomo {

bool makeThisThreadNicer(int niceness)
{
#ifdef SYS_gettid
    const auto thread = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int now = ::getpriority(PRIO_PROCESS, thread);
    if (now == -1 && errno != 0)
        return false;
    return ::setpriority(PRIO_PROCESS, thread, now + niceness) == 0;
#else
    (void)niceness;
    return false;
#endif
}

} // namespace nomo
