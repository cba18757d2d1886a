#pragma once

#include "core/Error.h"

#include <tl/expected.hpp>

namespace nomo {

// A value or an Error, never both (tl::expected from Debian's libexpected-dev;
// std::expected once we move to C++23).
template<typename T>
using Result = tl::expected<T, Error>;

// A Result for operations that produce nothing but can fail.
using Status = tl::expected<void, Error>;

inline tl::unexpected<Error> fail(ErrorCode code, QString messageKey, QString detail = {})
{
    return tl::unexpected<Error>(Error{code, std::move(messageKey), std::move(detail)});
}

inline tl::unexpected<Error> fail(Error error)
{
    return tl::unexpected<Error>(std::move(error));
}

} // namespace nomo
