#include "ui/shell/WholeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace kotva::shell {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::WholeFile)
};

} // namespace

Status writeWholeFile(const QString& path, const std::function<bool(QIODevice&)>& write)
{
    const QFileInfo target(path);
    if (!QFileInfo(target.absolutePath()).isDir())
        return fail(ErrorCode::Io, Tr::tr("The file cannot be saved: the folder %1 does not exist.")
                                       .arg(QDir::toNativeSeparators(target.absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::ReadOnly,
                    Tr::tr("The file %1 cannot be written here: the folder or the file is "
                           "read-only.")
                        .arg(QDir::toNativeSeparators(path)),
                    file.errorString());
    if (!write(file) || !file.commit())
        return fail(ErrorCode::Io,
                    Tr::tr("The file %1 could not be written completely (is the disk full?). "
                           "Nothing was changed.")
                        .arg(QDir::toNativeSeparators(path)),
                    file.errorString());
    return {};
}

} // namespace kotva::shell
