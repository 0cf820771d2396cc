// How long the figures pane waits for a year of a busy line.
//   figures:  FiguresService::lastMonths(12) over 20,000 contacts, 200,000 turns (5 % of them
//             with a boundary finding), 24,000 records, 1,000 stops, 18,000 outcomes
//   agenda:   SupervisionAgenda::month() of the current month over 2,000 notes of the year
//             (a third shared for team supervision): takes the month's new notes in, reads it
//   both:     the agenda and the figures, what printing the agenda waits for
//   baseline: count(*) over the same rows with the same conditions: what SQLCipher costs
//             for reading them at all, without a value taken out of a row
// Target (issue 15): the agenda and the figures in under 300 ms.

#include "core/analysis/Analyzer.h"
#include "core/common/Clock.h"
#include "core/stats/FiguresService.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/Vault.h"
#include "core/supervision/SupervisionAgenda.h"
#include "core/vaultsession/VaultSchema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <string>

using namespace kotva;

namespace {

constexpr int Contacts = 20000;
constexpr int TurnsPerContact = 10;
constexpr int Notes = 2000;
const QDateTime Now = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

VaultKey benchKey()
{
    QByteArray hex(64, '7');
    return *VaultKey::fromRawHex(SecureBuffer::takeFrom(hex));
}

void exec(QSqlQuery& query, const QString& sql, const QVariantList& values = {})
{
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        qFatal("bench fill failed: %s", qPrintable(query.lastError().text()));
}

/// A year of contacts, spread evenly over the last 360 days, written as the services write
/// them (the same tables, the same JSON in the records).
void fill(QSqlDatabase db)
{
    const qint64 yearAgo = Now.toSecsSinceEpoch() - 360LL * 86400;
    const QStringList channels{QStringLiteral("chat"), QStringLiteral("email"),
                               QStringLiteral("phone"), QStringLiteral("in_person")};
    const QStringList wishes{QStringLiteral("just_be_heard"), QStringLiteral("find_solution"),
                             QStringLiteral("similar_experience"), QStringLiteral("here_and_now")};
    const QStringList rules{QStringLiteral("diagnosis"), QStringLiteral("medication"),
                            QStringLiteral("legal"), QStringLiteral("decision")};
    QSqlQuery query(db);
    db.transaction();
    qint64 turn = 0;
    for (int c = 1; c <= Contacts; ++c) {
        const qint64 at = yearAgo + qint64(c) * (360LL * 86400 / Contacts);
        exec(query,
             QStringLiteral("INSERT INTO contacts (id, reference, pseudonym, channel, state, "
                            "created_at, last_activity, turn_count) VALUES (?, ?, '', ?, "
                            "'closed', ?, ?, ?)"),
             {c, QStringLiteral("K-%1").arg(c, 5, 10, QLatin1Char('0')), channels.at(c % 4), at,
              at + 600, TurnsPerContact});
        exec(query,
             QStringLiteral("INSERT INTO contact_contracts (contact_id, wish, created_at) "
                            "VALUES (?, ?, ?)"),
             {c, wishes.at(c % 4), at});
        for (int i = 0; i < TurnsPerContact; ++i) {
            const bool client = i % 2 == 0;
            const bool boundary = (c * TurnsPerContact + i) % 20 == 0;
            exec(query,
                 QStringLiteral("INSERT INTO turns (id, contact_id, author, risk, signals, "
                                "boundary, redacted, sent_despite_boundary, created_at) "
                                "VALUES (?, ?, ?, 'none', '', ?, '', ?, ?)"),
                 {++turn, c, client ? QStringLiteral("client") : QStringLiteral("worker"),
                  boundary ? rules.at(c % 4) : QString(), boundary && !client ? 1 : 0,
                  at + i * 60});
        }
        if (c % 12 == 0)
            exec(query,
                 QStringLiteral("INSERT INTO records (kind, details, created_at) VALUES "
                                "('crisis', '{\"level\":\"acute\"}', ?)"),
                 {at + 60});
        if (c % 20 == 0)
            exec(query,
                 QStringLiteral("INSERT INTO records (kind, details, created_at) VALUES "
                                "('referral_given', '{\"level\":\"acute\"}', ?)"),
                 {at + 120});
        if (c % 20 == 0)
            exec(query,
                 QStringLiteral("INSERT INTO contact_stops (contact_id, label, created_at) "
                                "VALUES (?, '', ?)"),
                 {c, at + 180});
        if (c % 10 != 0) {
            exec(query,
                 QStringLiteral("INSERT INTO records (kind, details, created_at) VALUES "
                                "('contact_closed', ?, ?)"),
                 {QStringLiteral("{\"channel\":\"%1\",\"highestRisk\":\"none\","
                                 "\"referralGiven\":false,\"topics\":[\"Samota\",\"Vztahy\"],"
                                 "\"wish\":\"%2\"}")
                      .arg(channels.at(c % 4), wishes.at(c % 4)),
                  at + 600});
            exec(query,
                 QStringLiteral("INSERT INTO contact_outcomes (contact_id, topics, "
                                "referral_given, bring_to_supervision, created_at) VALUES "
                                "(?, '[\"Samota\",\"Vztahy\"]', 0, ?, ?)"),
                 {c, c % 10 == 1 ? 1 : 0, at + 600});
        }
    }
    const QStringList topics{QStringLiteral("difficult"), QStringLiteral("boundary_dilemma"),
                             QStringLiteral("own_feelings"), QStringLiteral("self_care")};
    const QStringList sharing{QStringLiteral("private"), QStringLiteral("individual"),
                              QStringLiteral("team")};
    for (int n = 1; n <= Notes; ++n) {
        const qint64 at = yearAgo + qint64(n) * (360LL * 86400 / Notes);
        exec(query,
             QStringLiteral("INSERT INTO supervision_notes (topic, sharing, body, "
                            "contact_reference, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
             {topics.at(n % 4), sharing.at(n % 3),
              QStringLiteral("Poznámka %1: po kontaktu jsem si nebyla jistá, jestli jsem "
                             "neměla víc nabídnout krizovou linku a méně radit.")
                  .arg(n),
              QStringLiteral("K-%1").arg(n % Contacts + 1, 5, 10, QLatin1Char('0')), at, at});
    }
    if (!db.commit())
        qFatal("bench fill commit failed");
}

struct EncryptedVault
{
    QTemporaryDir dir;
    FixedClock clock{Now};
    std::unique_ptr<Vault> vault;

    EncryptedVault()
    {
        auto created =
            Vault::create(dir.filePath(QStringLiteral("bench.vault")), benchKey(), clock);
        if (!created)
            qFatal("cannot create vault: %s", qPrintable(created.error().toString()));
        vault = std::move(*created);
        fill(vault->database());
        QSqlQuery(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), vault->database());
    }
};

EncryptedVault& encrypted()
{
    static EncryptedVault instance;
    return instance;
}

std::map<std::string, double>& timings()
{
    static std::map<std::string, double> all;
    return all;
}

template <typename F> double timed(F&& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void BM_Figures(benchmark::State& state)
{
    const FiguresService service(*encrypted().vault, encrypted().clock);
    double total = 0;
    for (auto _ : state) {
        total += timed([&] {
            const Result<MonthlyFigures> figures = service.lastMonths(12);
            if (!figures || figures->rows.isEmpty())
                qFatal("the figures could not be read");
            benchmark::DoNotOptimize(figures->rows.constFirst().counts);
        });
    }
    timings()["figures"] = total / double(state.iterations());
}

/// count(*) over the rows the figures read, with the same conditions.
void BM_CountSameRows(benchmark::State& state)
{
    QSqlDatabase db = encrypted().vault->database();
    const qint64 from = Now.toSecsSinceEpoch() - 400LL * 86400;
    const qint64 until = Now.toSecsSinceEpoch() + 86400;
    const QStringList counts{
        QStringLiteral("SELECT count(*) FROM contacts WHERE created_at >= ? AND created_at < ?"),
        QStringLiteral("SELECT count(*) FROM records WHERE created_at >= ? AND created_at < ?"),
        QStringLiteral("SELECT count(*) FROM turns WHERE created_at >= ? AND created_at < ? AND "
                       "boundary <> ''"),
        QStringLiteral("SELECT count(*) FROM contact_stops WHERE created_at >= ? AND "
                       "created_at < ?"),
        QStringLiteral("SELECT count(*) FROM contact_outcomes WHERE created_at >= ? AND "
                       "created_at < ?"),
    };
    double total = 0;
    for (auto _ : state) {
        total += timed([&] {
            QSqlQuery query(db);
            for (const QString& sql : counts) {
                exec(query, sql, {from, until});
                query.next();
                benchmark::DoNotOptimize(query.value(0));
            }
        });
    }
    timings()["baseline"] = total / double(state.iterations());
}

const Analyzer& analyzer()
{
    static const Analyzer instance = [] {
        auto created = Analyzer::create();
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        return *created;
    }();
    return instance;
}

void BM_Agenda(benchmark::State& state)
{
    SupervisionAgenda agenda(*encrypted().vault, analyzer(), encrypted().clock);
    double total = 0;
    for (auto _ : state) {
        total += timed([&] {
            const auto month = agenda.month(Now.date());
            if (!month || month->items.isEmpty())
                qFatal("the agenda could not be read");
            benchmark::DoNotOptimize(month->items.constFirst().text);
        });
    }
    timings()["agenda"] = total / double(state.iterations());
}

void BM_AgendaAndFigures(benchmark::State& state)
{
    SupervisionAgenda agenda(*encrypted().vault, analyzer(), encrypted().clock);
    const FiguresService figures(*encrypted().vault, encrypted().clock);
    double total = 0;
    for (auto _ : state) {
        total += timed([&] {
            const auto month = agenda.month(Now.date());
            const auto counted = figures.lastMonths(12);
            if (!month || !counted)
                qFatal("the agenda or the figures could not be read");
            benchmark::DoNotOptimize(counted->rows);
        });
    }
    timings()["both"] = total / double(state.iterations());
}

BENCHMARK(BM_CountSameRows)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Figures)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Agenda)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_AgendaAndFigures)->Unit(benchmark::kMillisecond)->UseRealTime();

void summary()
{
    const auto ms = [](const char* name) {
        const auto found = timings().find(name);
        return found == timings().end() ? -1.0 : found->second * 1000.0;
    };
    std::printf("\nA year of a busy line: %d contacts, %d turns, %d notes\n", Contacts,
                Contacts * TurnsPerContact, Notes);
    std::printf("  figures (12 months) %8.2f ms\n", ms("figures"));
    std::printf("  agenda (one month)  %8.2f ms\n", ms("agenda"));
    std::printf("  agenda and figures  %8.2f ms  %s (target: under 300 ms)\n", ms("both"),
                ms("both") >= 0 && ms("both") < 300 ? "OK" : "OVER");
    std::printf("  baseline count(*)   %8.2f ms\n", ms("baseline"));
    if (ms("baseline") > 0)
        std::printf("  ratio               x%.2f of counting the same rows\n",
                    ms("figures") / ms("baseline"));
}

} // namespace

int main(int argc, char** argv)
{
    kotva::registerVaultSchema();
    QCoreApplication app(argc, argv);
    SqlCipherDriver::registerDriver();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    summary();
    return 0;
}
