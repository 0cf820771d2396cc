#include "app/bootstrap/Hardening.h"

#include <sys/resource.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace kotva {

void hardenProcess()
{
#ifdef __linux__
    // Not dumpable: no core file, and /proc/<pid>/mem is closed to other processes of the user.
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    struct rlimit noCore
    {
        0, 0
    };
    ::setrlimit(RLIMIT_CORE, &noCore);
}

} // namespace kotva
