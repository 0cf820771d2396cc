#include "ui/stats/FiguresExport.h"

#include "ui/shell/WholeFile.h"
#include "ui/stats/FigureLabels.h"
#include "ui/stats/FiguresChart.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

#include <cmath>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::FiguresExport)
};

QString csvField(const QString& text, QChar separator)
{
    if (!text.contains(separator) && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

/// The groups that have something to show, in their order.
QList<FigureGroup> groupsWithRows(const MonthlyFigures& figures)
{
    QList<FigureGroup> groups;
    for (FigureGroup group : allFigureGroups())
        if (!figures.rowsOf(group).isEmpty())
            groups << group;
    return groups;
}

/// Paints one group's page: what it counts, the chart and the table.
class GroupPage final
{
public:
    GroupPage(const MonthlyFigures& figures, FigureGroup group, QPainter& painter, QRectF area)
        : m_figures(figures)
        , m_group(group)
        , m_painter(painter)
        , m_area(area)
    {}

    void paint(const QString& header)
    {
        const qreal line = lineHeight(10);
        qreal y = m_area.top();
        y += text(header, y, 9, false, Qt::darkGray);
        y += line * 0.5;
        y += text(figurelabels::groupTitle(m_group), y, 16, true);
        y += text(figurelabels::groupExplanation(m_group), y, 10, false);
        y += line * 0.5;
        const qreal rows = m_figures.rowsOf(m_group).size() + 1;
        const qreal tableHeight = rows * line * 1.5;
        const qreal chartHeight =
            std::max(m_area.bottom() - y - tableHeight - line * 3, m_area.height() * 0.25);
        chart(QRectF(m_area.left(), y, m_area.width(), chartHeight));
        y += chartHeight + line;
        table(y, line * 1.5);
        text(Tr::tr("Counts of one or two are shown as \u201c< 3\u201d and are not drawn in the "
                    "chart, so that a small number does not point at a person."),
             m_area.bottom() - line * 1.2, 8, false, Qt::darkGray);
    }

private:
    qreal lineHeight(qreal points) const
    {
        QFont font = m_painter.font();
        font.setPointSizeF(points);
        return QFontMetricsF(font, m_painter.device()).lineSpacing();
    }

    qreal text(const QString& s, qreal y, qreal points, bool bold, QColor colour = Qt::black)
    {
        QFont font = m_painter.font();
        font.setPointSizeF(points);
        font.setBold(bold);
        m_painter.setFont(font);
        m_painter.setPen(colour);
        const QRectF box(m_area.left(), y, m_area.width(), m_area.bottom() - y);
        const QRectF used = m_painter.boundingRect(box, Qt::TextWordWrap, s);
        m_painter.drawText(box, Qt::TextWordWrap, s);
        return used.height();
    }

    void chart(const QRectF& target)
    {
        // Laid out at screen size and scaled onto the page, so fonts and lines keep the
        // proportions a reader knows from the pane.
        QChart* built = FiguresChart::build(m_figures, m_group, true);
        QGraphicsScene scene;
        scene.addItem(built);
        const qreal scale = target.width() / 1000.0;
        const QSizeF size(1000.0, target.height() / scale);
        built->setGeometry(QRectF(QPointF(0, 0), size));
        scene.setSceneRect(QRectF(QPointF(0, 0), size));
        scene.render(&m_painter, target, scene.sceneRect());
    }

    void table(qreal top, qreal rowHeight)
    {
        const QList<FigureRow> rows = m_figures.rowsOf(m_group);
        const int columns = int(m_figures.months.size()) + 1;
        const qreal labelWidth = m_area.width() * 0.28;
        const qreal cellWidth = (m_area.width() - labelWidth) / columns;
        QFont font = m_painter.font();
        font.setPointSizeF(9);
        m_painter.setPen(Qt::black);
        const auto cell = [&](int column, qreal y, const QString& s, bool bold) {
            font.setBold(bold);
            m_painter.setFont(font);
            const QRectF box = column < 0 ? QRectF(m_area.left(), y, labelWidth, rowHeight)
                                          : QRectF(m_area.left() + labelWidth + column * cellWidth,
                                                   y, cellWidth - rowHeight * 0.2, rowHeight);
            m_painter.drawText(box,
                               (column < 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, s);
        };
        cell(-1, top, figurelabels::groupTitle(m_group), true);
        for (int m = 0; m < m_figures.months.size(); ++m)
            cell(m, top, figurelabels::shortMonthLabel(m_figures.months.at(m)), true);
        cell(columns - 1, top, Tr::tr("Total"), true);
        qreal y = top + rowHeight;
        m_painter.drawLine(QPointF(m_area.left(), y), QPointF(m_area.right(), y));
        for (const FigureRow& row : rows) {
            cell(-1, y, figurelabels::rowLabel(row), false);
            for (int m = 0; m < row.counts.size(); ++m)
                cell(m, y, shownCount(row.counts.at(m)), false);
            cell(columns - 1, y, shownTotal(row), true);
            y += rowHeight;
        }
    }

    const MonthlyFigures& m_figures;
    FigureGroup m_group;
    QPainter& m_painter;
    QRectF m_area;
};

} // namespace

QByteArray FiguresExport::csv(const MonthlyFigures& figures)
{
    const QChar separator =
        QLocale().decimalPoint() == QStringLiteral(",") ? QChar(u';') : QChar(u',');
    const auto line = [separator](const QStringList& fields) -> QString {
        QStringList quoted;
        for (const QString& field : fields)
            quoted << csvField(field, separator);
        return quoted.join(separator) + QStringLiteral("\r\n");
    };
    QStringList header{Tr::tr("Group"), Tr::tr("Value")};
    for (const QDate& month : figures.months)
        header << month.toString(QStringLiteral("yyyy-MM"));
    header << Tr::tr("Total");
    QString text = line(header);
    for (FigureGroup group : allFigureGroups()) {
        for (const FigureRow& row : figures.rowsOf(group)) {
            QStringList fields{figurelabels::groupTitle(group), figurelabels::rowLabel(row)};
            for (int count : row.counts)
                fields << shownCount(count);
            fields << shownTotal(row);
            text += line(fields);
        }
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status FiguresExport::writeCsv(const MonthlyFigures& figures, const QString& path)
{
    const QByteArray bytes = csv(figures);
    return shell::writeWholeFile(
        path, [&bytes](QIODevice& file) { return file.write(bytes) == bytes.size(); });
}

int FiguresExport::paint(const MonthlyFigures& figures, QPagedPaintDevice& device)
{
    QPainter painter(&device);
    const QRectF area = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const QRectF page(QPointF(0, 0), area.size());
    const QString header =
        Tr::tr("Kotva · the team's figures · %1").arg(figurelabels::periodLabel(figures.months));
    const QList<FigureGroup> groups = groupsWithRows(figures);
    if (groups.isEmpty()) {
        painter.drawText(page, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         header + QStringLiteral("\n\n") +
                             Tr::tr("Nothing to count in these months yet."));
        return 1;
    }
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (i > 0)
            device.newPage();
        GroupPage(figures, groups.at(i), painter, page).paint(header);
    }
    return int(groups.size());
}

Status FiguresExport::writePdf(const MonthlyFigures& figures, const QString& path)
{
    return shell::writeWholeFile(path, [&figures](QIODevice& file) {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Kotva"));
        writer.setTitle(
            Tr::tr("The team's figures, %1").arg(figurelabels::periodLabel(figures.months)));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        paint(figures, writer);
        return true;
    });
}

Status FiguresExport::print(const MonthlyFigures& figures, QPrinter& printer)
{
    if (paint(figures, printer) <= 0 || printer.printerState() == QPrinter::Error)
        return fail(ErrorCode::Io, Tr::tr("The figures could not be printed."));
    return {};
}

QString FiguresExport::suggestedFileName(const MonthlyFigures& figures, const QString& suffix)
{
    if (figures.months.isEmpty())
        return QStringLiteral("kotva-figures.") + suffix;
    return Tr::tr("kotva-figures-%1-%2.%3")
        .arg(figures.months.constFirst().toString(QStringLiteral("yyyy-MM")),
             figures.months.constLast().toString(QStringLiteral("yyyy-MM")), suffix);
}

} // namespace kotva
