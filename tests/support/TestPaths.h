#pragma once

#include <QString>

namespace kotva::test {

/// The repository root (for resources/), ../shared (eval sets, seeds), the built CLI.
inline QString sourceDir()
{
    return QStringLiteral(KOTVA_SOURCE_DIR);
}
inline QString sharedDir()
{
    return QStringLiteral(KOTVA_SHARED_DIR);
}
inline QString binaryDir()
{
    return QStringLiteral(KOTVA_BINARY_DIR);
}
inline QString cliPath()
{
    return QStringLiteral(KOTVA_CLI_PATH);
}
inline QString guiPath()
{
    return QStringLiteral(KOTVA_GUI_PATH);
}

} // namespace kotva::test
