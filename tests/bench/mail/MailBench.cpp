// How fast the inbox fills: a first fetch of a mailbox of 300 messages of about 2 KB.
//   BM_ReadMaildirFiles: the baseline, the same messages read from Dovecot's Maildir files.
//   BM_ImapFetchAll:     the same messages over IMAP with TLS from the local Dovecot
//                        (connect, log in, SELECT, UID SEARCH, one UID FETCH each).
//   BM_TakeInAll:        taking them in: MIME, the analysis, redaction and the vault.
// Each reports messages per second; the ratio to the baseline is printed at the end.

#include "core/common/Clock.h"
#include "core/keys/VaultKey.h"
#include "core/mail/intake/MailIntake.h"
#include "core/mail/intake/ServerTransport.h"
#include "core/session/SessionService.h"
#include "core/storage/Vault.h"
#include "core/vaultsession/VaultSchema.h"
#include "tests/mail/support/DovecotServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <map>
#include <memory>
#include <string>

using namespace kotva;

namespace {

constexpr int MessageCount = 300;

std::map<std::string, double> g_rates;

QByteArray message(int i)
{
    QByteArray body;
    const QByteArray paragraph =
        "Dobry den, pisu vam, protoze uz delsi dobu nevim, jak dal. Doma se porad hadame a "
        "ja nemam nikoho, komu bych to rekla. V praci to zvladam, ale vecer je to horsi.\r\n";
    while (body.size() < 1800)
        body += paragraph;
    return "From: Klient " + QByteArray::number(i) + " <klient" + QByteArray::number(i) +
           "@example.cz>\r\nTo: poradna@kotva.test\r\nSubject: Dotaz " + QByteArray::number(i) +
           "\r\nDate: Mon, 7 Dec 2026 09:30:00 +0100\r\nMessage-ID: <bench" +
           QByteArray::number(i) +
           "@example.cz>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
           body;
}

test::DovecotServer& dovecot()
{
    static test::DovecotServer* server = [] {
        auto* s = new test::DovecotServer();
        if (const auto started = s->start(); !started)
            qFatal("Dovecot did not start: %s", qPrintable(started.error()));
        for (int i = 0; i < MessageCount; ++i)
            s->deliver(message(i));
        return s;
    }();
    return *server;
}

QList<QByteArray> fetchAll()
{
    const QByteArray secret = dovecot().password();
    const SecureBuffer password = SecureBuffer::copyOf(secret.constData(), secret.size());
    ImapMailboxReader reader(dovecot().account(), password);
    if (!reader.open(QStringLiteral("INBOX")))
        qFatal("cannot open the inbox");
    const auto uids = reader.uidsFrom(1);
    if (!uids || uids->size() != MessageCount)
        qFatal("the inbox does not hold the messages");
    QList<QByteArray> all;
    for (const quint32 uid : *uids)
        all << reader.fetch(uid).value_or(QByteArray());
    reader.close();
    return all;
}

void BM_ReadMaildirFiles(benchmark::State& state)
{
    const QList<QByteArray> onDisk = dovecot().messages();
    if (onDisk.size() != MessageCount)
        qFatal("the Maildir does not hold the messages");
    for (auto _ : state) {
        // Read again from the files each time, as the server would.
        qint64 bytes = 0;
        for (const QByteArray& raw : dovecot().messages())
            bytes += raw.size();
        benchmark::DoNotOptimize(bytes);
    }
    state.SetItemsProcessed(state.iterations() * MessageCount);
}
BENCHMARK(BM_ReadMaildirFiles)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ImapFetchAll(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(fetchAll());
    state.SetItemsProcessed(state.iterations() * MessageCount);
}
BENCHMARK(BM_ImapFetchAll)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_TakeInAll(benchmark::State& state)
{
    const QList<QByteArray> raw = fetchAll();
    static const Analyzer analyzer = *Analyzer::create();
    QByteArray hex(64, '7');
    const VaultKey key = *VaultKey::fromRawHex(SecureBuffer::takeFrom(hex));
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto vault = Vault::create(dir.filePath(QStringLiteral("bench.vault")), key);
        if (!vault)
            qFatal("no vault");
        SessionService contacts(**vault, analyzer);
        MailIntake intake(**vault, contacts);
        state.ResumeTiming();
        quint32 uid = 0;
        for (const QByteArray& message : raw)
            benchmark::DoNotOptimize(intake.takeIn(QStringLiteral("INBOX"), 1, ++uid, message));
    }
    state.SetItemsProcessed(state.iterations() * MessageCount);
}
BENCHMARK(BM_TakeInAll)->Unit(benchmark::kMillisecond)->UseRealTime();

class RateReporter final : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run>& runs) override
    {
        for (const Run& run : runs) {
            const auto it = run.counters.find("items_per_second");
            if (it != run.counters.end())
                g_rates[run.benchmark_name()] = it->second;
        }
        ConsoleReporter::ReportRuns(runs);
    }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    registerVaultSchema();
    benchmark::Initialize(&argc, argv);
    RateReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    const double baseline = g_rates["BM_ReadMaildirFiles/real_time"];
    for (const auto& [name, rate] : g_rates)
        std::printf("%-34s %10.0f messages/s  (x%.3f of reading the Maildir files)\n", name.c_str(),
                    rate, baseline > 0 ? rate / baseline : 0.0);
    delete &dovecot();
    return 0;
}
