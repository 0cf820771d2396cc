#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;
class QPaintDevice;

namespace kotva {

/// One paragraph inside a table cell or a free-standing block of the printed month.
struct PageParagraph
{
    QString text;
    QFont font;
    QColor colour = Qt::black;
};

/// A stack of paragraphs inside a column of a given width; measures and paints itself
/// with the metrics of the device it is printed on (fonts resolve against its resolution).
class ParagraphStack final
{
public:
    void add(PageParagraph paragraph);
    [[nodiscard]] bool isEmpty() const { return m_paragraphs.isEmpty(); }
    [[nodiscard]] qreal height(const QPaintDevice& device, qreal width) const;
    /// Paints from the top-left of `area`; returns the height used.
    qreal paint(QPainter& painter, const QRectF& area) const;

private:
    QList<PageParagraph> m_paragraphs;
};

} // namespace kotva
