#pragma once

#include <QString>

class QWidget;

namespace kotva {

/// One decision the user is asked to take in a modal box. The shell keeps modal boxes
/// for decisions only (errors are shown inline), and goes through this seam so that
/// tests can answer them without a message box on screen.
struct Decision
{
    QString title;
    QString text;             ///< the question, in plain words
    QString detail;           ///< what follows from each answer; may be empty
    QString confirmLabel;     ///< the button that goes ahead, e.g. "Delete now"
    bool destructive = false; ///< going ahead cannot be undone
};

class Prompter
{
public:
    virtual ~Prompter() = default;
    /// True when the user chose to go ahead; false for cancel or closing the box.
    virtual bool confirm(QWidget* parent, const Decision& decision) = 0;
};

/// The real prompter: a QMessageBox whose default button is the safe one.
class MessageBoxPrompter final : public Prompter
{
public:
    bool confirm(QWidget* parent, const Decision& decision) override;
};

} // namespace kotva
