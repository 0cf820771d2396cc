// kill -9, a hundred times: a child process (storage_fault_helper) saves conversation turns
// the way the conversation pane does, or runs the purge, and is killed with SIGKILL after a
// random few milliseconds, so that kills land before, inside and after transactions and
// checkpoints. After every kill the vault must open with its key, be intact, and hold
// everything the child had been told was saved. The delays come from a fixed seed, so a
// failure can be replayed.

#include "core/analysis/Analyzer.h"
#include "core/common/Clock.h"
#include "core/session/ContactRepository.h"
#include "core/session/SessionService.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/Vault.h"
#include "tests/storage/StorageTestSupport.h"
#include "tests/storage/support/KillTexts.h"
#include "tests/storage/support/SqlCipher3Pages.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <csignal>
#include <gtest/gtest.h>
#include <iostream>
#include <random>
#include <sys/types.h>

using namespace kotva;
using namespace kotva::test;

namespace {

const QByteArray KeyHex(64, 'd');
constexpr int Iterations = 100;
constexpr unsigned Seed = 13;

VaultKey key()
{
    QByteArray hex = KeyHex;
    return *VaultKey::fromRawHex(SecureBuffer::takeFrom(hex));
}

/// When the kill comes: a few milliseconds after the child said "ready" (inside its
/// work), and every fifth time counted from its start instead (inside opening the vault,
/// whose migration check and opening purge write too).
struct KillPlan
{
    int delayMs = 0;
    bool fromStart = false;
};

class KillSchedule
{
public:
    /// A delay from 1 ms to `maxDelayMs`, which should be about as long as the work the
    /// kill is meant to interrupt.
    KillPlan next(int maxDelayMs)
    {
        const bool fromStart = ++m_count % 5 == 0;
        return {std::uniform_int_distribution<int>(1, maxDelayMs)(m_random), fromStart};
    }

private:
    std::mt19937 m_random{Seed};
    int m_count = 0;
};

struct ChildRun
{
    QStringList lines; ///< whole lines only: the last one may have been cut by the kill
    bool killed = false;
};

/// Starts the helper with the key on stdin and kills it with SIGKILL as planned (unless it
/// finished first).
ChildRun runAndKill(const QStringList& args, KillPlan plan)
{
    QProcess child;
    child.start(QStringLiteral(KOTVA_STORAGE_HELPER), args);
    if (!child.waitForStarted())
        return {};
    child.write(KeyHex + '\n');
    child.closeWriteChannel();
    QElapsedTimer clock;
    clock.start();
    qint64 killAt = plan.fromStart ? plan.delayMs : -1;
    QByteArray output;
    while (child.state() == QProcess::Running) {
        if (killAt < 0 && output.contains("ready\n"))
            killAt = clock.elapsed() + plan.delayMs;
        if (killAt < 0 && clock.elapsed() > 60000)
            break; // never got ready: the caller sees no "ready" line
        const qint64 wait = killAt < 0 ? 1000 : killAt - clock.elapsed();
        if (wait <= 0)
            break;
        child.waitForReadyRead(int(wait));
        output += child.readAllStandardOutput();
    }
    ChildRun result;
    if (child.state() == QProcess::Running) {
        result.killed = ::kill(pid_t(child.processId()), SIGKILL) == 0;
        child.waitForFinished(30000);
    }
    output += child.readAllStandardOutput();
    result.lines = QString::fromUtf8(output.left(output.lastIndexOf('\n') + 1))
                       .split(u'\n', Qt::SkipEmptyParts);
    return result;
}

QString scalar(Vault& vault, const QString& sql)
{
    QSqlQuery query(vault.database());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<failed>");
    return query.value(0).toString();
}

/// The built-in analyzer, as the app has it, made once for the whole program.
const Analyzer& analyzer()
{
    static const Analyzer instance = *Analyzer::create();
    return instance;
}

TEST(KillTest, HundredKillsWhileSavingTurnsLoseNoSavedTurn)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("turns.vault"));
    KillSchedule schedule;
    QHash<ContactId, QHash<TurnId, QString>> saved; // what the child was told was saved
    int killedWhileSaving = 0;

    for (int run = 0; run < Iterations; ++run) {
        // A turn is saved every few milliseconds: up to some ten of them before the kill.
        const KillPlan plan = schedule.next(80);
        const ChildRun child =
            runAndKill({QStringLiteral("turns"), path, QString::number(run)}, plan);
        ASSERT_TRUE(child.killed) << "run " << run << ": " << qPrintable(child.lines.join(u'|'));
        ContactId contact = 0;
        int committed = 0;
        for (const QString& line : child.lines) {
            const QStringList words = line.split(u' ');
            ASSERT_FALSE(line.startsWith(QStringLiteral("error"))) << qPrintable(line);
            if (words.at(0) == QStringLiteral("contact"))
                contact = words.at(1).toLongLong();
            if (words.at(0) == QStringLiteral("committed")) {
                saved[contact][words.at(1).toLongLong()] =
                    killTurnText(words.at(2).toInt(), words.at(3).toInt());
                ++committed;
            }
        }
        killedWhileSaving += int(committed > 0);

        auto vault = Vault::open(path, key());
        ASSERT_TRUE(vault) << "run " << run << ": " << qPrintable(vault.error().toString());
        ASSERT_EQ(scalar(**vault, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"))
            << "run " << run;
        // Read back as the conversation pane reads a contact's turns.
        const ContactRepository repository(**vault);
        for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
            const Result<QList<Turn>> turns = repository.turns(it.key());
            ASSERT_TRUE(turns) << "run " << run << ", contact " << it.key();
            QHash<TurnId, QString> present;
            for (const Turn& turn : *turns)
                present.insert(turn.id, turn.text);
            for (auto turn = it->cbegin(); turn != it->cend(); ++turn) {
                ASSERT_TRUE(present.contains(turn.key()))
                    << "saved turn " << turn.key() << " lost after the kill in run " << run;
                ASSERT_EQ(present.value(turn.key()), turn.value())
                    << "turn " << turn.key() << " changed after the kill in run " << run;
            }
        }
    }
    qsizetype total = 0;
    for (const auto& turns : std::as_const(saved))
        total += turns.size();
    std::cout << "saved " << total << " turns; " << killedWhileSaving << " of " << Iterations
              << " kills came after at least one turn was saved" << std::endl;
    // The kills must really have landed among the saves, not all before the first one.
    EXPECT_GE(killedWhileSaving, Iterations / 2);
    EXPECT_GE(total, Iterations);
}

const QDateTime Now = QDateTime(QDate(2025, 9, 1), QTime(12, 0), Qt::UTC);

/// Fragments that mark expired and live text; long enough that no random bytes hold them.
const QString ExpiredMark = QStringLiteral("šepotání");
const QString LiveMark = QStringLiteral("světluška");
const QString ExpiredName = QStringLiteral("Šepotka");
const QString BlankedName = QStringLiteral("Mizelka");

QString markedText(const QString& mark, int batch, int n)
{
    QString text;
    for (int i = 0; i < 6 + n * 8; ++i)
        text += mark + u' ' + killTurnText(batch, i).section(u':', 1).trimmed() + u' ';
    return text.trimmed();
}

/// What one batch added and what of it must survive every purge.
struct Batch
{
    QList<ContactId> liveContacts;
    QHash<TurnId, QString> liveTurns;
};

/// One batch, saved through SessionService with its clock set back: a contact past the
/// record retention (it goes entirely), a contact whose turns are past the message
/// retention (their text and its pseudonym go, the turns stay) and a live one. Nothing
/// of it has expired the day before Now, all of the first two has at Now.
Batch addBatch(Vault& vault, int batch)
{
    Batch added;
    FixedClock clock(Now.addMonths(-12).addSecs(-3600));
    SessionService service(vault, analyzer(), clock);
    // `turnsAt`: when the turns are said, which may be long after the contact began.
    const auto contactWithTurns = [&](const QString& name, const QString& mark, bool live,
                                      const QDateTime& turnsAt) {
        const Result<Contact> contact =
            service.openContact({Channel::Chat, name, ContractWish::JustBeHeard});
        EXPECT_TRUE(contact) << qPrintable(contact.error().toString());
        if (!contact)
            return;
        EXPECT_EQ(contact->pseudonym, name);
        clock.set(turnsAt);
        if (live)
            added.liveContacts.append(contact->id);
        for (int n = 0; n < 4; ++n) {
            const QString text = markedText(mark, batch, n);
            const Result<SavedTurn> saved = service.addTurn(contact->id, Author::Client, text);
            ASSERT_TRUE(saved) << qPrintable(saved.error().toString());
            // The analysis may redact a word it takes for a name; the marks must stay, or
            // the forensic search below would find nothing for the wrong reason.
            EXPECT_EQ(saved->turn.text.count(mark), text.count(mark));
            if (live)
                added.liveTurns.insert(saved->turn.id, saved->turn.text);
        }
    };
    // Its turns are recent: they go because their contact does.
    contactWithTurns(ExpiredName, ExpiredMark, false, Now.addSecs(-3600));
    clock.set(Now.addDays(-30).addSecs(-3600));
    contactWithTurns(BlankedName, ExpiredMark, false, Now.addDays(-30).addSecs(-3600));
    clock.set(Now.addSecs(-3600));
    contactWithTurns(QStringLiteral("Světluše"), LiveMark, true, Now.addSecs(-3600));
    return added;
}

/// Where any of `texts` is on a decrypted page of the vault or in a frame of its WAL, as
/// "main page 12, wal frame of page 3"; empty when nowhere.
std::string tracesIn(const QString& path, const QStringList& texts)
{
    const QByteArray rawKey = QByteArray::fromHex(KeyHex);
    const auto pages = sqlcipher3::decryptDatabase(path, rawKey, SqlCipherDriver::CipherPageSize);
    const auto frames = sqlcipher3::decryptWal(path + QStringLiteral("-wal"), rawKey,
                                               SqlCipherDriver::CipherPageSize);
    if (!pages || !frames)
        return "unreadable";
    std::string where;
    for (const QString& text : texts) {
        for (const quint32 page : sqlcipher3::pagesContaining(*pages, text))
            where += " main page " + std::to_string(page);
        for (const quint32 page : sqlcipher3::pagesContaining(*frames, text))
            where += " wal frame of page " + std::to_string(page);
    }
    return where;
}

qint64 expiredTextCount(Vault& vault)
{
    return scalar(vault, QStringLiteral("SELECT count(*) FROM messages WHERE body LIKE '%") +
                             ExpiredMark + QStringLiteral("%'"))
        .toLongLong();
}

TEST(KillTest, HundredKillsDuringPurgeLoseNoLiveRowAndAFinalPurgeLeavesNoTrace)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("purge.vault"));
    KillSchedule schedule;
    // How long the last purge that ran to its end took (3 to 30 ms here, by the machine's
    // load): the kills are spread over about that much, so that most land inside one.
    qint64 purgeMs = 20;
    // The day before Now nothing of the batches has expired, so these openings, which
    // purge too, leave the purge to the child.
    FixedClock dayBefore(Now.addDays(-1));
    Batch live;
    qint64 pending = 0; // expired turns added since the last purge that completed
    int killedMidPurge = 0;
    int undone = 0; // purges a kill stopped before their commit

    for (int batch = 0; batch < Iterations; ++batch) {
        {
            auto vault = batch == 0 ? Vault::create(path, key(), dayBefore)
                                    : Vault::open(path, key(), dayBefore);
            ASSERT_TRUE(vault) << "batch " << batch << ": " << qPrintable(vault.error().toString());
            ASSERT_EQ(scalar(**vault, QStringLiteral("PRAGMA integrity_check")),
                      QStringLiteral("ok"))
                << "batch " << batch;
            // A purge is one transaction: a kill leaves all of the expired text or none.
            const qint64 left = expiredTextCount(**vault);
            ASSERT_TRUE(left == 0 || left == pending)
                << left << " of " << pending << " expired texts left, batch " << batch;
            // A kill between the purge's commit and its checkpoint left the deleted rows in
            // the WAL and the main file: this opening's checkpoint must wipe them.
            if (left == 0) {
                ASSERT_EQ(tracesIn(path, {ExpiredMark, ExpiredName, BlankedName}), "")
                    << "batch " << batch;
            }
            undone += int(left > 0 && left == pending);
            pending = left;
            const ContactRepository repository(**vault);
            for (const ContactId id : std::as_const(live.liveContacts)) {
                const Result<QList<Turn>> turns = repository.turns(id);
                ASSERT_TRUE(turns) << "live contact " << id << " lost, batch " << batch;
                for (const Turn& turn : *turns) {
                    ASSERT_TRUE(live.liveTurns.contains(turn.id)) << "batch " << batch;
                    ASSERT_EQ(turn.text, live.liveTurns.value(turn.id)) << "batch " << batch;
                }
                ASSERT_EQ(turns->size(), 4) << "contact " << id << ", batch " << batch;
            }
            const Batch added = addBatch(**vault, batch);
            live.liveContacts << added.liveContacts;
            live.liveTurns.insert(added.liveTurns);
            pending += 8;
        }
        const ChildRun child =
            runAndKill({QStringLiteral("purge"), path, QString::number(Now.toSecsSinceEpoch())},
                       schedule.next(int(std::max<qint64>(2, purgeMs * 3 / 2))));
        for (const QString& line : child.lines) {
            ASSERT_FALSE(line.startsWith(QStringLiteral("error"))) << qPrintable(line);
            if (line.startsWith(QStringLiteral("purged ")))
                purgeMs = line.section(u' ', 3).toLongLong() / 1000;
        }
        killedMidPurge += int(child.killed && child.lines.contains(QStringLiteral("ready")) &&
                              child.lines.filter(QStringLiteral("purged")).isEmpty());
    }
    std::cout << killedMidPurge << " of " << Iterations
              << " kills came after the purge had started and before it returned; " << undone
              << " purges were undone (killed before their commit)" << std::endl;
    // Timing-dependent, hence a low bar; it fails only if the kills stopped hitting purges.
    EXPECT_GE(killedMidPurge, Iterations / 5);

    // The app opens the vault again at Now: the purge completes, nothing expired is left,
    // on any page, in any WAL frame, while open and after closing.
    FixedClock now(Now);
    auto vault = Vault::open(path, key(), now);
    ASSERT_TRUE(vault) << qPrintable(vault.error().toString());
    EXPECT_EQ(expiredTextCount(**vault), 0);
    EXPECT_EQ(scalar(**vault,
                     QStringLiteral("SELECT count(*) FROM contacts WHERE pseudonym IN ('") +
                         ExpiredName + QStringLiteral("', '") + BlankedName + QStringLiteral("')")),
              QStringLiteral("0"));
    EXPECT_EQ(scalar(**vault, QStringLiteral("SELECT count(*) FROM messages WHERE body LIKE '%") +
                                  LiveMark + QStringLiteral("%'")),
              QString::number(live.liveTurns.size()));
    EXPECT_EQ(tracesIn(path, {ExpiredMark, ExpiredName, BlankedName}), "") << "open";
    EXPECT_NE(tracesIn(path, {LiveMark}), "") << "open"; // the same reader finds live text
    vault->reset();
    EXPECT_EQ(tracesIn(path, {ExpiredMark, ExpiredName, BlankedName}), "") << "closed";
    EXPECT_NE(tracesIn(path, {LiveMark}), "") << "closed";
}

} // namespace
