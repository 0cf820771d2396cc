#include "app/cli/CliCommand.h"
#include "core/access/VaultAccess.h"
#include "core/common/SecureBuffer.h"
#include "core/keys/KeychainStore.h"
#include "core/storage/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cerrno>
#include <memory>
#include <optional>
#include <termios.h>
#include <unistd.h>

// kotva-cli vault create|info|purge|change-key. The key comes from the keychain unless
// --passphrase-stdin is given; both go through VaultAccess, the state machine the GUI uses,
// and the keychain's answer arrives in QCoreApplication::exec() (the main loop).

namespace kotva::cli {

namespace {

constexpr qsizetype MaxPassphraseBytes = 1024;

/// One line of stdin read byte by byte straight from the descriptor, so no stdio or
/// QIODevice buffer keeps a copy of the passphrase. The newline is not part of it. At a
/// terminal the prompt goes to stderr and typing is not echoed.
Result<SecureBuffer> readSecretLine(QTextStream& err, const QString& prompt)
{
    struct EchoOff
    {
        termios saved{};
        bool active = false;
        EchoOff()
        {
            if (::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
                termios quiet = saved;
                quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
                active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
            }
        }
        ~EchoOff()
        {
            if (active)
                (void)::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        }
    } echoOff;
    if (echoOff.active)
        err << prompt << Qt::flush;
    SecureBuffer line(MaxPassphraseBytes);
    qsizetype size = 0;
    for (;;) {
        char c = 0;
        const ssize_t got = ::read(STDIN_FILENO, &c, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return fail(
                ErrorCode::Io,
                QCoreApplication::translate(
                    "kotva::cli::vault", "The passphrase could not be read from standard input."));
        if (got == 0 || c == '\n')
            break;
        if (size == MaxPassphraseBytes)
            return fail(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("kotva::cli::vault", "The passphrase is too long."));
        line.data()[size++] = c;
    }
    if (echoOff.active)
        err << u'\n' << Qt::flush;
    if (size > 0 && line.constData()[size - 1] == '\r')
        --size;
    return SecureBuffer::copyOf(line.constData(), size);
}

QString keySourceName(VaultAccess::KeySource source)
{
    switch (source) {
    case VaultAccess::KeySource::Keychain:
        return QStringLiteral("keychain");
    case VaultAccess::KeySource::Passphrase:
        return QStringLiteral("passphrase");
    case VaultAccess::KeySource::Member:
        return QStringLiteral("member");
    case VaultAccess::KeySource::None:
        break;
    }
    return QStringLiteral("none");
}

void printJson(CliIo& io, const QJsonObject& object)
{
    io.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << u'\n';
}

int printError(CliIo& io, const Error& error)
{
    io.err << QCoreApplication::translate("kotva::cli::vault", "Error: %1").arg(error.toString())
           << u'\n';
    return ExitFailure;
}

/// Drives one VaultAccess to Unlocked (or to a clear error) inside the main loop.
class Session final
{
public:
    Session(const QString& path, const Clock& clock)
        : m_keychain()
        , m_access(path, m_keychain, clock)
    {
        QObject::connect(&m_access, &VaultAccess::unlocked, &m_access, [this] { finish({}); });
        QObject::connect(&m_access, &VaultAccess::failed, &m_access,
                         [this](const Error& error) { finish(error); });
        QObject::connect(&m_access, &VaultAccess::setupFailed, &m_access,
                         [this](const Error& error) { finish(error); });
        QObject::connect(
            &m_access, &VaultAccess::passphraseNeeded, &m_access,
            [this](const Error& reason) { finish(m_withPassphrase ? reason : explain(reason)); });
        // Each member of a team vault types their own passphrase for their own key slot: the
        // command line does not choose a member for them.
        QObject::connect(&m_access, &VaultAccess::memberNeeded, &m_access, [this](const Error&) {
            finish(Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "kotva::cli::vault",
                             "%1 is a team vault: each member unlocks it in Kotva with their own "
                             "passphrase. The command line opens vaults of one person only.")
                             .arg(m_access.vaultPath()),
                         {}});
        });
        QObject::connect(&m_access, &VaultAccess::setupNeeded, &m_access, [this] {
            if (!m_creating)
                finish(Error{
                    ErrorCode::NotFound,
                    QCoreApplication::translate("kotva::cli::vault", "There is no vault at %1.")
                        .arg(m_access.vaultPath()),
                    {}});
        });
    }

    VaultAccess& access() { return m_access; }
    KeychainStore& keychain() { return m_keychain; }

    /// Opens an existing vault, with the keychain's key or the given passphrase.
    Status open(std::optional<SecureBuffer> passphrase)
    {
        m_withPassphrase = passphrase.has_value();
        if (passphrase)
            m_access.unlockWithPassphrase(std::move(*passphrase));
        else
            m_access.start();
        return wait();
    }

    Status create(std::optional<SecureBuffer> passphrase)
    {
        m_creating = true;
        if (!Vault::existsAt(m_access.vaultPath()))
            m_access.start(); // → NeedsSetup at once
        if (m_access.state() != VaultAccess::State::NeedsSetup)
            return fail(
                ErrorCode::AlreadyExists,
                QCoreApplication::translate("kotva::cli::vault",
                                            "Something already exists at %1; it is left as it is.")
                    .arg(m_access.vaultPath()));
        if (passphrase)
            m_access.createWithPassphrase(std::move(*passphrase));
        else
            m_access.createWithKeychain();
        return wait();
    }

    /// Runs the main loop until finish() (unless that already happened synchronously).
    Status wait()
    {
        if (!m_result) {
            m_waiting = true;
            QCoreApplication::exec();
            m_waiting = false;
        }
        Status result = m_result.value_or(fail(
            ErrorCode::Internal, QCoreApplication::translate(
                                     "kotva::cli::vault", "The vault operation did not finish.")));
        m_result.reset();
        return result;
    }

    void finish(std::optional<Error> error)
    {
        if (m_result)
            return;
        m_result = error ? Status(std::unexpected(*error)) : Status();
        if (m_waiting)
            QCoreApplication::exit(0);
    }

private:
    /// The CLI cannot prompt: say how to give the passphrase instead.
    static Error explain(Error reason)
    {
        reason.message += u' ' + QCoreApplication::translate(
                                     "kotva::cli::vault",
                                     "To use a passphrase, pass --passphrase-stdin and write "
                                     "it as the first line of standard input.");
        return reason;
    }

    KeychainStore m_keychain;
    VaultAccess m_access;
    std::optional<Status> m_result;
    bool m_waiting = false;
    bool m_creating = false;
    bool m_withPassphrase = false;
};

struct Options
{
    QCommandLineOption vault{
        QStringLiteral("vault"),
        QCoreApplication::translate("kotva::cli::vault", "The vault file (default: %1).")
            .arg(Vault::defaultPath()),
        QCoreApplication::translate("kotva::cli::vault", "path")};
    QCommandLineOption passphraseStdin{
        QStringLiteral("passphrase-stdin"),
        QCoreApplication::translate(
            "kotva::cli::vault",
            "Use a passphrase, read from the first line of standard input, instead of the "
            "keychain.")};
    QCommandLineOption now{
        QStringLiteral("now"),
        QCoreApplication::translate("kotva::cli::vault",
                                    "Pretend the current time is this ISO 8601 instant."),
        QCoreApplication::translate("kotva::cli::vault", "time")};
    QCommandLineOption confirmClock{
        QStringLiteral("confirm-clock"),
        QCoreApplication::translate(
            "kotva::cli::vault",
            "purge: the clock is right even though it is long past the vault's last use; "
            "delete what expired.")};
    QCommandLineOption to{
        QStringLiteral("to"),
        QCoreApplication::translate("kotva::cli::vault",
                                    "change-key: 'passphrase' (the new one is the next line of "
                                    "standard input) or 'keychain'."),
        QCoreApplication::translate("kotva::cli::vault", "target")};
};

QJsonObject infoJson(const VaultInfo& info, VaultAccess::KeySource source)
{
    QJsonObject retention{{QStringLiteral("message_days"), info.retention.messageDays},
                          {QStringLiteral("record_months"), info.retention.recordMonths}};
    QJsonObject object{{QStringLiteral("path"), info.path},
                       {QStringLiteral("sqlcipher_version"), info.cipherVersion},
                       {QStringLiteral("kdf_iterations"), info.kdfIterations},
                       {QStringLiteral("schema_version"), info.schemaVersion},
                       {QStringLiteral("page_count"), info.pageCount},
                       {QStringLiteral("retention"), retention},
                       {QStringLiteral("key_source"), keySourceName(source)}};
    object.insert(QStringLiteral("oldest_record_age_seconds"),
                  info.oldestRecordAgeSeconds ? QJsonValue(*info.oldestRecordAgeSeconds)
                                              : QJsonValue(QJsonValue::Null));
    return object;
}

QJsonObject purgeJson(const PurgeReport& report)
{
    return {{QStringLiteral("ran_at"), report.ranAtUtc.toString(Qt::ISODate)},
            {QStringLiteral("messages_removed"), report.messagesRemoved},
            {QStringLiteral("records_removed"), report.recordsRemoved}};
}

int runChangeKey(Session& session, const QString& target, CliIo& io)
{
    VaultAccess& access = session.access();
    if (target == u"passphrase") {
        Result<SecureBuffer> next = readSecretLine(
            io.err, QCoreApplication::translate("kotva::cli::vault", "New passphrase: "));
        if (!next)
            return printError(io, next.error());
        if (access.keySource() == VaultAccess::KeySource::Passphrase) {
            if (Status changed = access.changePassphrase(std::move(*next)); !changed)
                return printError(io, changed.error());
        } else {
            QObject::connect(&access, &VaultAccess::keyChanged, &access,
                             [&session] { session.finish({}); });
            QObject::connect(&access, &VaultAccess::keyChangeFailed, &access,
                             [&session](const Error& error) { session.finish(error); });
            access.changeToPassphrase(std::move(*next));
            if (Status changed = session.wait(); !changed)
                return printError(io, changed.error());
        }
    } else {
        QObject::connect(&access, &VaultAccess::keyChanged, &access,
                         [&session] { session.finish({}); });
        QObject::connect(&access, &VaultAccess::keyChangeFailed, &access,
                         [&session](const Error& error) { session.finish(error); });
        access.changeToKeychain();
        if (Status changed = session.wait(); !changed)
            return printError(io, changed.error());
    }
    printJson(io, {{QStringLiteral("key_source"), keySourceName(access.keySource())}});
    return ExitOk;
}

void printUsage(QTextStream& stream, const QCommandLineParser& parser)
{
    stream << QCoreApplication::translate(
                  "kotva::cli::vault",
                  "Usage: kotva-cli vault <create|info|purge|change-key> [options]")
           << u'\n' << u'\n'
           << QCoreApplication::translate(
                  "kotva::cli::vault",
                  "  create      create a new vault (key in the keychain by default)")
           << u'\n'
           << QCoreApplication::translate("kotva::cli::vault",
                                          "  info        print facts about the vault as JSON")
           << u'\n'
           << QCoreApplication::translate(
                  "kotva::cli::vault",
                  "  purge       remove what has expired and print what was removed as JSON")
           << u'\n'
           << QCoreApplication::translate(
                  "kotva::cli::vault",
                  "  change-key  move the key to a passphrase or to the keychain (--to)")
           << u'\n' << u'\n' << parser.helpText().section(u'\n', 2) << u'\n';
}

} // namespace

int runVault(const QStringList& arguments, CliIo& io)
{
    // Storage and keys report progress at info level; a console tool prints only its result.
    // QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("kotva.*.info=false"));
    Options options;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kotva::cli::vault", "Create, inspect and purge an encrypted vault."));
    const QCommandLineOption help = parser.addHelpOption();
    parser.addOptions(
        {options.vault, options.passphraseStdin, options.now, options.confirmClock, options.to});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("kotva::cli::vault", "create, info, purge or change-key"));
    if (!parser.parse(arguments)) {
        io.err << parser.errorText() << u'\n';
        printUsage(io.err, parser);
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        printUsage(io.out, parser);
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    static const QStringList commands{QStringLiteral("create"), QStringLiteral("info"),
                                      QStringLiteral("purge"), QStringLiteral("change-key")};
    if (positional.size() != 1 || !commands.contains(positional.first())) {
        io.err << QCoreApplication::translate("kotva::cli::vault",
                                              "Say which vault command to run.")
               << u'\n';
        printUsage(io.err, parser);
        return ExitUsage;
    }
    const QString command = positional.first();
    const QString target = parser.value(options.to);
    if (command == u"change-key" && target != u"passphrase" && target != u"keychain") {
        io.err << QCoreApplication::translate("kotva::cli::vault",
                                              "change-key needs --to passphrase or --to keychain.")
               << u'\n';
        return ExitUsage;
    }

    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(options.now)) {
        now = QDateTime::fromString(parser.value(options.now), Qt::ISODateWithMs);
        if (!now.isValid()) {
            io.err << QCoreApplication::translate(
                          "kotva::cli::vault",
                          "--now needs an ISO 8601 time such as 2026-03-01T12:00:00Z.")
                   << u'\n';
            return ExitUsage;
        }
        now = now.toUTC();
    }
    FixedClock clock(now);
    const QString path =
        parser.isSet(options.vault) ? parser.value(options.vault) : Vault::defaultPath();

    std::optional<SecureBuffer> passphrase;
    if (parser.isSet(options.passphraseStdin)) {
        Result<SecureBuffer> line = readSecretLine(
            io.err, QCoreApplication::translate("kotva::cli::vault", "Passphrase: "));
        if (!line)
            return printError(io, line.error());
        passphrase = std::move(*line);
    }

    Session session(path, clock);
    if (command == u"create") {
        if (Status created = session.create(std::move(passphrase)); !created)
            return printError(io, created.error());
        Result<VaultInfo> info = session.access().vault()->info();
        if (!info)
            return printError(io, info.error());
        printJson(io, infoJson(*info, session.access().keySource()));
        return ExitOk;
    }

    if (Status opened = session.open(std::move(passphrase)); !opened)
        return printError(io, opened.error());
    Vault& vault = *session.access().vault();
    if (command == u"info") {
        Result<VaultInfo> info = vault.info();
        if (!info)
            return printError(io, info.error());
        QJsonObject json = infoJson(*info, session.access().keySource());
        json.insert(QStringLiteral("purge_held"), vault.purgeHeld());
        json.insert(QStringLiteral("last_used"),
                    vault.lastUsedUtc() ? QJsonValue(vault.lastUsedUtc()->toString(Qt::ISODate))
                                        : QJsonValue(QJsonValue::Null));
        printJson(io, json);
        return ExitOk;
    }
    if (command == u"purge" && vault.purgeHeld()) {
        if (!parser.isSet(options.confirmClock)) {
            io.err << QCoreApplication::translate(
                          "kotva::cli::vault",
                          "Nothing was deleted: the clock says %1, more than %2 days after the "
                          "vault was last used (%3). If the date is right, run the purge again "
                          "with --confirm-clock.")
                          .arg(now.toString(Qt::ISODate))
                          .arg(Vault::MaxDaysWithoutUse)
                          .arg(vault.lastUsedUtc() ? vault.lastUsedUtc()->toString(Qt::ISODate)
                                                   : QString())
                   << u'\n';
            return ExitFailure;
        }
        vault.confirmClock();
    }
    if (command == u"purge") {
        // Opening already purged; a second pass reports any failure to wipe the WAL, and the
        // two reports together are what this command removed.
        Result<PurgeReport> report = vault.purge();
        if (!report)
            return printError(io, report.error());
        if (const std::optional<PurgeReport> opening = vault.openingPurge()) {
            report->messagesRemoved += opening->messagesRemoved;
            report->recordsRemoved += opening->recordsRemoved;
        }
        printJson(io, purgeJson(*report));
        return ExitOk;
    }
    return runChangeKey(session, target, io);
}

} // namespace kotva::cli
