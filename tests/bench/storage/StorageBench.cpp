// Cost of encryption: the same work through the vault (SQLCipher, raw key) and through
// the same driver on an unkeyed database with the same pragmas and schema.
//   insert: 100,000 messages, committed in transactions of 1,000 (a busy day's import)
//   purge:  1,000,000 expired messages removed by the vault's purge (incl. WAL truncate)
// At the end it prints encrypted/unencrypted for both. Target: within 1.5x.

#include "core/common/Clock.h"
#include "core/storage/ConnectionSetup.h"
#include "core/storage/ExpiredContent.h"
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

constexpr int InsertCount = 100000;
constexpr int PurgeCount = 1000000;
constexpr int Batch = 1000;
const QDateTime Now = QDateTime(QDate(2025, 10, 1), QTime(12, 0), Qt::UTC);

/// Seconds per iteration of each timed section, by benchmark name.
std::map<std::string, double>& timings()
{
    static std::map<std::string, double> all;
    return all;
}

/// Either a real vault or an unkeyed database of the same driver, schema and pragmas.
class Target
{
public:
    Target(bool encrypted, const QString& path)
        : m_encrypted(encrypted)
    {
        SqlCipherDriver::registerDriver();
        if (encrypted) {
            QByteArray hex(64, '7');
            auto vault =
                Vault::create(path, *VaultKey::fromRawHex(SecureBuffer::takeFrom(hex)), m_clock);
            if (!vault)
                qFatal("cannot create vault: %s", qPrintable(vault.error().toString()));
            m_vault = std::move(*vault);
            return;
        }
        m_name = QStringLiteral("bench-plain-%1").arg(++s_counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("KOTVA_SQLCIPHER"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("KOTVA_CREATE"));
        if (!db.open() || !storage::applyConnectionPragmas(db) || !storage::migrate(db))
            qFatal("cannot create the unencrypted database");
    }
    ~Target()
    {
        if (m_vault) {
            m_vault.reset();
            return;
        }
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Target)

    QSqlDatabase db() const
    {
        return m_vault ? m_vault->database() : QSqlDatabase::database(m_name, false);
    }

    void insertMessages(int count, qint64 createdAt) const
    {
        QSqlDatabase database = db();
        QSqlQuery query(database);
        query.exec(QStringLiteral("INSERT OR IGNORE INTO contacts (id, pseudonym, channel, "
                                  "created_at) VALUES (1, 'B', 'chat', %1)")
                       .arg(Now.toSecsSinceEpoch()));
        query.prepare(QStringLiteral("INSERT INTO messages (contact_id, author, body, created_at) "
                                     "VALUES (1, ?, ?, ?)"));
        const QString client = QStringLiteral("client");
        const QString worker = QStringLiteral("worker");
        for (int done = 0; done < count; done += Batch) {
            database.transaction();
            for (int i = done; i < done + Batch && i < count; ++i) {
                query.addBindValue(i % 2 ? client : worker);
                query.addBindValue(QStringLiteral("Zpráva číslo %1: dnes je mi trochu lépe, "
                                                  "díky za včerejší rozhovor.")
                                       .arg(i));
                query.addBindValue(createdAt + i % 3600);
                if (!query.exec())
                    qFatal("insert failed: %s", qPrintable(query.lastError().text()));
            }
            if (!database.commit())
                qFatal("commit failed");
        }
    }

    void purge() const
    {
        const auto report =
            m_vault ? m_vault->purge() : storage::purgeExpired(db(), RetentionPolicy{}, Now);
        if (!report || report->messagesRemoved != PurgeCount)
            qFatal("purge did not remove every expired message");
    }

private:
    static inline int s_counter = 0;
    bool m_encrypted;
    FixedClock m_clock{Now};
    std::unique_ptr<Vault> m_vault;
    QString m_name;
};

template <typename F> double timed(F&& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void BM_InsertMessages(benchmark::State& state)
{
    const bool encrypted = state.range(0) != 0;
    double total = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto target = std::make_unique<Target>(encrypted, dir.filePath(QStringLiteral("b.db")));
        state.ResumeTiming();
        total += timed([&] { target->insertMessages(InsertCount, Now.toSecsSinceEpoch()); });
        state.PauseTiming();
        target.reset();
        state.ResumeTiming();
    }
    timings()[encrypted ? "insert/encrypted" : "insert/plain"] = total / state.iterations();
    state.SetItemsProcessed(state.iterations() * InsertCount);
}

void BM_PurgeRows(benchmark::State& state)
{
    const bool encrypted = state.range(0) != 0;
    double total = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto target = std::make_unique<Target>(encrypted, dir.filePath(QStringLiteral("p.db")));
        // All of them 40 days old: past the 30-day message retention.
        target->insertMessages(PurgeCount, Now.addDays(-40).toSecsSinceEpoch());
        QSqlQuery(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), target->db());
        state.ResumeTiming();
        total += timed([&] { target->purge(); });
        state.PauseTiming();
        target.reset();
        state.ResumeTiming();
    }
    timings()[encrypted ? "purge/encrypted" : "purge/plain"] = total / state.iterations();
    state.SetItemsProcessed(state.iterations() * PurgeCount);
}

BENCHMARK(BM_InsertMessages)
    ->ArgName("encrypted")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseRealTime();
BENCHMARK(BM_PurgeRows)
    ->ArgName("encrypted")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->UseRealTime();

void printRatio(const char* what)
{
    const auto& all = timings();
    const auto plain = all.find(std::string(what) + "/plain");
    const auto encrypted = all.find(std::string(what) + "/encrypted");
    if (plain == all.end() || encrypted == all.end() || plain->second <= 0)
        return;
    const double ratio = encrypted->second / plain->second;
    std::printf("%-7s encrypted %.3f s, unencrypted %.3f s, ratio %.2fx (target <= 1.50x) %s\n",
                what, encrypted->second, plain->second, ratio, ratio <= 1.5 ? "OK" : "OVER");
}

} // namespace

int main(int argc, char** argv)
{
    kotva::registerVaultSchema();
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    printRatio("insert");
    printRatio("purge");
    return 0;
}
