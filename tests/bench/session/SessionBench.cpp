// How long the conversation pane waits for its data when a contact is opened.
//   turns:     ContactRepository::turns() of a contact with 5,000 turns (warm page cache)
//   turns_cold: the same right after the vault was opened (every page decrypted afresh)
//   contacts:  ContactRepository::contacts() with 300 contacts (the list)
//   baseline:  the same SELECT as turns(), rows read but no Turn built, on the vault and
//              on an unencrypted file of the same driver, schema and pragmas; and a count.
// Target: a contact with 5,000 turns opens well under 100 ms.

#include "core/common/Clock.h"
#include "core/session/ContactRepository.h"
#include "core/storage/ConnectionSetup.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/Vault.h"
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

constexpr int TurnCount = 5000;
constexpr int OtherContacts = 299;
constexpr ContactId BigContact = 1;
const QDateTime Now = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);

const QString TurnsSql =
    QStringLiteral("SELECT t.id, t.author, t.risk, t.signals, t.boundary, t.redacted, "
                   "t.sent_despite_boundary, t.created_at, m.body FROM turns t "
                   "LEFT JOIN messages m ON m.id = t.id WHERE t.contact_id = ? ORDER BY t.id");

VaultKey benchKey()
{
    QByteArray hex(64, '5');
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

/// One contact with TurnCount turns (texts of a realistic length, some with findings),
/// and OtherContacts short ones, written the way ContactRepository writes them.
void fill(QSqlDatabase db)
{
    const qint64 start = Now.toSecsSinceEpoch() - 5 * 86400;
    QSqlQuery query(db);
    db.transaction();
    for (int c = 1; c <= OtherContacts + 1; ++c) {
        const int turns = c == BigContact ? TurnCount : 12;
        exec(query,
             QStringLiteral("INSERT INTO contacts (id, reference, pseudonym, channel, state, "
                            "created_at, last_activity, turn_count) VALUES (?, ?, ?, ?, 'open', "
                            "?, ?, ?)"),
             {c, QStringLiteral("K-%1").arg(c, 4, 10, QLatin1Char('0')),
              QStringLiteral("Host %1").arg(c), QStringLiteral("chat"), start + c,
              start + c + turns, turns});
        exec(query,
             QStringLiteral("INSERT INTO contact_contracts (contact_id, wish, created_at) "
                            "VALUES (?, 'just_be_heard', ?)"),
             {c, start + c});
    }
    qint64 id = 0;
    for (int c = 1; c <= OtherContacts + 1; ++c) {
        const int turns = c == BigContact ? TurnCount : 12;
        for (int i = 0; i < turns; ++i) {
            ++id;
            const bool client = i % 2 == 0;
            const QString author = client ? QStringLiteral("client") : QStringLiteral("worker");
            exec(query,
                 QStringLiteral("INSERT INTO turns (id, contact_id, author, risk, signals, "
                                "boundary, redacted, sent_despite_boundary, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)"),
                 {id, c, author, i % 97 == 0 ? QStringLiteral("concern") : QStringLiteral("none"),
                  i % 97 == 0 ? QStringLiteral("hopelessness") : QString(),
                  i % 113 == 1 ? QStringLiteral("diagnosis") : QString(),
                  i % 50 == 0 ? QStringLiteral("phone") : QString(), start + c + i});
            exec(query,
                 QStringLiteral("INSERT INTO messages (id, contact_id, author, body, created_at) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 {id, c, author,
                  QStringLiteral("Zpráva %1: dneska to bylo těžší, ale zvládla jsem dojít "
                                 "ven a chvíli se projít. Napíšu zase večer, jestli můžu.")
                      .arg(i),
                  start + c + i});
        }
    }
    if (!db.commit())
        qFatal("bench fill commit failed");
}

/// The encrypted vault, made once for all benchmarks.
struct EncryptedVault
{
    QTemporaryDir dir;
    FixedClock clock{Now};
    std::unique_ptr<Vault> vault;

    QString path() const { return dir.filePath(QStringLiteral("bench.vault")); }

    EncryptedVault()
    {
        auto created = Vault::create(path(), benchKey(), clock);
        if (!created)
            qFatal("cannot create vault: %s", qPrintable(created.error().toString()));
        vault = std::move(*created);
        fill(vault->database());
        QSqlQuery(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), vault->database());
    }

    void reopen()
    {
        vault.reset();
        auto opened = Vault::open(path(), benchKey(), clock);
        if (!opened)
            qFatal("cannot open vault: %s", qPrintable(opened.error().toString()));
        vault = std::move(*opened);
    }
};

/// An unkeyed database of the same driver, schema and pragmas, with the same rows.
struct PlainDatabase
{
    QTemporaryDir dir;
    QString name = QStringLiteral("bench-session-plain");

    PlainDatabase()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("KOTVA_SQLCIPHER"), name);
        db.setDatabaseName(dir.filePath(QStringLiteral("plain.db")));
        db.setConnectOptions(QStringLiteral("KOTVA_CREATE"));
        if (!db.open() || !storage::applyConnectionPragmas(db) || !storage::migrate(db))
            qFatal("cannot create the unencrypted database");
        fill(db);
    }
    ~PlainDatabase()
    {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    Q_DISABLE_COPY_MOVE(PlainDatabase)

    QSqlDatabase db() const { return QSqlDatabase::database(name, false); }
};

EncryptedVault& encrypted()
{
    static EncryptedVault instance;
    return instance;
}

PlainDatabase& plain()
{
    static PlainDatabase instance;
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

/// The rows of TurnsSql read into QVariants, nothing built from them.
int rawTurns(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    exec(query, TurnsSql, {BigContact});
    int rows = 0;
    while (query.next()) {
        for (int column = 0; column < 9; ++column)
            benchmark::DoNotOptimize(query.value(column));
        ++rows;
    }
    return rows;
}

void record(benchmark::State& state, const char* name, double total)
{
    timings()[name] = total / double(state.iterations());
}

void BM_Turns(benchmark::State& state)
{
    ContactRepository repository(*encrypted().vault);
    double total = 0;
    for (auto _ : state) {
        total += timed([&] {
            const auto turns = repository.turns(BigContact);
            if (!turns || turns->size() != TurnCount)
                qFatal("turns() did not return every turn");
            benchmark::DoNotOptimize(turns->constLast().text);
        });
    }
    record(state, "turns", total);
    state.SetItemsProcessed(state.iterations() * TurnCount);
}

void BM_TurnsAfterOpening(benchmark::State& state)
{
    double total = 0;
    for (auto _ : state) {
        state.PauseTiming();
        encrypted().reopen();
        ContactRepository repository(*encrypted().vault);
        state.ResumeTiming();
        total += timed([&] {
            const auto contact = repository.contact(BigContact);
            const auto turns = repository.turns(BigContact);
            if (!contact || !turns || turns->size() != TurnCount)
                qFatal("turns() did not return every turn");
        });
    }
    record(state, "turns_cold", total);
}

void BM_Contacts(benchmark::State& state)
{
    ContactRepository repository(*encrypted().vault);
    double total = 0;
    for (auto _ : state) {
        total += timed([&] {
            const auto contacts = repository.contacts();
            if (!contacts || contacts->size() != OtherContacts + 1)
                qFatal("contacts() did not return every contact");
        });
    }
    record(state, "contacts", total);
    state.SetItemsProcessed(state.iterations() * (OtherContacts + 1));
}

void BM_TurnsQueryOnly(benchmark::State& state)
{
    const bool isEncrypted = state.range(0) != 0;
    QSqlDatabase db = isEncrypted ? encrypted().vault->database() : plain().db();
    double total = 0;
    for (auto _ : state)
        total += timed([&] {
            if (rawTurns(db) != TurnCount)
                qFatal("the query did not return every turn");
        });
    record(state, isEncrypted ? "query/encrypted" : "query/plain", total);
}

void BM_CountTurns(benchmark::State& state)
{
    QSqlDatabase db = encrypted().vault->database();
    double total = 0;
    for (auto _ : state) {
        total += timed([&] {
            QSqlQuery query(db);
            exec(query, QStringLiteral("SELECT count(*) FROM turns WHERE contact_id = ?"),
                 {BigContact});
            query.next();
            benchmark::DoNotOptimize(query.value(0));
        });
    }
    record(state, "count", total);
}

BENCHMARK(BM_Turns)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_TurnsAfterOpening)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(10);
BENCHMARK(BM_Contacts)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_TurnsQueryOnly)
    ->ArgName("encrypted")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_CountTurns)->Unit(benchmark::kMillisecond)->UseRealTime();

void summary()
{
    const auto& all = timings();
    const auto ms = [&all](const char* name) {
        const auto found = all.find(name);
        return found == all.end() ? -1.0 : found->second * 1000.0;
    };
    std::printf("\nA contact with %d turns (target: well under 100 ms)\n", TurnCount);
    std::printf("  turns()            %8.2f ms  %s\n", ms("turns"),
                ms("turns") >= 0 && ms("turns") < 100 ? "OK" : "OVER");
    std::printf("  after opening      %8.2f ms  %s (contact() + turns(), cold page cache)\n",
                ms("turns_cold"), ms("turns_cold") >= 0 && ms("turns_cold") < 100 ? "OK" : "OVER");
    std::printf("  contacts() x%d    %8.2f ms\n", OtherContacts + 1, ms("contacts"));
    std::printf("  baseline: same SELECT, rows only: encrypted %.2f ms, unencrypted %.2f ms; "
                "count(*) %.3f ms\n",
                ms("query/encrypted"), ms("query/plain"), ms("count"));
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
