// Faults a user can run into, provoked for real with a child process
// (storage_fault_helper): SIGKILL in the middle of a stream of writes, a full disk and a
// read-only folder. The last two run the child in a user + mount namespace
// (`unshare --user --map-root-user --mount`) on a tiny tmpfs or a read-only bind mount,
// because chmod does not stop root, and tests may run as root.

#include "core/common/Clock.h"
#include "core/storage/Vault.h"
#include "tests/storage/StorageTestSupport.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>
#include <gtest/gtest.h>
#include <sys/types.h>

using namespace kotva;
using namespace kotva::test;

namespace {

const QByteArray KeyHex(64, 'e');

QString helper()
{
    return QStringLiteral(KOTVA_STORAGE_HELPER);
}

VaultKey key()
{
    QByteArray hex = KeyHex;
    return *VaultKey::fromRawHex(SecureBuffer::takeFrom(hex));
}

/// Runs `program args`, feeding the key on stdin; returns stdout lines (empty on a hang).
QStringList runWithKey(const QString& program, const QStringList& args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, args);
    if (!process.waitForStarted())
        return {};
    process.write(KeyHex + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

/// Whether this machine lets us make a private mount namespace (it does as root and, on
/// Debian 12, for ordinary users too).
bool namespacesWork()
{
    QProcess probe;
    probe.start(QStringLiteral("unshare"),
                {QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                 QStringLiteral("--mount"), QStringLiteral("true")});
    return probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit &&
           probe.exitCode() == 0;
}

/// Runs a shell script inside a fresh user + mount namespace; $1.. are `args`.
QStringList inNamespace(const QString& script, const QStringList& args)
{
    QStringList all{QStringLiteral("--user"),  QStringLiteral("--map-root-user"),
                    QStringLiteral("--mount"), QStringLiteral("sh"),
                    QStringLiteral("-c"),      script,
                    QStringLiteral("sh")};
    all << args;
    return runWithKey(QStringLiteral("unshare"), all);
}

/// The value after `prefix ` in the first line that starts with it.
QString field(const QStringList& lines, const QString& prefix)
{
    for (const QString& line : lines) {
        if (line.startsWith(prefix + u' '))
            return line.mid(prefix.size() + 1);
    }
    return QStringLiteral("<no line '%1'>").arg(prefix);
}

QString scalar(Vault& vault, const QString& sql)
{
    QSqlQuery query(vault.database());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<failed>");
    return query.value(0).toString();
}

TEST(FaultTest, KilledMidStreamKeepsEveryCommittedRow)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stream.vault"));
    QSet<qint64> committed;
    for (int round = 0; round < 3; ++round) {
        QProcess child;
        child.start(helper(), {QStringLiteral("stream"), path});
        ASSERT_TRUE(child.waitForStarted());
        child.write(KeyHex + '\n');
        child.closeWriteChannel();

        // Let it commit a good number of rows, then kill it without warning.
        QByteArray output;
        while (output.count('\n') < 150 && child.state() == QProcess::Running) {
            child.waitForReadyRead(10000);
            output += child.readAllStandardOutput();
        }
        ASSERT_EQ(child.state(), QProcess::Running) << output.constData();
        ASSERT_EQ(::kill(pid_t(child.processId()), SIGKILL), 0);
        ASSERT_TRUE(child.waitForFinished(30000));
        EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);
        output += child.readAllStandardOutput();

        // Only whole lines count: the last one may have been cut by the kill.
        const QList<QByteArray> lines = output.left(output.lastIndexOf('\n')).split('\n');
        for (const QByteArray& line : lines) {
            if (line.startsWith("committed "))
                committed.insert(line.mid(10).toLongLong());
        }

        auto vault = Vault::open(path, key());
        ASSERT_TRUE(vault) << qPrintable(vault.error().toString());
        EXPECT_EQ(scalar(**vault, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QSet<qint64> present;
        QSqlQuery ids((*vault)->database());
        ASSERT_TRUE(ids.exec(
            QStringLiteral("SELECT c.id FROM contacts c JOIN messages m ON m.contact_id = c.id")));
        while (ids.next())
            present.insert(ids.value(0).toLongLong());
        for (const qint64 id : std::as_const(committed))
            ASSERT_TRUE(present.contains(id)) << "committed row " << id << " lost, round " << round;
    }
    EXPECT_GE(committed.size(), 450);
}

TEST(FaultTest, FullDiskIsReportedAndKeepsEveryCommittedRow)
{
    if (!namespacesWork())
        GTEST_SKIP() << "unshare --user --mount is not allowed here; cannot make a small disk";
    QTemporaryDir dir;
    const QString mount = dir.filePath(QStringLiteral("small"));
    const QString copy = dir.filePath(QStringLiteral("copy"));
    ASSERT_TRUE(QDir().mkpath(mount));
    ASSERT_TRUE(QDir().mkpath(copy));
    // An 800 KiB tmpfs (the empty schema of every module takes ~170 KiB, and its WAL as much
    // again until the first checkpoint) fills after a few hundred messages; afterwards the files
    // are copied out, since the tmpfs disappears with the namespace.
    const QStringList lines = inNamespace(
        QStringLiteral("mount -t tmpfs -o size=800k tmpfs \"$1\" || exit 90; "
                       "\"$2\" fill \"$1/full.vault\"; rc=$?; cp -a \"$1\"/. \"$3\"/; exit $rc"),
        {mount, helper(), copy});
    ASSERT_FALSE(lines.isEmpty());

    const qint64 committed = field(lines, QStringLiteral("committed")).toLongLong();
    EXPECT_GT(committed, 0) << qPrintable(lines.join(u'\n'));
    EXPECT_EQ(field(lines, QStringLiteral("error")), QStringLiteral("disk_full"));
    // On the full disk itself the vault still opens, with exactly the committed rows.
    EXPECT_EQ(field(lines, QStringLiteral("reopen")), QStringLiteral("ok %1 ok").arg(committed));
    // A new vault on the full disk fails cleanly and leaves no file behind.
    EXPECT_EQ(field(lines, QStringLiteral("create2")), QStringLiteral("disk_full 0"));

    auto vault = Vault::open(QDir(copy).filePath(QStringLiteral("full.vault")), key());
    ASSERT_TRUE(vault) << qPrintable(vault.error().toString());
    EXPECT_EQ(scalar(**vault, QStringLiteral("SELECT count(*) FROM messages")),
              QString::number(committed));
    EXPECT_EQ(scalar(**vault, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

TEST(FaultTest, ReadOnlyFolderIsReportedAndNothingChanges)
{
    if (!namespacesWork())
        GTEST_SKIP()
            << "unshare --user --mount is not allowed here; cannot make a read-only folder";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.vault"));
    {
        auto vault = Vault::create(path, key());
        ASSERT_TRUE(vault);
        QSqlQuery query((*vault)->database());
        ASSERT_TRUE(query.exec(QStringLiteral(
            "INSERT INTO records (kind, created_at) VALUES ('x', strftime('%s','now'))")));
    }
    const std::string before = vaultFilesHash(path);
    // The folder is bind-mounted read-only onto itself: even root cannot write there.
    const QStringList lines = inNamespace(
        QStringLiteral("mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" || exit 90; "
                       "if touch \"$1/probe\" 2>/dev/null; then echo writable; exit 91; fi; "
                       "read -r key; echo \"$key\" | \"$2\" open \"$1/ro.vault\"; "
                       "echo \"$key\" | \"$2\" create \"$1/new.vault\""),
        {dir.path(), helper()});
    ASSERT_EQ(lines.size(), 2) << qPrintable(lines.join(u'\n'));
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("error read_only")))
        << qPrintable(lines.at(0));
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("error read_only")))
        << qPrintable(lines.at(1));
    EXPECT_EQ(vaultFilesHash(path), before);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("new.vault"))));
    EXPECT_TRUE(Vault::open(path, key()));
}

} // namespace
