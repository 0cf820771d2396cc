#include "app/cli/CliCommand.h"

#include <QCoreApplication>

namespace kotva::cli {

// Replaced by the vault subcommands (issue 2).
int runVault(const QStringList&, CliIo& io)
{
    io.err << QCoreApplication::translate("kotva::cli", "This command is not available yet.") << u'\n';
    return ExitFailure;
}

} // namespace kotva::cli
