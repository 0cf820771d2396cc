#include "ui/workspace/AnalysisHighlighter.h"

#include "ui/shell/FindingLabels.h"

#include <QTextDocument>

#include <algorithm>

namespace kotva {

AnalysisHighlighter::AnalysisHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(static_cast<QObject*>(document))
{
    // Connected before setDocument() so the spans have moved with the edit by the time the
    // base class re-highlights the edited block.
    connect(document, &QTextDocument::contentsChange, this, &AnalysisHighlighter::followEdit);
    setDocument(document);
    m_revision = document->revision();
}

QTextCharFormat AnalysisHighlighter::formatFor(MarkKind kind)
{
    QTextCharFormat format;
    switch (kind) {
    case MarkKind::PersonalData:
        format.setBackground(QColor(0xe3, 0xec, 0xff));
        format.setForeground(QColor(0x0b, 0x2a, 0x6b));
        format.setUnderlineStyle(QTextCharFormat::DotLine);
        format.setUnderlineColor(QColor(0x1f, 0x4f, 0xb0));
        break;
    case MarkKind::DangerSignal:
        format.setBackground(QColor(0xfd, 0xe2, 0xe2));
        format.setForeground(QColor(0x7a, 0x00, 0x10));
        format.setFontWeight(QFont::Bold);
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(QColor(0xb0, 0x00, 0x20));
        break;
    case MarkKind::Boundary:
        format.setBackground(QColor(0xff, 0xf0, 0xc2));
        format.setForeground(QColor(0x4d, 0x33, 0x00));
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(QColor(0x8a, 0x5a, 0x00));
        break;
    }
    return format;
}

void AnalysisHighlighter::setAnalysis(const Analysis& analysis)
{
    m_marks.clear();
    m_revision = document()->revision();
    // Boundary first and danger last: where marks overlap, the more urgent one is drawn on top.
    for (const BoundaryFinding& finding : analysis.boundaries) {
        // The boundary classifier's finding has no words to underline; the notice shows it.
        if (finding.span.start >= finding.span.end)
            continue;
        QString why = tr("Boundary: %1").arg(findings::ruleLabel(finding.rule));
        if (!finding.explanation.isEmpty())
            why += u'\n' + finding.explanation;
        m_marks.append({MarkKind::Boundary, finding.span, why});
    }
    for (const PiiFinding& finding : analysis.pii) {
        m_marks.append({MarkKind::PersonalData, finding.span,
                        tr("Personal data: %1. It is removed before the text is saved.")
                            .arg(findings::piiLabel(finding.kind))});
    }
    for (const CrisisSignal& signal : analysis.crisis.signals) {
        // The classifier's finding (SignalKind::Resembles…) has no words to underline.
        if (signal.span.start >= signal.span.end)
            continue;
        m_marks.append({MarkKind::DangerSignal, signal.span,
                        tr("Danger signal: %1 (%2)")
                            .arg(findings::signalLabel(signal.kind),
                                 findings::riskLabel(analysis.crisis.level))});
    }
    rehighlight();
}

void AnalysisHighlighter::clearAnalysis()
{
    if (m_marks.isEmpty())
        return;
    m_marks.clear();
    rehighlight();
}

QString AnalysisHighlighter::toolTipAt(qsizetype position) const
{
    QStringList lines;
    for (const Mark& mark : m_marks) {
        if (position >= mark.span.start && position < mark.span.end && !lines.contains(mark.why))
            lines.append(mark.why);
    }
    return lines.join(u'\n');
}

void AnalysisHighlighter::followEdit(int position, int removed, int added)
{
    // Re-highlighting reports itself as a change of the same length without a new revision;
    // only real edits move the spans.
    const int revision = document()->revision();
    if (revision == m_revision)
        return;
    m_revision = revision;
    const qsizetype editEnd = position + removed;
    const qsizetype shift = added - removed;
    QList<Mark> kept;
    kept.reserve(m_marks.size());
    for (Mark mark : m_marks) {
        if (mark.span.end <= position) {
            kept.append(mark);
        } else if (mark.span.start >= editEnd && !(removed == 0 && mark.span.start == position)) {
            mark.span.start += shift;
            mark.span.end += shift;
            kept.append(mark);
        }
        // An edit inside or touching a mark drops it until the next analysis.
    }
    m_marks = std::move(kept);
}

void AnalysisHighlighter::highlightBlock(const QString& text)
{
    if (m_marks.isEmpty())
        return;
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    for (const Mark& mark : m_marks) {
        const qsizetype start = std::max(mark.span.start, blockStart);
        const qsizetype end = std::min(mark.span.end, blockEnd);
        if (start >= end)
            continue;
        const QTextCharFormat markFormat = formatFor(mark.kind);
        for (qsizetype i = start; i < end; ++i) {
            const int at = static_cast<int>(i - blockStart);
            QTextCharFormat merged = format(at);
            merged.merge(markFormat);
            setFormat(at, 1, merged);
        }
    }
}

} // namespace kotva
