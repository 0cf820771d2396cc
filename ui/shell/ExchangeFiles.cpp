#include "ui/shell/ExchangeFiles.h"

#include "ui/shell/WholeFile.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace kotva {

namespace {

/// A worker's file holds a few months of notes and figures: far below this. A larger file is
/// not one of Kotva's and is not read into memory.
constexpr qint64 MaxFileBytes = qint64(64) * 1024 * 1024;

/// A file name from a team's name or a member's initials: characters no file system takes
/// become dashes.
QString fileNameFor(const QString& name, const QString& suffix)
{
    QString base;
    for (const QChar c : name.trimmed())
        base += (c.isPrint() && !QStringLiteral("/\\:*?\"<>|").contains(c)) ? c : u'-';
    if (base.isEmpty() || base.startsWith(u'.'))
        base.prepend(QStringLiteral("kotva"));
    return base + suffix;
}

} // namespace

ExchangeFiles::ExchangeFiles()
    : m_choose([](QWidget* parent, const Question& question) {
        return question.save
                   ? QFileDialog::getSaveFileName(parent, question.caption, question.suggestedPath,
                                                  question.filter)
                   : QFileDialog::getOpenFileName(parent, question.caption, question.suggestedPath,
                                                  question.filter);
    })
    , m_lastFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{}

QString ExchangeFiles::ask(QWidget* parent, const Question& question)
{
    const QString path = m_choose(parent, question);
    if (!path.isEmpty())
        m_lastFolder = QFileInfo(path).absolutePath();
    return path;
}

QString ExchangeFiles::chooseToSave(QWidget* parent, const QString& caption, const QString& name,
                                    const QString& suffix, const QString& filter)
{
    const QString folder = m_lastFolder.isEmpty() ? QDir::homePath() : m_lastFolder;
    QString path = ask(
        parent, Question{true, caption, QDir(folder).filePath(fileNameFor(name, suffix)), filter});
    // The other Kotva opens only files with the suffix of their kind.
    if (!path.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return path;
}

QString ExchangeFiles::chooseToOpen(QWidget* parent, const QString& caption, const QString& filter)
{
    return ask(parent, Question{false, caption,
                                m_lastFolder.isEmpty() ? QDir::homePath() : m_lastFolder, filter});
}

Result<QByteArray> ExchangeFiles::read(const QString& path)
{
    QFile file(path);
    if (file.size() > MaxFileBytes)
        return fail(ErrorCode::InvalidInput, tr("The file %1 is too large to be a file Kotva made.")
                                                 .arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)),
                    file.errorString());
    return file.readAll();
}

Status ExchangeFiles::write(const QString& path, const QByteArray& bytes)
{
    return shell::writeWholeFile(
        path, [&bytes](QIODevice& device) { return device.write(bytes) == bytes.size(); });
}

} // namespace kotva
