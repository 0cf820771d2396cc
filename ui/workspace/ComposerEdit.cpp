#include "ui/workspace/ComposerEdit.h"

#include "ui/workspace/AnalysisHighlighter.h"

#include <QHelpEvent>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>

namespace kotva {

ComposerEdit::ComposerEdit(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new AnalysisHighlighter(document()))
{
    setTabChangesFocus(true); // Tab moves on to the next control; the text needs no tabs.
    // Each new line may ask the layout for more room.
    connect(document(), &QTextDocument::blockCountChanged, this, [this] { updateGeometry(); });
}

QSize ComposerEdit::sizeHint() const
{
    constexpr int MinimumLines = 4;
    constexpr int MaximumLines = 12;
    // Wrapped lines count too: the document's layout knows how many lines it has.
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid() && lines <= MaximumLines;
         block = block.next())
        lines += std::max(1, block.layout() ? block.layout()->lineCount() : 1);
    lines = std::clamp(lines, MinimumLines, MaximumLines);
    const int height = lines * fontMetrics().lineSpacing() + 2 * int(document()->documentMargin()) +
                       2 * frameWidth();
    return {QPlainTextEdit::sizeHint().width(), height};
}

QString ComposerEdit::toolTipAt(const QPoint& viewportPos) const
{
    const QTextCursor cursor = cursorForPosition(viewportPos);
    // The cursor lands between characters; the character under the pointer is the one
    // after it unless the pointer is past the middle of the last character of the line.
    QString tip = m_highlighter->toolTipAt(cursor.position());
    if (tip.isEmpty() && cursor.position() > 0)
        tip = m_highlighter->toolTipAt(cursor.position() - 1);
    return tip;
}

bool ComposerEdit::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), tip, viewport());
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

} // namespace kotva
