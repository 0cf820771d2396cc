#include "ui/stats/FiguresPane.h"

#include "core/vaultsession/VaultSession.h"
#include "ui/shell/InlineMessage.h"
#include "ui/shell/ShellWidgets.h"
#include "ui/stats/FigureLabels.h"
#include "ui/stats/FiguresChart.h"
#include "ui/stats/FiguresExport.h"
#include "ui/stats/FiguresTableModel.h"

#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace kotva {

namespace {

constexpr int GroupRole = Qt::UserRole + 1;

} // namespace

FiguresPane::FiguresPane(VaultSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_lastFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    setObjectName(QStringLiteral("figuresPane"));

    m_message = new InlineMessage(this);

    m_groups = new QListWidget;
    m_groups->setObjectName(QStringLiteral("figureGroups"));
    m_groups->setAccessibleName(tr("What is counted"));
    connect(m_groups, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            showGroup(FigureGroup(item->data(GroupRole).toInt()));
    });

    m_explanation = shell::note({}, this);
    m_chart = new QChartView;
    m_chart->setObjectName(QStringLiteral("figuresChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_model = new FiguresTableModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("figuresTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("The same numbers as a table"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);

    auto* detail = new QWidget;
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_explanation);
    detailLayout->addWidget(m_chart, 3);
    detailLayout->addWidget(m_table, 2);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_groups);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 760});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(buildHeader());
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    // Nothing expired stays on screen after the hourly purge. A hidden pane reads its figures
    // when it is shown (showEvent), not at every unlock: a busy year takes a tenth of a second.
    connect(&session, &VaultSession::purged, this, [this](const PurgeReport& report) {
        if (isVisible() && (report.messagesRemoved > 0 || report.recordsRemoved > 0))
            reload();
    });
}

QWidget* FiguresPane::buildHeader()
{
    auto* header = new QWidget;
    auto* title = new QLabel(tr("The team's figures"));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.25);
    title->setFont(bold);

    auto* periodLabel = new QLabel(tr("&Months:"));
    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("figuresPeriod"));
    m_period->addItem(tr("the last 12 months"), 12);
    m_period->addItem(tr("the last 6 months"), 6);
    m_period->addItem(tr("the last 3 months"), 3);
    m_period->addItem(tr("this month"), 1);
    periodLabel->setBuddy(m_period);
    connect(m_period, &QComboBox::currentIndexChanged, this, &FiguresPane::reload);

    m_csv = new QPushButton(tr("Export CSV…"));
    m_csv->setObjectName(QStringLiteral("exportFiguresCsv"));
    m_csv->setToolTip(tr("For annual reports: every figure of the months shown, in a "
                         "spreadsheet file. Counts of one or two read \u201c< 3\u201d."));
    connect(m_csv, &QPushButton::clicked, this, &FiguresPane::exportCsvDialog);
    m_pdf = new QPushButton(tr("Save as PDF…"));
    m_pdf->setObjectName(QStringLiteral("exportFiguresPdf"));
    connect(m_pdf, &QPushButton::clicked, this, &FiguresPane::exportPdfDialog);
    m_print = new QPushButton(tr("Print…"));
    m_print->setObjectName(QStringLiteral("printFigures"));
    connect(m_print, &QPushButton::clicked, this, &FiguresPane::printDialog);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(title);
    row->addStretch(1);
    row->addWidget(periodLabel);
    row->addWidget(m_period);
    row->addSpacing(12);
    row->addWidget(m_csv);
    row->addWidget(m_pdf);
    row->addWidget(m_print);

    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(shell::note(
        tr("Counts only: no text, no pseudonym, no contact. Inside the vault the numbers are "
           "exact; in the CSV, the PDF and the printout one or two read \u201c< 3\u201d."),
        header));
    return header;
}

void FiguresPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The other panes write to the vault: what is shown is read when the pane comes up.
    reload();
}

void FiguresPane::reload()
{
    const Result<MonthlyFigures> read = m_session.monthlyFigures(m_period->currentData().toInt());
    if (!read) {
        m_message->showError(read.error().message);
        return;
    }
    m_figures = *read;
    const bool empty = m_figures.rows.isEmpty();
    if (empty)
        m_message->setMessage(InlineMessage::Kind::Information,
                              tr("Nothing to count in %1 yet: the figures grow as contacts are "
                                 "opened and closed.")
                                  .arg(figurelabels::periodLabel(m_figures.months)));
    else
        m_message->clear();
    for (QPushButton* button : {m_csv, m_pdf, m_print})
        button->setEnabled(!empty);
    fillGroupList();
}

void FiguresPane::fillGroupList()
{
    const QSignalBlocker blocker(m_groups);
    m_groups->clear();
    QListWidgetItem* current = nullptr;
    for (FigureGroup group : allFigureGroups()) {
        // A group with nothing in these months stays in the list, dimmed, so the list
        // always reads the same.
        auto* item = new QListWidgetItem(figurelabels::groupTitle(group), m_groups);
        item->setData(GroupRole, int(group));
        item->setToolTip(figurelabels::groupExplanation(group));
        if (m_figures.rowsOf(group).isEmpty())
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (group == m_group)
            current = item;
    }
    if (current)
        m_groups->setCurrentItem(current);
    showGroup(m_group);
}

void FiguresPane::showGroup(FigureGroup group)
{
    m_group = group;
    m_explanation->setText(figurelabels::groupExplanation(group));
    m_model->setFigures(m_figures, group);
    QChart* old = m_chart->chart();
    m_chart->setChart(FiguresChart::build(m_figures, group));
    m_chart->chart()->setTitle(figurelabels::groupTitle(group));
    delete old;
    for (int i = 0; i < m_groups->count(); ++i)
        if (m_groups->item(i)->data(GroupRole).toInt() == int(group) &&
            m_groups->currentRow() != i) {
            const QSignalBlocker blocker(m_groups);
            m_groups->setCurrentRow(i);
        }
}

Status FiguresPane::exportCsv(const QString& path)
{
    const Status saved = FiguresExport::writeCsv(m_figures, path);
    reportSaved(saved, path);
    return saved;
}

Status FiguresPane::exportPdf(const QString& path)
{
    const Status saved = FiguresExport::writePdf(m_figures, path);
    reportSaved(saved, path);
    return saved;
}

void FiguresPane::reportSaved(const Status& saved, const QString& path)
{
    if (!saved)
        m_message->showError(saved.error().message);
    else
        m_message->setMessage(InlineMessage::Kind::Success,
                              tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void FiguresPane::exportCsvDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the figures as CSV"),
        QDir(m_lastFolder)
            .filePath(FiguresExport::suggestedFileName(m_figures, QStringLiteral("csv"))),
        tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    (void)exportCsv(path);
}

void FiguresPane::exportPdfDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the figures as PDF"),
        QDir(m_lastFolder)
            .filePath(FiguresExport::suggestedFileName(m_figures, QStringLiteral("pdf"))),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    (void)exportPdf(path);
}

void FiguresPane::printDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status printed = FiguresExport::print(m_figures, printer); !printed)
        m_message->showError(printed.error().message);
}

} // namespace kotva
