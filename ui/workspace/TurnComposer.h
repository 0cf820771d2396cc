#pragma once

#include "core/analysis/Analyzer.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class QTimer;

namespace kotva {

class ComposerEdit;

/// Where a turn is written or pasted: who it is from (the client's message or my reply),
/// the text with live analysis marks, and Save (Ctrl+Enter). The analysis runs a moment
/// after typing stops (debounced), so typing never waits for it; very long texts are
/// checked only when saved.
class TurnComposer final : public QWidget
{
    Q_OBJECT
public:
    /// Pause after the last keystroke before the text is analysed.
    static constexpr int DebounceMs = 250;
    /// Longer texts (a pasted e-mail thread) wait longer, so pasting stays smooth.
    static constexpr qsizetype LongText = 20000;
    static constexpr int LongDebounceMs = 750;
    /// Beyond this, no live analysis at all; SessionService still analyses on save.
    static constexpr qsizetype LiveLimit = 200000;

    explicit TurnComposer(const Analyzer& analyzer, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(TurnComposer)

    [[nodiscard]] Author author() const;
    void setAuthor(Author author);
    [[nodiscard]] QString text() const;
    void setText(const QString& text);
    /// Inserts at the cursor (a suggested wording, the referral script).
    void insertText(const QString& text);
    void clear();

    /// Runs the pending analysis at once (the timer's job; tests call it too).
    void analyseNow();
    [[nodiscard]] const Analysis& lastAnalysis() const { return m_analysis; }
    [[nodiscard]] bool analysisPending() const;

    [[nodiscard]] ComposerEdit* editor() const { return m_edit; }
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QRadioButton* clientButton() const { return m_client; }
    [[nodiscard]] QRadioButton* workerButton() const { return m_worker; }

Q_SIGNALS:
    /// The text was analysed as written by `author` (the text is for showing only).
    void analysed(const kotva::Analysis& analysis, kotva::Author author, const QString& text);
    void saveRequested();
    void authorChanged(kotva::Author author);

private:
    void scheduleAnalysis();

    const Analyzer& m_analyzer;
    Analysis m_analysis;
    QRadioButton* m_client = nullptr;
    QRadioButton* m_worker = nullptr;
    QButtonGroup* m_authors = nullptr;
    ComposerEdit* m_edit = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_save = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace kotva
