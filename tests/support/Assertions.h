#pragma once

#include "core/Result.h"

#include <gtest/gtest.h>

// ASSERT/EXPECT that a Result or Status holds a value, printing the Error if not.
#define NOMO_ASSERT_OK(expr)                                                                                           \
    do {                                                                                                               \
        const auto &nomoResult_ = (expr);                                                                              \
        ASSERT_TRUE(nomoResult_.has_value()) << #expr << " failed: " << nomoResult_.error().toString().toStdString();   \
    } while (false)
#define NOMO_EXPECT_OK(expr)                                                                                           \
    do {                                                                                                               \
        const auto &nomoResult_ = (expr);                                                                              \
        EXPECT_TRUE(nomoResult_.has_value()) << #expr << " failed: " << nomoResult_.error().toString().toStdString();   \
    } while (false)
