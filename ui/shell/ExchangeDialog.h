#pragma once

#include "ui/shell/ExchangeFiles.h"

#include <QDialog>

class QTabWidget;

namespace kotva {

class ExchangeLeadPage;
class ExchangeWorkerPage;
class Prompter;
class VaultSession;

/// Workers on other PCs (issue 15): the cards a team lead and a worker exchange once, and the
/// sealed file the worker then brings the team lead now and then. A tab for each part the
/// member's roles allow: the team lead's (ExchangeLeadPage, in a team vault, for whoever
/// manages the members) and the worker's (ExchangeWorkerPage, for whoever writes notes).
/// ExchangeService checks the roles and the files; the pages only ask and say what happened.
class ExchangeDialog final : public QDialog
{
    Q_OBJECT
public:
    ExchangeDialog(VaultSession& session, Prompter& prompter, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ExchangeDialog)

    /// Replaces the file dialogs (tests answer with a path).
    void setFileChooser(ExchangeFiles::Chooser chooser) { m_files.setChooser(std::move(chooser)); }

    /// The team lead's part, or nullptr when the member's roles or the vault have none.
    [[nodiscard]] ExchangeLeadPage* leadPage() const { return m_leadPage; }
    /// The worker's part, or nullptr when the member writes no notes.
    [[nodiscard]] ExchangeWorkerPage* workerPage() const { return m_workerPage; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }

private:
    ExchangeFiles m_files;
    QTabWidget* m_tabs = nullptr;
    ExchangeLeadPage* m_leadPage = nullptr;
    ExchangeWorkerPage* m_workerPage = nullptr;
};

} // namespace kotva
