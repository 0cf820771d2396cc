// A member's unlock of a team vault: Argon2id with the parameters PassphraseKdf::calibrate
// picks on this PC for 500 ms, then XChaCha20-Poly1305 opens the slot. Baseline: opening a
// passphrase vault as Kotva does today (SQLCipher's PBKDF2). Prints the parameters and the
// ratio slot unlock / passphrase open at the end.

#include "core/keys/VaultKey.h"
#include "core/keys/slots/KeySlots.h"
#include "core/storage/Vault.h"
#include "core/vaultsession/VaultSchema.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>

using namespace kotva;

namespace {

SecureBuffer text(const char* value)
{
    return SecureBuffer::copyOf(value, qsizetype(std::strlen(value)));
}

std::map<std::string, double>& seconds()
{
    static std::map<std::string, double> all;
    return all;
}

Argon2Parameters& calibrated()
{
    static Argon2Parameters parameters = PassphraseKdf::calibrate(std::chrono::milliseconds(500));
    return parameters;
}

void BM_UnlockMemberSlot(benchmark::State& state)
{
    QTemporaryDir dir;
    KeySlots slots(dir.filePath(QStringLiteral("tym.kotva")), calibrated());
    SecureBuffer key(32);
    const auto lead = slots.create(key, QStringLiteral("JN"), text("vedouci heslo 1"));
    if (!lead) {
        state.SkipWithError("create failed");
        return;
    }
    for (auto _ : state) {
        auto unlocked = slots.unlock(lead->memberId, text("vedouci heslo 1"));
        benchmark::DoNotOptimize(unlocked);
    }
}

void BM_OpenPassphraseVault(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.kotva"));
    auto key = VaultKey::fromPassphrase(text("vedouci heslo 1"));
    if (!key || !Vault::create(path, *key)) {
        state.SkipWithError("create failed");
        return;
    }
    for (auto _ : state) {
        auto vault = Vault::open(path, *key);
        benchmark::DoNotOptimize(vault);
    }
}

} // namespace

BENCHMARK(BM_UnlockMemberSlot)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
BENCHMARK(BM_OpenPassphraseVault)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();

namespace {

/// Keeps each benchmark's real time per iteration for the ratio printed at the end.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run>& runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run& run : runs)
            seconds()[run.benchmark_name()] = run.GetAdjustedRealTime();
    }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    registerVaultSchema();
    benchmark::Initialize(&argc, argv);
    const Argon2Parameters p = calibrated();
    std::printf("Argon2id calibrated for 500 ms: opslimit %llu, memlimit %llu MiB\n",
                static_cast<unsigned long long>(p.opsLimit),
                static_cast<unsigned long long>(p.memLimitBytes >> 20));
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    const double slot = seconds()["BM_UnlockMemberSlot/iterations:5/real_time"];
    const double open = seconds()["BM_OpenPassphraseVault/iterations:5/real_time"];
    if (slot > 0 && open > 0)
        std::printf("member slot unlock / passphrase vault open: x%.2f\n", slot / open);
    benchmark::Shutdown();
    return 0;
}
