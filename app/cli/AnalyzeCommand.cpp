#include "app/cli/CliCommand.h"

#include <QCoreApplication>

namespace kotva::cli {

// Replaced by the analyze subcommand (issue 3).
int runAnalyze(const QStringList&, CliIo& io)
{
    io.err << QCoreApplication::translate("kotva::cli", "This command is not available yet.") << u'\n';
    return ExitFailure;
}

} // namespace kotva::cli
