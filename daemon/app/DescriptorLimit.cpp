#include "app/DescriptorLimit.h"

#include <sys/resource.h>

#include <algorithm>
#include <limits>

namespace nomo {

namespace {
// Database connections, the listening sockets, outbound HTTP and SMTP, files; and the
// refused connections kept a moment to read why (HttpGuard::kMaxLingering).
constexpr int kReservedDescriptors = 64 + 32;
} // namespace

int raiseDescriptorLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return static_cast<int>(std::min<rlim_t>(limit.rlim_cur, std::numeric_limits<int>::max()));
}

int connectionsWithin(int descriptorLimit, int wanted)
{
    return std::max(1, std::min(wanted, descriptorLimit - kReservedDescriptors));
}

} // namespace nomo
