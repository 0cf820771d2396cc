#include "app/cli/CliCommand.h"

#include <QCoreApplication>

namespace kotva::cli {

// Replaced by the schedule and deadline subcommands (issue 4).
int runSchedule(const QStringList&, CliIo& io)
{
    io.err << QCoreApplication::translate("kotva::cli", "This command is not available yet.") << u'\n';
    return ExitFailure;
}

int runDeadline(const QStringList&, CliIo& io)
{
    io.err << QCoreApplication::translate("kotva::cli", "This command is not available yet.") << u'\n';
    return ExitFailure;
}

} // namespace kotva::cli
