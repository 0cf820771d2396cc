#include "render/PageBlocks.h"

#include <QFontMetricsF>
#include <QPainter>

namespace kotva {

namespace {

constexpr int WrapFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
// Nothing in a month needs more than a few lines; this only bounds the measuring rectangle.
constexpr qreal Unbounded = 1.0e7;

qreal paragraphHeight(const PageParagraph& paragraph, const QPaintDevice& device, qreal width)
{
    const QFontMetricsF metrics(paragraph.font, &device);
    if (paragraph.text.isEmpty())
        return metrics.height();
    return metrics.boundingRect(QRectF(0, 0, width, Unbounded), WrapFlags, paragraph.text).height();
}

} // namespace

void ParagraphStack::add(PageParagraph paragraph)
{
    m_paragraphs.append(std::move(paragraph));
}

qreal ParagraphStack::height(const QPaintDevice& device, qreal width) const
{
    qreal total = 0;
    for (const PageParagraph& paragraph : m_paragraphs)
        total += paragraphHeight(paragraph, device, width);
    return total;
}

qreal ParagraphStack::paint(QPainter& painter, const QRectF& area) const
{
    qreal y = area.top();
    for (const PageParagraph& paragraph : m_paragraphs) {
        const qreal height = paragraphHeight(paragraph, *painter.device(), area.width());
        painter.setFont(paragraph.font);
        painter.setPen(paragraph.colour);
        painter.drawText(QRectF(area.left(), y, area.width(), height), WrapFlags, paragraph.text);
        y += height;
    }
    return y - area.top();
}

} // namespace kotva
