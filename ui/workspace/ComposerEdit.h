#pragma once

#include <QPlainTextEdit>

namespace kotva {

class AnalysisHighlighter;

/// The text field of the composer: plain text only (pasting from another app drops
/// formatting), the analysis marks drawn by an AnalysisHighlighter, and a tooltip over a
/// mark saying why it is marked.
class ComposerEdit final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ComposerEdit)

    [[nodiscard]] AnalysisHighlighter* highlighter() const { return m_highlighter; }
    /// Four lines when empty, growing with the text up to twelve: the conversation above
    /// keeps the room (ConversationView fits its splitter to this).
    [[nodiscard]] QSize sizeHint() const override;
    /// The tooltip a pointer at `viewportPos` would get (empty off the marks).
    [[nodiscard]] QString toolTipAt(const QPoint& viewportPos) const;

protected:
    bool viewportEvent(QEvent* event) override;

private:
    AnalysisHighlighter* m_highlighter = nullptr;
};

} // namespace kotva
