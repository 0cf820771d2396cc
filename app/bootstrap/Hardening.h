#pragma once

namespace kotva {

/// Process hardening that must happen before any secret is in memory: no core dumps
/// (a dump would hold the vault key), no ptrace attach by same-user processes.
void hardenProcess();

} // namespace kotva
