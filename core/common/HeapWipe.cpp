#include "core/common/HeapWipe.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace kotva::heap {

bool allocatorWipes()
{
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    return tunables && std::strstr(tunables, "glibc.malloc.tcache_count=0") &&
           std::strstr(tunables, "glibc.malloc.perturb=");
}

void restartWithWipingAllocator(char** argv)
{
#if defined(__GLIBC__)
    if (allocatorWipes())
        return;
    std::string tunables = WipingTunables;
    if (const char* others = std::getenv("GLIBC_TUNABLES"); others && *others)
        tunables = std::string(others) + ':' + tunables;
    if (::setenv("GLIBC_TUNABLES", tunables.c_str(), 1) == 0)
        ::execv("/proc/self/exe", argv);
    // Still here: the program goes on with the default allocator.
    std::fprintf(stderr, "kotva: could not restart with an allocator that wipes freed memory\n");
#else
    (void)argv;
#endif
}

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    ::malloc_trim(0);
#endif
}

} // namespace kotva::heap
