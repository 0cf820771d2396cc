#include "tests/support/MemoryScan.h"

#include <QFile>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace kotva::test {

int occurrencesInOwnMemory(const QByteArray& needle)
{
    if (needle.isEmpty())
        return 0;
    FILE* maps = std::fopen("/proc/self/maps", "r");
    const int mem = ::open("/proc/self/mem", O_RDONLY | O_CLOEXEC);
    if (!maps || mem < 0)
        return -1;
    const auto ownStart = reinterpret_cast<std::uintptr_t>(needle.constData());
    const std::uintptr_t ownEnd = ownStart + std::uintptr_t(needle.size());
    int found = 0;
    char line[512];
    while (std::fgets(line, sizeof line, maps)) {
        unsigned long start = 0, end = 0;
        char perms[5] = {};
        if (std::sscanf(line, "%lx-%lx %4s", &start, &end, perms) != 3 || perms[0] != 'r')
            continue;
        // The kernel's own pages and device mappings hold no heap.
        if (std::strstr(line, "[vvar]") || std::strstr(line, "[vsyscall]") ||
            std::strstr(line, "/dev/"))
            continue;
        // Read into a mapping of its own, outside the heap and every region listed so far,
        // and skip matches inside it: it holds a copy of what it reads.
        const std::size_t size = end - start;
        void* copy =
            ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (copy == MAP_FAILED)
            continue;
        const auto copyStart = reinterpret_cast<std::uintptr_t>(copy);
        const ssize_t got = ::pread(mem, copy, size, off_t(start));
        const char* first = static_cast<const char*>(copy);
        const char* last = first + std::max<ssize_t>(got, 0);
        for (const char* it = std::search(first, last, needle.begin(), needle.end()); it != last;
             it = std::search(it + 1, last, needle.begin(), needle.end())) {
            const std::uintptr_t at = start + std::uintptr_t(it - first);
            const bool inNeedle = at >= ownStart && at < ownEnd;
            const bool inCopy = at >= copyStart && at < copyStart + size;
            if (!inNeedle && !inCopy)
                ++found;
        }
        ::munmap(copy, size);
    }
    std::fclose(maps);
    ::close(mem);
    return found;
}

} // namespace kotva::test
