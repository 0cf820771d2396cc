#pragma once

// Organisation data (lexicons, the referral directory, programme templates) is something an
// organisation may edit. It is read from the first of these that has it and loads:
//   1. the user's data folder (Linux: ~/.local/share/Kotva/<relative>),
//   2. the installed copy (<prefix>/share/kotva/<relative>, found beside the executable),
//   3. the copy built into Kotva.
// A copy that exists but does not load is skipped with its error, so a broken edit never
// leaves Kotva without its safety checks; Settings shows which copy is in use.

#include "core/common/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kotva {

struct DataSource
{
    enum class Origin { UserFolder, Installed, BuiltIn };
    Origin origin = Origin::BuiltIn;
    QString path;          ///< the file or folder read ("…/lexicons", ":/lexicons")
    QDateTime modifiedUtc; ///< when it last changed; for the built-in copy, the program's date

    /// Translated: "your data folder", "the installed copy", "built into Kotva".
    [[nodiscard]] QString originName() const;
};

/// One kind of organisation data as it was loaded.
struct DataInUse
{
    QString what; ///< translated: "Lexicons", "Referral directory"
    DataSource source;
    QStringList skipped; ///< "<path>: <error>" for each copy before it that did not load
};

class DataFolders final
{
public:
    /// `userRoot` and `installedRoot` may be empty (not searched).
    DataFolders(QString userRoot, QString installedRoot);
    /// The standard places: QStandardPaths::AppDataLocation and ../share/kotva beside the
    /// executable.
    [[nodiscard]] static DataFolders standard();

    /// The copies of `relative` that exist, in the order they are tried, ending with the
    /// built-in `builtInPath`.
    [[nodiscard]] QList<DataSource> candidates(const QString& relative,
                                               const QString& builtInPath) const;

    /// Loads the first candidate that loads; `used` says which, and what was skipped.
    template <typename T, typename Load>
    [[nodiscard]] Result<T> loadFirst(const QString& relative, const QString& builtInPath,
                                      Load load, DataInUse& used) const
    {
        std::optional<Error> last;
        for (const DataSource& source : candidates(relative, builtInPath)) {
            Result<T> loaded = load(source.path);
            if (loaded) {
                used.source = source;
                return loaded;
            }
            used.skipped << source.path + QStringLiteral(": ") + loaded.error().message;
            last = loaded.error();
        }
        return std::unexpected(*last);
    }

private:
    QString m_userRoot;
    QString m_installedRoot;
};

} // namespace kotva
