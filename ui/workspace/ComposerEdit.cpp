#include "ui/workspace/ComposerEdit.h"

#include "ui/workspace/AnalysisHighlighter.h"

#include <QHelpEvent>
#include <QToolTip>

namespace kotva {

ComposerEdit::ComposerEdit(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new AnalysisHighlighter(document()))
{
    setTabChangesFocus(true); // Tab moves on to the next control; the text needs no tabs.
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
