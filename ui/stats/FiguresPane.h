#pragma once

#include "core/common/Error.h"
#include "core/stats/MonthlyFigures.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace kotva {

class FiguresTableModel;
class InlineMessage;
class VaultSession;

/// The team's figures without text (issue 15): a list of what is counted, the chosen group
/// as a chart with the same numbers as a table, the period (3, 6 or 12 months), and the ways
/// out of the vault: CSV for annual reports, PDF, print. Read again whenever the pane is
/// shown and after a purge, so it never shows what has expired.
class FiguresPane final : public QWidget
{
    Q_OBJECT
public:
    explicit FiguresPane(VaultSession& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(FiguresPane)

    /// Reads the figures of the chosen period again.
    void reload();
    /// Shows the group in the chart and the table.
    void showGroup(FigureGroup group);

    /// Writes the shown figures; the pane says what happened.
    Status exportCsv(const QString& path);
    Status exportPdf(const QString& path);

    [[nodiscard]] const MonthlyFigures& figures() const { return m_figures; }
    [[nodiscard]] QComboBox* periodChoice() const { return m_period; }
    [[nodiscard]] QListWidget* groupList() const { return m_groups; }
    [[nodiscard]] QChartView* chartView() const { return m_chart; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] FiguresTableModel* model() const { return m_model; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildHeader();
    void fillGroupList();
    void exportCsvDialog();
    void exportPdfDialog();
    void printDialog();
    void reportSaved(const Status& saved, const QString& path);

    VaultSession& m_session;
    MonthlyFigures m_figures;
    FigureGroup m_group = FigureGroup::ContactsByChannel;
    QString m_lastFolder;

    QComboBox* m_period = nullptr;
    QPushButton* m_csv = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_print = nullptr;
    InlineMessage* m_message = nullptr;
    QListWidget* m_groups = nullptr;
    QLabel* m_explanation = nullptr;
    QChartView* m_chart = nullptr;
    QTableView* m_table = nullptr;
    FiguresTableModel* m_model = nullptr;
};

} // namespace kotva
