#pragma once

#include "core/common/Error.h"
#include "core/supervision/SupervisionAgenda.h"

#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace kotva {

class InlineMessage;
class VaultSession;

/// The team lead's monthly team supervision (issue 15): the notes workers shared for team
/// supervision in the chosen month, by kind; moving an item up or down, adding one, marking
/// it discussed with what was agreed; and the agenda with the month's figures as a PDF or on
/// paper. Everything goes through SupervisionAgenda, which redacts what is typed.
class AgendaPane final : public QWidget
{
    Q_OBJECT
public:
    explicit AgendaPane(VaultSession& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(AgendaPane)

    /// Reads the chosen month's agenda again (new shared notes join it).
    void reload();
    /// Shows the agenda of the month of `day` (one of the months offered).
    void showMonth(const QDate& day);
    Status exportPdf(const QString& path);

    [[nodiscard]] const SupervisionAgendaMonth& agenda() const { return m_agenda; }
    [[nodiscard]] QComboBox* monthChoice() const { return m_month; }
    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    [[nodiscard]] QCheckBox* discussedBox() const { return m_discussed; }
    [[nodiscard]] QPlainTextEdit* agreedEdit() const { return m_agreed; }
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QPushButton* upButton() const { return m_up; }
    [[nodiscard]] QPushButton* downButton() const { return m_down; }
    [[nodiscard]] QPushButton* removeButton() const { return m_remove; }
    [[nodiscard]] QComboBox* newItemTopic() const { return m_newTopic; }
    [[nodiscard]] QLineEdit* newItemText() const { return m_newText; }
    [[nodiscard]] QPushButton* addButton() const { return m_add; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }
    /// When the month's team supervision takes place, or that the programme has no date.
    [[nodiscard]] QLabel* dateNote() const { return m_dateNote; }
    [[nodiscard]] QPushButton* accessLogButton() const { return m_accessLogButton; }
    /// The access log (unlocks, who opened or printed the agenda), newest first; modal.
    void showAccessLog();
    /// Selects the item (tests, and after a change).
    void selectItem(AgendaItemId id);
    /// Whether the member at the keyboard arranges the agenda (a team lead) or reads it.
    [[nodiscard]] bool arranges() const { return m_arranges; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildHeader();
    QWidget* buildDetail();
    QWidget* buildAddRow();
    void fillTree();
    void showDates();
    void showSelected();
    [[nodiscard]] const AgendaItem* selected() const;
    void saveDiscussed();
    void moveSelected(int steps);
    void removeSelected();
    void addItem();
    void exportPdfDialog();
    void printDialog();
    /// Shows the error and returns false, or true.
    bool report(const Status& status);

    /// Who shared an item, in words: initials, "anonymously", "the team lead".
    [[nodiscard]] static QString sharedBy(const AgendaItem& item);

    VaultSession& m_session;
    /// A peer worker reads the agenda to prepare; only the team lead arranges and prints it.
    const bool m_arranges;
    SupervisionAgendaMonth m_agenda;
    QString m_lastFolder;

    QComboBox* m_month = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_accessLogButton = nullptr;
    QSet<QDate> m_loggedMonths; ///< months whose opening is already in the access log
    InlineMessage* m_message = nullptr;
    QLabel* m_dateNote = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_itemText = nullptr;
    QLabel* m_itemSource = nullptr;
    QCheckBox* m_discussed = nullptr;
    QPlainTextEdit* m_agreed = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_remove = nullptr;
    QComboBox* m_newTopic = nullptr;
    QLineEdit* m_newText = nullptr;
    QPushButton* m_add = nullptr;
};

} // namespace kotva
