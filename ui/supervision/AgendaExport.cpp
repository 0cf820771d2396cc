#include "ui/supervision/AgendaExport.h"

#include "core/schedule/WorkingDays.h"
#include "render/PageBlocks.h"
#include "ui/shell/WholeFile.h"
#include "ui/stats/FigureLabels.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTimeZone>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::AgendaExport)
};

/// One piece of the page: paragraphs, how far it is indented, and whether it must stay on
/// the page of the block after it (a heading).
struct Block
{
    ParagraphStack text;
    qreal indentMm = 0;
    qreal spaceAfterMm = 1.5;
    bool keepWithNext = false;
};

QFont font(qreal points, bool bold = false, bool italic = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

Block paragraph(const QString& text, const QFont& f, QColor colour = Qt::black)
{
    Block block;
    block.text.add({text, f, colour});
    return block;
}

QString itemStatus(const AgendaItem& item)
{
    QString status = item.discussed ? Tr::tr("\u2611 Discussed") : Tr::tr("\u2610 To discuss");
    if (!item.contactReference.isEmpty())
        status += Tr::tr(" · contact %1").arg(item.contactReference);
    if (!item.noteId)
        status += Tr::tr(" · added by the team lead");
    else if (!item.author.isEmpty())
        status += Tr::tr(" · shared by %1").arg(item.author);
    else if (item.anonymous)
        status += Tr::tr(" · shared anonymously");
    return status;
}

QList<Block> agendaBlocks(const SupervisionAgendaMonth& agenda, const MonthlyFigures& figures,
                          const QDate& preparedOn)
{
    QList<Block> blocks;
    Block title =
        paragraph(Tr::tr("Team supervision · %1").arg(figurelabels::monthLabel(agenda.month)),
                  font(18, true));
    title.text.add({Tr::tr("Prepared in Kotva on %1 · %n item(s), %2 discussed", nullptr,
                           int(agenda.items.size()))
                        .arg(QLocale().toString(preparedOn, QLocale::ShortFormat))
                        .arg(agenda.discussedCount()),
                    font(9), Qt::darkGray});
    title.spaceAfterMm = 6;
    blocks << title;

    if (agenda.items.isEmpty())
        blocks << paragraph(Tr::tr("No note was shared for team supervision this month, and no "
                                   "item was added."),
                            font(10, false, true));
    int number = 0;
    for (NoteTopic topic : allNoteTopics()) {
        const QList<AgendaItem> items = agenda.itemsOf(topic);
        if (items.isEmpty())
            continue;
        Block heading = paragraph(noteTopicLabel(topic), font(13, true));
        heading.keepWithNext = true;
        heading.spaceAfterMm = 2;
        blocks << heading;
        for (const AgendaItem& item : items) {
            Block entry =
                paragraph(QStringLiteral("%1. %2").arg(++number).arg(item.text), font(10));
            entry.text.add({itemStatus(item), font(8.5), Qt::darkGray});
            if (!item.agreed.isEmpty())
                entry.text.add({Tr::tr("Agreed: %1").arg(item.agreed), font(10, false, true)});
            entry.indentMm = 4;
            entry.spaceAfterMm = 3;
            blocks << entry;
        }
    }

    // The month's figures: the agenda's month only.
    const qsizetype month = figures.months.indexOf(agenda.month);
    Block heading = paragraph(Tr::tr("The month's figures"), font(13, true));
    heading.keepWithNext = true;
    heading.spaceAfterMm = 2;
    blocks << heading;
    bool any = false;
    for (FigureGroup group : allFigureGroups()) {
        QStringList parts;
        for (const FigureRow& row : figures.rowsOf(group))
            if (month >= 0 && row.counts.value(month) > 0)
                parts << QStringLiteral("%1 %2").arg(figurelabels::rowLabel(row),
                                                     shownCount(row.counts.value(month)));
        if (parts.isEmpty())
            continue;
        any = true;
        Block line = paragraph(figurelabels::groupTitle(group), font(9.5, true));
        line.text.add({parts.join(QStringLiteral(" · ")), font(9.5)});
        line.indentMm = 4;
        blocks << line;
    }
    if (!any)
        blocks << paragraph(Tr::tr("Nothing was counted in this month."), font(9.5, false, true));
    blocks << paragraph(Tr::tr("Counts of one or two are shown as \u201c< 3\u201d, so that a small "
                               "number does not point at a person."),
                        font(8), Qt::darkGray);
    return blocks;
}

/// Lays the blocks out on pages (a heading stays with what follows it) with a footer line
/// and the page number; returns the number of pages.
int paintBlocks(const QList<Block>& blocks, const QString& footerText, QPagedPaintDevice& device)
{
    QPainter painter(&device);
    const qreal dpi = device.logicalDpiX();
    const auto mm = [dpi](qreal millimetres) { return millimetres * dpi / 25.4; };
    const QRectF page(QPointF(0, 0), device.pageLayout().paintRectPixels(int(dpi)).size());
    const qreal footer = mm(8);
    const qreal bottom = page.bottom() - footer;

    int pages = 1;
    qreal y = page.top();
    const auto paintFooter = [&] {
        painter.setFont(font(8));
        painter.setPen(Qt::darkGray);
        painter.drawText(QRectF(page.left(), bottom + mm(2), page.width(), footer),
                         Qt::AlignRight | Qt::AlignTop,
                         Tr::tr("%1 · page %2").arg(footerText).arg(pages));
    };
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block& block = blocks.at(i);
        const qreal width = page.width() - mm(block.indentMm);
        qreal needed = block.text.height(device, width);
        if (block.keepWithNext && i + 1 < blocks.size())
            needed +=
                mm(block.spaceAfterMm) +
                blocks.at(i + 1).text.height(device, page.width() - mm(blocks.at(i + 1).indentMm));
        if (y + needed > bottom && y > page.top()) {
            paintFooter();
            device.newPage();
            ++pages;
            y = page.top();
        }
        y += block.text.paint(painter,
                              QRectF(page.left() + mm(block.indentMm), y, width, bottom - y));
        y += mm(block.spaceAfterMm);
    }
    paintFooter();
    return pages;
}

void setPortraitPdf(QPdfWriter& writer, const QString& title)
{
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Kotva"));
    writer.setTitle(title);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 18, 18, 15), QPageLayout::Millimeter));
}

QList<Block> individualBlocks(const QList<SupervisionNote>& notes, const QDate& preparedOn)
{
    QList<Block> blocks;
    Block title = paragraph(Tr::tr("Individual supervision · my notes"), font(18, true));
    title.text.add({Tr::tr("Prepared in Kotva on %1 · %n note(s) shared for individual "
                           "supervision",
                           nullptr, int(notes.size()))
                        .arg(QLocale().toString(preparedOn, QLocale::ShortFormat)),
                    font(9), Qt::darkGray});
    title.spaceAfterMm = 6;
    blocks << title;
    if (notes.isEmpty())
        blocks << paragraph(Tr::tr("No note is shared for individual supervision."),
                            font(10, false, true));
    int number = 0;
    for (const SupervisionNote& note : notes) {
        QString about = QLocale().toString(
            note.createdAtUtc.toTimeZone(WorkingDays::pragueZone()).date(), QLocale::ShortFormat);
        if (!note.contactReference.isEmpty())
            about += Tr::tr(" · contact %1").arg(note.contactReference);
        Block heading = paragraph(
            QStringLiteral("%1. %2").arg(++number).arg(noteTopicLabel(note.topic)), font(12, true));
        heading.text.add({about, font(8.5), Qt::darkGray});
        heading.keepWithNext = true;
        heading.spaceAfterMm = 1;
        blocks << heading;
        Block text = paragraph(note.text, font(10));
        text.indentMm = 4;
        text.spaceAfterMm = 4;
        blocks << text;
    }
    return blocks;
}

} // namespace

int AgendaExport::paint(const SupervisionAgendaMonth& agenda, const MonthlyFigures& figures,
                        const QDate& preparedOn, QPagedPaintDevice& device)
{
    return paintBlocks(agendaBlocks(agenda, figures, preparedOn),
                       Tr::tr("Team supervision · %1").arg(figurelabels::monthLabel(agenda.month)),
                       device);
}

int AgendaExport::paintIndividualList(const QList<SupervisionNote>& notes, const QDate& preparedOn,
                                      QPagedPaintDevice& device)
{
    return paintBlocks(individualBlocks(notes, preparedOn), Tr::tr("Individual supervision"),
                       device);
}

Status AgendaExport::writeIndividualListPdf(const QList<SupervisionNote>& notes,
                                            const QDate& preparedOn, const QString& path)
{
    return shell::writeWholeFile(path, [&](QIODevice& file) {
        QPdfWriter writer(&file);
        setPortraitPdf(writer, Tr::tr("Individual supervision · my notes"));
        paintIndividualList(notes, preparedOn, writer);
        return true;
    });
}

Status AgendaExport::writePdf(const SupervisionAgendaMonth& agenda, const MonthlyFigures& figures,
                              const QDate& preparedOn, const QString& path)
{
    return shell::writeWholeFile(path, [&](QIODevice& file) {
        QPdfWriter writer(&file);
        setPortraitPdf(writer,
                       Tr::tr("Team supervision · %1").arg(figurelabels::monthLabel(agenda.month)));
        paint(agenda, figures, preparedOn, writer);
        return true;
    });
}

Status AgendaExport::print(const SupervisionAgendaMonth& agenda, const MonthlyFigures& figures,
                           const QDate& preparedOn, QPrinter& printer)
{
    if (paint(agenda, figures, preparedOn, printer) <= 0 ||
        printer.printerState() == QPrinter::Error)
        return fail(ErrorCode::Io, Tr::tr("The agenda could not be printed."));
    return {};
}

} // namespace kotva
