#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace kotva {

/// How "Workers on other PCs" asks for the cards and files it opens and saves, and reads and
/// writes them (issue 15). The questions go through a chooser, a file dialog unless a test
/// answers with a path; the last folder chosen is offered next time.
class ExchangeFiles final
{
    Q_DECLARE_TR_FUNCTIONS(kotva::ExchangeFiles)

public:
    /// A file to open or save; the chooser answers with its path, or an empty one for Cancel.
    struct Question
    {
        bool save = false;
        QString caption;
        QString suggestedPath; ///< the folder to open in, or the file to save as
        QString filter;
    };
    using Chooser = std::function<QString(QWidget* parent, const Question& question)>;

    ExchangeFiles();

    void setChooser(Chooser chooser) { m_choose = std::move(chooser); }

    /// Where to save a file named after `name` (a team's name, a member's initials, a date);
    /// the path always ends with `suffix` (".kotva-team"). Empty for Cancel.
    [[nodiscard]] QString chooseToSave(QWidget* parent, const QString& caption, const QString& name,
                                       const QString& suffix, const QString& filter);
    /// Which file to open; empty for Cancel.
    [[nodiscard]] QString chooseToOpen(QWidget* parent, const QString& caption,
                                       const QString& filter);

    /// The file's bytes; an error in the user's words for a file that cannot be read or is far
    /// too large to be one Kotva made.
    [[nodiscard]] static Result<QByteArray> read(const QString& path);
    /// Writes the file whole or not at all (shell::writeWholeFile).
    [[nodiscard]] static Status write(const QString& path, const QByteArray& bytes);

private:
    [[nodiscard]] QString ask(QWidget* parent, const Question& question);

    Chooser m_choose;
    QString m_lastFolder;
};

} // namespace kotva
