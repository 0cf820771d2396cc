// A small child process for the fault tests: it does real vault work until the parent
// kills it, or until the disk it writes to is full, and prints one line per fact the
// parent checks afterwards. The raw key comes on stdin (64 hex digits), never in argv.
//
//   stream PATH   create or open the vault, then commit one contact + message per
//                 transaction forever, printing "committed <id>" after each commit
//   fill PATH     create the vault and commit 50 messages per transaction until a write
//                 fails; prints "committed <total>", then "error <code>", then reopens
//                 and prints "reopen ok <count> <integrity>" or "reopen error <code>",
//                 then tries a second vault beside it: "create2 <code or ok> <files left>"
//   open PATH / create PATH    print "ok" or "error <code>"
//   turns PATH RUN   create or open the vault, unlock it as the app does (VaultSession),
//                 open a contact ("contact <id>"), print "ready", then save turns through
//                 SessionService::addTurn (what the conversation pane calls) forever,
//                 printing "committed <turn id> <RUN> <n>" after each returned
//   purge PATH NOW   open the vault with the clock a day before NOW (epoch seconds), print
//                 "ready", move the clock to NOW and run Vault::purge(); then prints
//                 "purged <messages> <records> <microseconds it took>"

#include "core/analysis/Analyzer.h"
#include "core/common/Clock.h"
#include "core/session/SessionService.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/Vault.h"
#include "core/storage/VaultErrors.h"
#include "core/vaultsession/VaultSchema.h"
#include "core/vaultsession/VaultSession.h"
#include "tests/storage/support/KillTexts.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <iostream>
#include <string>

using namespace kotva;

namespace {

void say(const QString& line)
{
    std::cout << line.toStdString() << std::endl; // endl flushes: the parent reads live
}

QString code(const Error& error)
{
    return errorCodeName(error.code);
}

Result<VaultKey> keyFromStdin()
{
    std::string line;
    std::getline(std::cin, line);
    QByteArray hex = QByteArray::fromStdString(line).trimmed();
    return VaultKey::fromRawHex(SecureBuffer::takeFrom(hex));
}

QString scalar(Vault& vault, const QString& sql)
{
    QSqlQuery query(vault.database());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("failed");
    return query.value(0).toString();
}

int stream(const QString& path, const VaultKey& key)
{
    auto vault = Vault::existsAt(path) ? Vault::open(path, key) : Vault::create(path, key);
    if (!vault) {
        say(QStringLiteral("error ") + code(vault.error()));
        return 1;
    }
    QSqlDatabase db = (*vault)->database();
    QSqlQuery contact(db);
    QSqlQuery message(db);
    contact.prepare(QStringLiteral(
        "INSERT INTO contacts (pseudonym, channel, created_at) VALUES ('K', 'chat', ?)"));
    message.prepare(QStringLiteral("INSERT INTO messages (contact_id, author, body, created_at) "
                                   "VALUES (?, 'client', ?, ?)"));
    const QString body(300, u'x');
    for (;;) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (!db.transaction())
            return 2;
        contact.addBindValue(now);
        if (!contact.exec())
            return 3;
        const qint64 id = contact.lastInsertId().toLongLong();
        message.addBindValue(id);
        message.addBindValue(body);
        message.addBindValue(now);
        if (!message.exec() || !db.commit())
            return 4;
        say(QStringLiteral("committed %1").arg(id));
    }
}

int fill(const QString& path, const VaultKey& key)
{
    qint64 total = 0;
    {
        auto vault = Vault::create(path, key);
        if (!vault) {
            say(QStringLiteral("error ") + code(vault.error()));
            return 1;
        }
        QSqlDatabase db = (*vault)->database();
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("INSERT INTO contacts (id, pseudonym, channel, created_at) "
                                       "VALUES (1, 'F', 'chat', strftime('%s','now'))")))
            return 2;
        query.prepare(QStringLiteral("INSERT INTO messages (contact_id, author, body, created_at) "
                                     "VALUES (1, 'worker', ?, strftime('%s','now'))"));
        QString body;
        for (int i = 0; i < 100; ++i)
            body += QStringLiteral("text %1 ").arg(i * 7919 % 1000);
        for (;;) {
            bool ok = db.transaction();
            for (int i = 0; ok && i < 50; ++i) {
                query.addBindValue(body);
                ok = query.exec();
            }
            ok = ok && db.commit();
            if (!ok) {
                // The failure as the app would report it, through the vault's own mapping.
                const QSqlError failure =
                    query.lastError().isValid() ? query.lastError() : db.lastError();
                const auto* driver = qobject_cast<const SqlCipherDriver*>(db.driver());
                const Error mapped = storage::vaultError(failure, driver->lastSystemErrno(),
                                                         storage::FileLook::Random, true);
                query.finish();
                db.rollback();
                say(QStringLiteral("committed %1").arg(total));
                say(QStringLiteral("error ") + code(mapped));
                break;
            }
            total += 50;
        }
    }
    auto reopened = Vault::open(path, key);
    if (reopened) {
        say(QStringLiteral("reopen ok %1 %2")
                .arg(scalar(**reopened, QStringLiteral("SELECT count(*) FROM messages")))
                .arg(scalar(**reopened, QStringLiteral("PRAGMA integrity_check"))));
    } else {
        say(QStringLiteral("reopen error ") + code(reopened.error()));
    }
    reopened = Result<std::unique_ptr<Vault>>(nullptr);

    const QString second = QFileInfo(path).dir().filePath(QStringLiteral("second.vault"));
    const auto created = Vault::create(second, key);
    const int left =
        int(QFile::exists(second)) + int(QFile::exists(second + QStringLiteral("-wal")));
    say(QStringLiteral("create2 %1 %2")
            .arg(created ? QStringLiteral("ok") : code(created.error()))
            .arg(left));
    return 0;
}

/// What the app does once the vault is unlocked and a worker types one turn after another:
/// the pane's service comes from the VaultSession, its first purge runs at start.
int turns(const QString& path, const VaultKey& key, int run)
{
    auto vault = Vault::existsAt(path) ? Vault::open(path, key) : Vault::create(path, key);
    if (!vault) {
        say(QStringLiteral("error ") + code(vault.error()));
        return 1;
    }
    const Result<Analyzer> analyzer = Analyzer::create();
    if (!analyzer) {
        say(QStringLiteral("error ") + code(analyzer.error()));
        return 1;
    }
    VaultSession session(**vault, *analyzer);
    session.start();
    SessionService& service = session.contacts();
    const Result<Contact> contact =
        service.openContact({Channel::Chat, QStringLiteral("Kamila"), ContractWish::JustBeHeard});
    if (!contact) {
        say(QStringLiteral("error ") + code(contact.error()));
        return 2;
    }
    say(QStringLiteral("contact %1").arg(contact->id));
    say(QStringLiteral("ready"));
    for (int n = 0;; ++n) {
        const Author author = n % 2 == 0 ? Author::Client : Author::Worker;
        const Result<SavedTurn> saved =
            service.addTurn(contact->id, author, test::killTurnText(run, n));
        if (!saved) {
            say(QStringLiteral("error ") + code(saved.error()));
            return 3;
        }
        say(QStringLiteral("committed %1 %2 %3").arg(saved->turn.id).arg(run).arg(n));
    }
}

/// Opening purges too: with the clock a day early it finds nothing new, so that the work
/// (and the kill) falls into the purge that runs at NOW, the one the hourly Purger runs.
int purge(const QString& path, const VaultKey& key, qint64 nowSecs)
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(nowSecs, Qt::UTC);
    FixedClock clock(now.addDays(-1));
    auto vault = Vault::open(path, key, clock);
    if (!vault) {
        say(QStringLiteral("error ") + code(vault.error()));
        return 1;
    }
    say(QStringLiteral("ready"));
    clock.set(now);
    QElapsedTimer timer;
    timer.start();
    const Result<PurgeReport> report = (*vault)->purge();
    if (!report) {
        say(QStringLiteral("error ") + code(report.error()));
        return 2;
    }
    say(QStringLiteral("purged %1 %2 %3")
            .arg(report->messagesRemoved)
            .arg(report->recordsRemoved)
            .arg(timer.nsecsElapsed() / 1000));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    kotva::registerVaultSchema();
    if (argc != 3 && argc != 4) {
        std::cerr << "usage: storage_fault_helper stream|fill|open|create PATH, "
                     "turns PATH RUN, purge PATH NOW"
                  << std::endl;
        return 64;
    }
    const QString command = QString::fromLocal8Bit(argv[1]);
    const QString path = QString::fromLocal8Bit(argv[2]);
    const Result<VaultKey> key = keyFromStdin();
    if (!key) {
        say(QStringLiteral("error ") + code(key.error()));
        return 65;
    }
    if (command == QLatin1String("stream"))
        return stream(path, *key);
    if (command == QLatin1String("fill"))
        return fill(path, *key);
    const QString number = argc == 4 ? QString::fromLocal8Bit(argv[3]) : QString();
    if (command == QLatin1String("turns"))
        return turns(path, *key, number.toInt());
    if (command == QLatin1String("purge"))
        return purge(path, *key, number.toLongLong());
    if (command == QLatin1String("open") || command == QLatin1String("create")) {
        const auto vault =
            command == QLatin1String("open") ? Vault::open(path, *key) : Vault::create(path, *key);
        say(vault ? QStringLiteral("ok")
                  : QStringLiteral("error ") + code(vault.error()) + u' ' + vault.error().detail);
        return 0;
    }
    return 64;
}
