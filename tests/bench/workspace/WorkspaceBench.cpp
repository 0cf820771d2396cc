// Opening a contact with 5,000 turns in the conversation pane, run offscreen:
//   baseline:  ContactRepository::turns() alone (decrypting and reading the rows)
//   model:     the same plus TurnModel populated
//   pane:      ConversationView::setContact() (load + model + header) and the turn list laid
//              out and painted once, i.e. what the worker sees
// At the end it prints the pane's time against the target (< 100 ms) and the baseline.

#include "core/analysis/Analyzer.h"
#include "core/keys/VaultKey.h"
#include "core/session/ContactRepository.h"
#include "core/session/SessionService.h"
#include "core/storage/Vault.h"
#include "core/vaultsession/VaultSchema.h"
#include "ui/workspace/ConversationView.h"
#include "ui/workspace/TurnModel.h"

#include <QApplication>
#include <QListView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <string>

using namespace kotva;

namespace {

constexpr int TurnCount = 5000;

std::map<std::string, double>& timings()
{
    static std::map<std::string, double> all;
    return all;
}

/// A vault with one contact of 5,000 turns, built once for every benchmark.
struct World
{
    QTemporaryDir dir;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<Analyzer> analyzer;
    std::unique_ptr<SessionService> service;
    Contact contact;

    World()
    {
        auto created = Analyzer::create();
        if (!created)
            qFatal("cannot load the lexicons");
        analyzer = std::make_unique<Analyzer>(std::move(*created));
        auto opened =
            Vault::create(dir.filePath(QStringLiteral("bench.vault")), VaultKey::generateRaw());
        if (!opened)
            qFatal("cannot create the vault");
        vault = std::move(*opened);
        service = std::make_unique<SessionService>(*vault, *analyzer);
        auto started = service->openContact(
            {Channel::Chat, QStringLiteral("Modrá"), ContractWish::JustBeHeard});
        if (!started)
            qFatal("cannot open a contact");
        contact = *started;
        // Straight through the repository: the bench measures opening, not analysing.
        const QDateTime start = contact.createdAtUtc;
        for (int i = 0; i < TurnCount; ++i) {
            Turn turn;
            turn.contactId = contact.id;
            turn.author = i % 2 ? Author::Worker : Author::Client;
            turn.createdAtUtc = start.addSecs(i);
            turn.text = i % 2 ? QStringLiteral("Rozumím, to muselo být těžké. Co ti v takové "
                                               "chvíli obvykle pomáhá?")
                              : QStringLiteral("Dneska to bylo zase horší, v práci na mě všichni "
                                               "křičeli a doma jsem nemohla spát. Zpráva %1.")
                                    .arg(i);
            if (i % 50 == 0)
                turn.redactedKinds = {PiiKind::Phone};
            if (i % 97 == 0)
                turn.risk = RiskLevel::Concern;
            if (!ContactRepository(*vault).insertTurn(turn))
                qFatal("cannot insert a turn");
        }
        auto reread = service->contact(contact.id);
        if (!reread)
            qFatal("cannot read the contact");
        contact = *reread;
    }
};

World& world()
{
    static World instance;
    return instance;
}

template <typename F> double timed(F&& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void BM_RepositoryTurns(benchmark::State& state)
{
    World& w = world();
    double total = 0;
    for (auto _ : state) {
        total += timed([&] {
            auto turns = w.service->turns(w.contact.id);
            if (!turns || turns->size() != TurnCount)
                qFatal("wrong number of turns");
            benchmark::DoNotOptimize(turns);
        });
    }
    timings()["baseline"] = total / state.iterations();
}

void BM_TurnModelPopulate(benchmark::State& state)
{
    World& w = world();
    double total = 0;
    for (auto _ : state) {
        TurnModel model;
        total += timed([&] {
            auto turns = w.service->turns(w.contact.id);
            model.setTurns(std::move(*turns));
        });
        benchmark::DoNotOptimize(model.rowCount());
    }
    timings()["model"] = total / state.iterations();
}

void BM_OpenContactInPane(benchmark::State& state)
{
    World& w = world();
    ConversationView view(*w.service);
    view.resize(900, 700);
    view.show();
    QApplication::processEvents();
    double total = 0;
    for (auto _ : state) {
        view.clearContact();
        QApplication::processEvents();
        total += timed([&] {
            view.setContact(w.contact);
            // Ready = laid out and painted once, as the worker would see it.
            QApplication::processEvents();
            view.turnView()->viewport()->repaint();
        });
        if (view.turnModel()->rowCount() != TurnCount)
            qFatal("the pane did not show every turn");
    }
    timings()["pane"] = total / state.iterations();
}

BENCHMARK(BM_RepositoryTurns)->Unit(benchmark::kMillisecond)->Iterations(10)->UseRealTime();
BENCHMARK(BM_TurnModelPopulate)->Unit(benchmark::kMillisecond)->Iterations(10)->UseRealTime();
BENCHMARK(BM_OpenContactInPane)->Unit(benchmark::kMillisecond)->Iterations(10)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    kotva::registerVaultSchema();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    world(); // build the vault before any timing
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    const auto& all = timings();
    if (all.contains("pane") && all.contains("baseline")) {
        const double pane = all.at("pane") * 1000;
        const double baseline = all.at("baseline") * 1000;
        const double model = all.contains("model") ? all.at("model") * 1000 : 0;
        std::printf("open contact with %d turns: pane %.1f ms (baseline: repository load %.1f ms, "
                    "repository + TurnModel %.1f ms); target < 100 ms %s\n",
                    TurnCount, pane, baseline, model, pane < 100 ? "OK" : "OVER");
    }
    return 0;
}
