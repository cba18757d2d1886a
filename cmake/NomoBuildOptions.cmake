# One INTERFACE target carries the language standard, warnings and Qt defines for
# every target of ours (the shape of qBittorrent's CommonConfig.cmake).
add_library(nomo_build_options INTERFACE)
target_compile_features(nomo_build_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(nomo_build_options INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-qual
    $<$<BOOL:${NOMO_WERROR}>:-Werror>)
target_compile_definitions(nomo_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_MESSAGELOGCONTEXT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# NOMO_SANITIZE=1 scripts/test: every target with ASan and UBSan, any report fatal.
# NOMO_SANITIZE=thread scripts/test: ThreadSanitizer (the daemon's and common's suites).
if(NOMO_SANITIZE STREQUAL "thread")
    target_compile_options(nomo_build_options INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
    target_link_options(nomo_build_options INTERFACE -fsanitize=thread)
elseif(NOMO_SANITIZE)
    target_compile_options(nomo_build_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(nomo_build_options INTERFACE -fsanitize=address,undefined)
endif()
# The fuzz tree: our code carries coverage for libFuzzer and the same sanitizers.
if(NOMO_FUZZ)
    target_compile_options(nomo_build_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(nomo_build_options INTERFACE -fsanitize=address,undefined)
endif()
