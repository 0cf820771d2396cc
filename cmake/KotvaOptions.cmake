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
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor
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
