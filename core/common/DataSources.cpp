#include "core/common/DataSources.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::DataSource)
};

/// A folder's date is that of its newest file: editing a lexicon changes the file, not the
/// folder.
QDateTime modifiedUtc(const QFileInfo& info)
{
    QDateTime newest = info.lastModified().toUTC();
    if (info.isDir()) {
        const QFileInfoList files = QDir(info.filePath()).entryInfoList(QDir::Files);
        for (const QFileInfo& file : files)
            newest = std::max(newest, file.lastModified().toUTC());
    }
    return newest;
}

} // namespace

QString DataSource::originName() const
{
    switch (origin) {
    case Origin::UserFolder:
        return Tr::tr("your data folder");
    case Origin::Installed:
        return Tr::tr("the installed copy");
    case Origin::BuiltIn:
        break;
    }
    return Tr::tr("built into Kotva");
}

DataFolders::DataFolders(QString userRoot, QString installedRoot)
    : m_userRoot(std::move(userRoot))
    , m_installedRoot(std::move(installedRoot))
{}

DataFolders DataFolders::standard()
{
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(QStringLiteral("../share/kotva"));
    return DataFolders(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                       QDir::cleanPath(installed));
}

QList<DataSource> DataFolders::candidates(const QString& relative, const QString& builtInPath) const
{
    QList<DataSource> found;
    const auto add = [&](DataSource::Origin origin, const QString& root) {
        if (root.isEmpty())
            return;
        const QFileInfo info(QDir(root).filePath(relative));
        if (info.exists())
            found.append(DataSource{origin, info.absoluteFilePath(), modifiedUtc(info)});
    };
    add(DataSource::Origin::UserFolder, m_userRoot);
    add(DataSource::Origin::Installed, m_installedRoot);
    const QString program = QCoreApplication::applicationFilePath();
    found.append(
        DataSource{DataSource::Origin::BuiltIn, builtInPath,
                   program.isEmpty() ? QDateTime() : QFileInfo(program).lastModified().toUTC()});
    return found;
}

} // namespace kotva
