#pragma once

#include "core/analysis/Findings.h"

#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace kotva {

/// Marks what the analysis found in the text being written: personal data (dotted blue),
/// danger signals (bold, solid red underline) and boundary findings (wavy amber underline).
/// Each kind has its own underline style so the marks do not rely on colour alone, and each
/// mark carries the words for its tooltip.
///
/// The spans follow the text while the worker types (shifted on every edit, dropped where
/// the edit touched them), so the marks stay on the right words until the next analysis.
class AnalysisHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class MarkKind { PersonalData, DangerSignal, Boundary };

    struct Mark
    {
        MarkKind kind;
        TextSpan span; ///< into the document's plain text
        QString why;   ///< the tooltip
    };

    explicit AnalysisHighlighter(QTextDocument* document);
    Q_DISABLE_COPY_MOVE(AnalysisHighlighter)

    /// The analysis of the document's current plain text.
    void setAnalysis(const Analysis& analysis);
    void clearAnalysis();

    [[nodiscard]] const QList<Mark>& marks() const { return m_marks; }
    /// The tooltip for a document position: every mark there, one per line; empty if none.
    [[nodiscard]] QString toolTipAt(qsizetype position) const;
    /// The format a mark kind is drawn with (tests check the underline styles).
    [[nodiscard]] static QTextCharFormat formatFor(MarkKind kind);

protected:
    void highlightBlock(const QString& text) override;

private:
    void followEdit(int position, int removed, int added);

    QList<Mark> m_marks;
    int m_revision = 0;
};

} // namespace kotva
