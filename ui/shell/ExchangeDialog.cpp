#include "ui/shell/ExchangeDialog.h"

#include "core/vaultsession/VaultSession.h"
#include "ui/shell/ExchangeLeadPage.h"
#include "ui/shell/ExchangeWorkerPage.h"
#include "ui/shell/ShellWidgets.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kotva {

ExchangeDialog::ExchangeDialog(VaultSession& session, Prompter& prompter, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exchangeDialog"));
    setWindowTitle(tr("Workers on other PCs"));
    setWindowIcon(shell::appIcon());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(12);
    layout->addLayout(shell::dialogHeader(
        tr("Workers on other PCs"),
        tr("A worker who keeps Kotva on their own PC brings the team lead a sealed file now and "
           "then. No server is involved: the file travels on a USB stick or through a shared "
           "folder."),
        this));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("exchangeTabs"));
    m_tabs->setTabBarAutoHide(true); // one part only: no tab bar over it
    const AccessGate& gate = session.access();
    if (session.team().isTeam() && gate.allows(Capability::ManageMembers)) {
        m_leadPage = new ExchangeLeadPage(session.exchange(), session.team(), m_files, m_tabs);
        m_tabs->addTab(m_leadPage, tr("As the team lead"));
    }
    // A worker sends files from their own PC's vault of one person; in a team vault the team
    // works on the same vault and the lead reads what they share directly.
    if (!session.team().isTeam() && gate.allows(Capability::OwnNotes)) {
        m_workerPage = new ExchangeWorkerPage(session, m_files, prompter, m_tabs);
        m_tabs->addTab(m_workerPage, tr("As a worker"));
    }
    if (m_tabs->count() == 0)
        m_tabs->addTab(shell::paragraph(tr("Your roles in this team have nothing to exchange "
                                           "with other PCs: this is for peer workers and the "
                                           "team lead."),
                                        m_tabs),
                       tr("Workers on other PCs"));
    layout->addWidget(m_tabs, 1);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    setMinimumWidth(640);
    resize(680, layout->totalHeightForWidth(680)); // as high as the texts need at this width
}

} // namespace kotva
