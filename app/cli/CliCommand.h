#pragma once

#include <QFile>
#include <QStringList>
#include <QTextStream>

namespace kotva::cli {

/// The streams a subcommand talks through; tests run the real binary and read them.
struct CliIo
{
    QFile& in;
    QTextStream& out;
    QTextStream& err;
};

/// Exit codes of kotva-cli, stable for scripts.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, ///< the operation failed (wrong key, corrupt vault, bad input)
    ExitUsage = 2,   ///< the command line was wrong
};

/// Each subcommand receives its arguments with argv[0] set to "kotva-cli <name>",
/// ready for QCommandLineParser::process-free parsing via parse().
int runVault(const QStringList& arguments, CliIo& io);
int runAnalyze(const QStringList& arguments, CliIo& io);
int runSchedule(const QStringList& arguments, CliIo& io);
int runDeadline(const QStringList& arguments, CliIo& io);

} // namespace kotva::cli
