# One INTERFACE target carries the language standard, warnings, hardening and the
# strict Qt defines. Every project target links it; nothing is set globally.
add_library(kotva_options INTERFACE)
target_compile_features(kotva_options INTERFACE cxx_std_23)
target_compile_definitions(kotva_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060000)
target_compile_options(kotva_options INTERFACE
    -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wnon-virtual-dtor
    -fstack-protector-strong
    $<$<BOOL:${KOTVA_WERROR}>:-Werror>)
target_link_options(kotva_options INTERFACE -Wl,-z,relro -Wl,-z,now)
if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
    target_compile_definitions(kotva_options INTERFACE _FORTIFY_SOURCE=2)
endif()

if(KOTVA_SANITIZE)
    target_compile_options(kotva_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(kotva_options INTERFACE -fsanitize=address,undefined)
endif()

if(KOTVA_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang" OR CMAKE_CXX_COMPILER_VERSION VERSION_LESS 16)
        message(FATAL_ERROR "KOTVA_FUZZ needs clang 16 or later (libFuzzer); see the fuzz preset")
    endif()
    # Everything is instrumented for coverage and checked by the sanitizers; only the fuzz
    # programs link libFuzzer's main (tests/fuzz).
    target_compile_options(kotva_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(kotva_options INTERFACE -fsanitize=address,undefined)
    # libstdc++ 12 offers std::expected only when __cpp_concepts says C++20 concepts are
    # complete (P0848R3, conditionally trivial special members). Clang 16 implements P0848R3
    # but still announces 201907; announcing what it does lets it compile Kotva.
    target_compile_options(kotva_options INTERFACE -U__cpp_concepts -D__cpp_concepts=202002L
        -Wno-builtin-macro-redefined)
endif()
