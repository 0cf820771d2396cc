#include "app/bootstrap/Hardening.h"
#include "app/bootstrap/QuietLogs.h"
#include "app/cli/CliCommand.h"
#include "core/vaultsession/VaultSchema.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

namespace {

struct Subcommand
{
    const char* name;
    int (*run)(const QStringList&, kotva::cli::CliIo&);
    bool needsGui; ///< renders with QPainter (PDF), so it needs a (headless) QGuiApplication
    const char* summary;
};

constexpr Subcommand subcommands[] = {
    {"vault", &kotva::cli::runVault, false,
     QT_TRANSLATE_NOOP("kotva::cli", "create, inspect and purge an encrypted vault")},
    {"analyze", &kotva::cli::runAnalyze, false,
     QT_TRANSLATE_NOOP("kotva::cli",
                       "check messages on stdin for danger, boundaries and personal data")},
    {"schedule", &kotva::cli::runSchedule, true,
     QT_TRANSLATE_NOOP("kotva::cli", "the group programme for a month as PDF, iCalendar or text")},
    {"deadline", &kotva::cli::runDeadline, false,
     QT_TRANSLATE_NOOP("kotva::cli", "the due date after N Czech working days")},
};

/// --lang may stand anywhere; it is taken out before the subcommand parses its own options.
QString takeLanguageOption(QStringList& arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == u"--lang" && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
            arguments.remove(i, 2);
            break;
        }
        if (argument.startsWith(u"--lang=")) {
            language = argument.mid(7);
            arguments.remove(i);
            break;
        }
    }
    return language;
}

void printUsage(QTextStream& stream)
{
    stream << QCoreApplication::translate("kotva::cli", "Usage: kotva-cli <command> [options]")
           << u'\n' << u'\n';
    for (const Subcommand& command : subcommands)
        stream << QStringLiteral("  ") << QString::fromLatin1(command.name).leftJustified(10)
               << QCoreApplication::translate("kotva::cli", command.summary) << u'\n';
    stream << u'\n'
           << QCoreApplication::translate("kotva::cli",
                                          "Run 'kotva-cli <command> --help' for its options.")
           << u'\n';
}

} // namespace

int main(int argc, char* argv[])
{
    kotva::hardenProcess();
    // The modules' tables every vault is migrated to and purged by.
    kotva::registerVaultSchema();

    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const Subcommand* chosen = nullptr;
    if (rawArguments.size() > 1) {
        for (const Subcommand& command : subcommands)
            if (rawArguments.at(1) == QLatin1String(command.name))
                chosen = &command;
    }

    // The console tool never needs a display: rendering goes to the offscreen platform.
    std::unique_ptr<QCoreApplication> app;
    if (chosen && chosen->needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Kotva"));
    QCoreApplication::setApplicationName(QStringLiteral("Kotva"));
    kotva::keepClientTextOutOfLogs();

    QStringList arguments = QCoreApplication::arguments();
    kotva::installTranslators(*app, takeLanguageOption(arguments));

    QFile in;
    (void)in.open(stdin, QIODevice::ReadOnly);
    QTextStream out(stdout);
    QTextStream err(stderr);
    kotva::cli::CliIo io{in, out, err};

    if (!chosen) {
        const bool askedForHelp =
            arguments.size() > 1 && (arguments.at(1) == u"--help" || arguments.at(1) == u"-h");
        printUsage(askedForHelp ? out : err);
        return askedForHelp ? kotva::cli::ExitOk : kotva::cli::ExitUsage;
    }

    QStringList commandArguments = arguments.mid(2);
    commandArguments.prepend(QStringLiteral("kotva-cli ") + QString::fromLatin1(chosen->name));
    int code = chosen->run(commandArguments, io);
    // Output that never arrived (stdout on a full disk, a closed pipe) is a failure: a
    // script reading Kotva's answer must not take silence for success.
    out.flush();
    if (out.status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout)) {
        err << QCoreApplication::translate("kotva::cli",
                                           "The output could not be written (is the disk "
                                           "full or the pipe closed?).")
            << u'\n';
        code = code == kotva::cli::ExitOk ? kotva::cli::ExitFailure : code;
    }
    err.flush();
    return code;
}
