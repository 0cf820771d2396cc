#include "ui/shell/MainWindow.h"

#include "ui/shell/ShellWidgets.h"
#include "ui/shell/VaultOverviewPage.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace kotva {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_overview(new VaultOverviewPage(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kotva"));
    setWindowIcon(shell::appIcon());

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setTextElideMode(Qt::ElideNone);
    m_navigation->setWordWrap(true);
    m_navigation->setMinimumWidth(160);
    m_navigation->setMaximumWidth(220);
    m_navigation->setAutoFillBackground(true);
    m_navigation->setBackgroundRole(QPalette::AlternateBase);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_separator = new QFrame(central);
    m_separator->setFrameShape(QFrame::VLine);
    m_separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(m_navigation);
    layout->addWidget(m_separator);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_ids.size())
            return;
        m_stack->setCurrentIndex(row);
        Q_EMIT currentPaneChanged(m_ids.at(row));
    });
    connect(m_overview, &VaultOverviewPage::settingsRequested, this,
            &MainWindow::settingsRequested);

    buildMenus();
    statusBar()->addPermanentWidget(m_status);
    addPane(OverviewPaneId, tr("Vault"), shell::icon(QStringLiteral("vault")), m_overview);
    resize(1000, 680);
}

void MainWindow::buildMenus()
{
    auto* settings =
        new QAction(shell::icon(QStringLiteral("settings"), QStringLiteral("preferences-system")),
                    tr("&Settings…"), this);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setShortcutContext(Qt::ApplicationShortcut);
    if (settings->shortcut().isEmpty())
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(settings, &QAction::triggered, this, &MainWindow::settingsRequested);

    auto* lock =
        new QAction(shell::icon(QStringLiteral("lock"), QStringLiteral("system-lock-screen")),
                    tr("&Lock"), this);
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setToolTip(tr("Lock Kotva: close the vault until it is unlocked again (Ctrl+L)"));
    connect(lock, &QAction::triggered, this, &MainWindow::lockRequested);

    auto* backups = new QAction(tr("&Backups…"), this);
    backups->setObjectName(QStringLiteral("backupsAction"));
    backups->setToolTip(tr("Back up the vault to a folder, or restore a backup"));
    connect(backups, &QAction::triggered, this, &MainWindow::backupsRequested);

    auto* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* vault = menuBar()->addMenu(tr("&Vault"));
    vault->addAction(settings);
    vault->addAction(backups);
    vault->addAction(lock);
    vault->addSeparator();
    vault->addAction(quit);

    auto* about = new QAction(tr("&About Kotva"), this);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Kotva"),
            tr("<h3>Kotva %1</h3><p>A safe workspace for peer workers. Clients stay "
               "anonymous, nothing identifying is stored, and everything stored expires.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about);

    QToolBar* toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(20, 20));
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addAction(settings);
    toolbar->addAction(lock);
}

bool MainWindow::addPane(const QString& id, const QString& title, const QIcon& icon,
                         QWidget* widget, int position)
{
    if (!widget || id.isEmpty() || m_ids.contains(id))
        return false;
    if (position < 0 || position > m_ids.size())
        position = int(m_ids.size());
    // The stack first: it keeps its current widget, so the row that moves down below shows
    // the same pane as before.
    m_ids.insert(position, id);
    m_stack->insertWidget(position, widget);
    auto* item = new QListWidgetItem(icon, title);
    m_navigation->insertItem(position, item);
    item->setData(Qt::UserRole, id);
    item->setSizeHint(QSize(0, 40));
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
    updateNavigationVisibility();
    return true;
}

bool MainWindow::showPane(const QString& id)
{
    const auto row = m_ids.indexOf(id);
    if (row < 0)
        return false;
    m_navigation->setCurrentRow(static_cast<int>(row));
    return true;
}

QString MainWindow::currentPaneId() const
{
    const int row = m_stack->currentIndex();
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

QWidget* MainWindow::pane(const QString& id) const
{
    const auto row = m_ids.indexOf(id);
    return row < 0 ? nullptr : m_stack->widget(static_cast<int>(row));
}

void MainWindow::setEncryptionStatus(const QString& text)
{
    m_status->setText(text);
}

void MainWindow::updateNavigationVisibility()
{
    // One page needs no navigation; the list appears as soon as a second pane plugs in.
    m_navigation->setVisible(m_ids.size() > 1);
    m_separator->setVisible(m_ids.size() > 1);
}

} // namespace kotva
