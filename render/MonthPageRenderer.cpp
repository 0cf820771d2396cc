#include "render/MonthPageRenderer.h"

#include "render/MonthRows.h"
#include "render/PageBlocks.h"

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSet>

#include <array>
#include <functional>

namespace kotva {

namespace {

constexpr qreal MarginMm = 15.0;
constexpr qreal CellPaddingMm = 1.2;
constexpr qreal FooterMm = 8.0;
constexpr std::array<qreal, 5> ColumnShares{0.15, 0.14, 0.28, 0.26, 0.17};
constexpr std::size_t ActivityColumn = 2;

const QColor Ink(Qt::black);
const QColor Muted(0x55, 0x55, 0x55);
const QColor Cancelled(0x6e, 0x6e, 0x6e);
const QColor ChangedInk(0x8a, 0x4b, 0x00);
const QColor HeaderFill(0xe4, 0xe9, 0xf0);
const QColor GreyFill(0xf0, 0xf0, 0xf0);
const QColor RuleColour(0xb0, 0xb0, 0xb0);

QFont font(qreal points, bool bold = false, bool italic = false, bool strike = false)
{
    // DejaVu Sans has every Czech glyph and ships with Debian (fonts-dejavu-core).
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    f.setStrikeOut(strike);
    return f;
}

using PaintStep = std::function<void(QPainter&)>;
using Page = QList<PaintStep>;

/// Turns the month into pages of paint steps for one device; page numbers are added later,
/// when the number of pages is known.
class PageLayout
{
public:
    PageLayout(const MonthSchedule& month, const QPaintDevice& device)
        : m_month(month)
        , m_device(device)
        , m_width(device.width())
        , m_bottom(device.height() - mm(FooterMm))
    {}

    QList<Page> build()
    {
        startPage();
        addTitle();
        const QList<MonthRow> rows = MonthRows::of(m_month);
        if (rows.isEmpty()) {
            addParagraphs({{MonthPageRenderer::tr("Nothing is planned this month."),
                            font(10, false, true), Muted}});
        } else {
            m_inTable = true;
            addTableHeader();
            for (const MonthRow& row : rows)
                addRow(row);
            m_inTable = false;
        }
        if (!m_month.holidays.isEmpty()) {
            m_y += mm(3);
            addParagraphs({{MonthPageRenderer::tr("Public holidays: %1")
                                .arg(MonthRows::holidaysText(m_month)),
                            font(8.5), Ink}});
        }
        addActivities();
        addRota();
        return m_pages;
    }

private:
    [[nodiscard]] qreal mm(qreal millimetres) const
    {
        return millimetres * m_device.logicalDpiY() / 25.4;
    }

    void startPage()
    {
        m_pages.append(Page());
        m_y = 0;
        if (m_pages.size() > 1) {
            // Continuation pages say whose programme and which month they belong to.
            addParagraphs(
                {{m_month.organisation.name + QStringLiteral(" \u2014 ") + m_month.title(),
                  font(7.5), Muted}});
            m_y += mm(2);
        }
        if (m_pages.size() > 1 && m_inTable)
            addTableHeader();
        m_pageStart = m_y;
    }

    void ensureSpace(qreal height)
    {
        // A block taller than a whole page is painted anyway rather than breaking forever.
        if (m_y + height > m_bottom && m_y > m_pageStart)
            startPage();
    }

    void add(PaintStep step) { m_pages.last().append(std::move(step)); }

    void addParagraphs(const QList<PageParagraph>& paragraphs)
    {
        ParagraphStack stack;
        for (const PageParagraph& paragraph : paragraphs)
            stack.add(paragraph);
        const qreal height = stack.height(m_device, m_width);
        ensureSpace(height);
        const QRectF area(0, m_y, m_width, height);
        add([stack, area](QPainter& painter) { stack.paint(painter, area); });
        m_y += height;
    }

    void addTitle()
    {
        const Organisation& organisation = m_month.organisation;
        QList<PageParagraph> header{{organisation.name, font(12.5, true), Ink}};
        if (const QString contact = MonthRows::contactText(organisation); !contact.isEmpty())
            header.append({contact, font(8.5), Muted});
        addParagraphs(header);
        m_y += mm(2);
        const qreal ruleY = m_y;
        const qreal width = m_width;
        const qreal pen = mm(0.4);
        add([ruleY, width, pen](QPainter& painter) {
            painter.setPen(QPen(Ink, pen));
            painter.drawLine(QPointF(0, ruleY), QPointF(width, ruleY));
        });
        m_y += mm(4);
        const QString title = organisation.programme.isEmpty()
                                  ? MonthPageRenderer::tr("Programme for %1").arg(m_month.title())
                                  : MonthPageRenderer::tr("%1 \u2013 programme for %2")
                                        .arg(organisation.programme, m_month.title());
        addParagraphs({{title, font(17, true), Ink}});
        m_y += mm(4);
    }

    /// With `wide`, the activity cell takes the venue and leads columns too: a cancelled
    /// event or a holiday has neither, and its reason then stays on one line.
    [[nodiscard]] std::array<QRectF, 5> columns(qreal top, qreal height, bool wide) const
    {
        std::array<QRectF, 5> cells;
        qreal x = 0;
        const qreal padding = mm(CellPaddingMm);
        for (std::size_t i = 0; i < cells.size(); ++i) {
            qreal width = m_width * ColumnShares.at(i);
            if (wide && i == ActivityColumn)
                width = m_width - x;
            else if (wide && i > ActivityColumn)
                width = 2 * padding;
            cells.at(i) =
                QRectF(x + padding, top + padding, width - 2 * padding, height - 2 * padding);
            x = std::min(x + width, m_width);
        }
        return cells;
    }

    void addCells(const std::array<ParagraphStack, 5>& cells, const QColor& fill, bool wide = false)
    {
        qreal height = 0;
        const std::array<QRectF, 5> probe = columns(0, 0, wide);
        for (std::size_t i = 0; i < cells.size(); ++i)
            height = std::max(height, cells.at(i).height(m_device, probe.at(i).width()));
        height += 2 * mm(CellPaddingMm);
        ensureSpace(height);
        const std::array<QRectF, 5> areas = columns(m_y, height, wide);
        const QRectF band(0, m_y, m_width, height);
        const qreal pen = mm(0.15);
        add([cells, areas, band, fill, pen](QPainter& painter) {
            // Below the previous row's rule, so that the rule stays visible.
            if (fill.isValid())
                painter.fillRect(band.adjusted(0, pen, 0, 0), fill);
            for (std::size_t i = 0; i < cells.size(); ++i)
                cells.at(i).paint(painter, areas.at(i));
            painter.setPen(QPen(RuleColour, pen));
            painter.drawLine(band.bottomLeft(), band.bottomRight());
        });
        m_y += height;
    }

    void addTableHeader()
    {
        const QStringList headings{MonthPageRenderer::tr("Day"), MonthPageRenderer::tr("Time"),
                                   MonthPageRenderer::tr("Activity"),
                                   MonthPageRenderer::tr("Venue"), MonthPageRenderer::tr("Leads")};
        std::array<ParagraphStack, 5> cells;
        for (std::size_t i = 0; i < cells.size(); ++i)
            cells.at(i).add({headings.at(static_cast<qsizetype>(i)), font(8.5, true), Ink});
        addCells(cells, HeaderFill);
    }

    void addRow(const MonthRow& row)
    {
        const bool cancelled = row.isCancelled() || row.isHolidayOnly();
        const QColor ink = cancelled ? Cancelled : Ink;
        std::array<ParagraphStack, 5> cells;
        cells[0].add({MonthRows::dayText(row), font(9, true), ink});
        if (const QString time = MonthRows::timeText(row); !time.isEmpty())
            cells[1].add({time, font(9, false, false, cancelled), ink});
        if (const QString pause = MonthRows::breakText(row); !pause.isEmpty())
            cells[1].add({pause, font(7.5), cancelled ? Cancelled : Muted});
        cells[2].add({MonthRows::titleText(row),
                      font(9, !row.isHolidayOnly(), row.isHolidayOnly(), row.isCancelled()), ink});
        if (const QString status = MonthRows::statusText(row); !status.isEmpty())
            cells[2].add({status, font(8, false, true), cancelled ? Cancelled : ChangedInk});
        if (row.occurrence && row.occurrence->capacity && !cancelled)
            cells[2].add({MonthPageRenderer::tr("%n place(s)", nullptr, *row.occurrence->capacity),
                          font(7.5), Muted});
        if (!cancelled) {
            cells[3].add({MonthRows::venueText(row), font(8.5), ink});
            cells[4].add({MonthRows::leadsText(row), font(8.5), ink});
        }
        addCells(cells, cancelled ? GreyFill : QColor(), cancelled);
    }

    void addActivities()
    {
        QList<PageParagraph> paragraphs;
        QSet<QString> seen;
        for (const Occurrence& occurrence : m_month.occurrences) {
            if (occurrence.description.isEmpty() || seen.contains(occurrence.activityId))
                continue;
            seen.insert(occurrence.activityId);
            paragraphs.append({occurrence.title, font(8.5, true), Ink});
            paragraphs.append({occurrence.description, font(8.5), Ink});
        }
        if (paragraphs.isEmpty())
            return;
        m_y += mm(5);
        ensureSpace(mm(20));
        addParagraphs({{MonthPageRenderer::tr("About the activities"), font(10.5, true), Ink}});
        m_y += mm(1);
        for (qsizetype i = 0; i + 1 < paragraphs.size(); i += 2) {
            addParagraphs({paragraphs.at(i), paragraphs.at(i + 1)});
            m_y += mm(1.5);
        }
    }

    void addRota()
    {
        if (m_month.rota.isEmpty())
            return;
        m_y += mm(5);
        // The rota is short: keep its heading and weeks on one page.
        ParagraphStack heading;
        heading.add({MonthRows::rotaHeading(m_month), font(10.5, true), Ink});
        const qreal lineHeight = heading.height(m_device, m_width);
        ensureSpace(lineHeight * (m_month.rota.size() + 2));
        addParagraphs({{MonthRows::rotaHeading(m_month), font(10.5, true), Ink}});
        m_y += mm(1);
        for (const RotaWeek& week : m_month.rota) {
            ParagraphStack weekText;
            weekText.add({MonthRows::rotaWeekText(week), font(9), Ink});
            ParagraphStack peer;
            peer.add({week.peer.isEmpty() ? MonthPageRenderer::tr("nobody") : week.peer,
                      font(9, true), Ink});
            addRotaRow(weekText, peer);
        }
    }

    void addRotaRow(const ParagraphStack& week, const ParagraphStack& peer)
    {
        const qreal padding = mm(CellPaddingMm);
        const qreal split = m_width * (ColumnShares[0] + ColumnShares[1]);
        const qreal height = std::max(week.height(m_device, split - 2 * padding),
                                      peer.height(m_device, m_width - split - 2 * padding)) +
                             2 * padding;
        ensureSpace(height);
        const QRectF left(padding, m_y + padding, split - 2 * padding, height - 2 * padding);
        const QRectF right(split + padding, m_y + padding, m_width - split - 2 * padding,
                           height - 2 * padding);
        const QLineF rule(0, m_y + height, m_width, m_y + height);
        const qreal pen = mm(0.15);
        add([week, peer, left, right, rule, pen](QPainter& painter) {
            week.paint(painter, left);
            peer.paint(painter, right);
            painter.setPen(QPen(RuleColour, pen));
            painter.drawLine(rule);
        });
        m_y += height;
    }

    const MonthSchedule& m_month;
    const QPaintDevice& m_device;
    qreal m_width = 0;
    qreal m_bottom = 0;
    qreal m_y = 0;
    qreal m_pageStart = 0;
    bool m_inTable = false;
    QList<Page> m_pages;
};

void paintFooter(QPainter& painter, const QPaintDevice& device, int page, int pages)
{
    const qreal dotsPerMm = device.logicalDpiY() / 25.4;
    const QRectF area(0, device.height() - FooterMm * dotsPerMm * 0.7, device.width(),
                      FooterMm * dotsPerMm * 0.7);
    painter.setFont(font(7.5));
    painter.setPen(Muted);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignBottom,
                     MonthPageRenderer::tr("Page %1 of %2").arg(page).arg(pages));
}

} // namespace

MonthPageRenderer::MonthPageRenderer(const MonthSchedule& month)
    : m_month(month)
{}

void MonthPageRenderer::applyPageLayout(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm),
                                     QPageLayout::Millimeter));
}

Result<int> MonthPageRenderer::render(QPagedPaintDevice& device) const
{
    const QList<Page> pages = PageLayout(m_month, device).build();
    QPainter painter;
    if (!painter.begin(&device))
        return fail(ErrorCode::Io, tr("The page cannot be painted (the printer or the file "
                                      "refused it)."));
    painter.setRenderHint(QPainter::Antialiasing);
    const int count = static_cast<int>(pages.size());
    for (int index = 0; index < count; ++index) {
        if (index > 0 && !device.newPage()) {
            painter.end();
            return fail(ErrorCode::Io, tr("A new page cannot be started."));
        }
        for (const PaintStep& step : pages.at(index))
            step(painter);
        paintFooter(painter, device, index + 1, count);
    }
    if (!painter.end())
        return fail(ErrorCode::Io, tr("The pages cannot be finished."));
    return count;
}

} // namespace kotva
