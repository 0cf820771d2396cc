#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kotva {

class InlineMessage;
class LocalServices;

/// The organisation's own services, for a coordinator: the list with each service's region
/// and the day it was confirmed (marked when that is more than 12 months ago), and adding,
/// editing, confirming today, removing, and exporting or importing the list as a file to
/// share it with another organisation. Every change is saved at once by LocalServices.
class LocalServicesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit LocalServicesDialog(LocalServices& services, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(LocalServicesDialog)

    /// Import and export with the path chosen (the buttons ask for it with a file dialog).
    void importFile(const QString& path);
    void exportFile(const QString& path);
    /// Opens the editor for a new service, or the selected one; returns it (not yet shown
    /// modally) so tests can fill it in.
    class LocalServiceEditor* openEditor(bool newService);

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }
    [[nodiscard]] QPushButton* confirmButton() const { return m_confirm; }
    [[nodiscard]] QPushButton* removeButton() const { return m_remove; }

private:
    void reload();
    void updateButtons();
    void confirmSelected();
    void removeSelected();
    [[nodiscard]] QString selectedId() const;

    LocalServices& m_services;
    QTableWidget* m_table = nullptr;
    InlineMessage* m_message = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace kotva
