#pragma once

namespace kotva::heap {

/// The settings of the C library's allocator (glibc tunables) under which every freed block
/// is overwritten: no per-thread cache of freed blocks (glibc's tcache keeps them as they
/// were) and a fill byte for freed and fresh memory.
inline constexpr const char* WipingTunables =
    "glibc.malloc.tcache_count=0:glibc.malloc.perturb=165";

/// True when this process runs under WipingTunables (they are read at start only).
[[nodiscard]] bool allocatorWipes();

/// Runs the program again under WipingTunables when it does not already (execv of
/// /proc/self/exe with the same arguments); returns only when it already does or the
/// re-execution failed, which is logged and lived with. Call first thing in main(): the
/// text of a pane destroyed at lock then does not stay readable in freed memory.
void restartWithWipingAllocator(char** argv);

/// Gives the freed heap pages back to the operating system (glibc's malloc_trim), after a
/// lock has destroyed the panes.
void releaseFreedMemory();

} // namespace kotva::heap
