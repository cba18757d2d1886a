#pragma once

#include <cstdio>
#include <cstdlib>

// A property the fuzzed code must keep: on failure, say which and abort, so libFuzzer
// saves the input as a crash (then it becomes a corpus file and a unit test).
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz check failed at %s:%d: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
