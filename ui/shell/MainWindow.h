#pragma once

#include <QIcon>
#include <QMainWindow>
#include <QStringList>

class QFrame;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace kotva {

class VaultOverviewPage;

/// The window shown while the vault is unlocked: a navigation list of panes on the left,
/// the current pane on the right, and the Vault menu (Settings, Lock, Quit). The first
/// pane is always the vault overview; later issues plug their panes in with addPane().
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    static inline const QString OverviewPaneId = QStringLiteral("overview");

    explicit MainWindow(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(MainWindow)

    /// Adds a pane after the existing ones, or at `position` in the navigation (a pane the
    /// member may use once the vault became a team vault); the window takes ownership of
    /// `widget`. Ids are unique: adding an existing id replaces nothing and returns false.
    bool addPane(const QString& id, const QString& title, const QIcon& icon, QWidget* widget,
                 int position = -1);
    /// Shows the pane; false when there is none with that id.
    bool showPane(const QString& id);
    [[nodiscard]] QString currentPaneId() const;
    [[nodiscard]] QStringList paneIds() const { return m_ids; }
    [[nodiscard]] QWidget* pane(const QString& id) const;

    [[nodiscard]] VaultOverviewPage* overview() const { return m_overview; }
    /// Short status line text, e.g. "Encrypted · SQLCipher 3.4.1".
    void setEncryptionStatus(const QString& text);

    QListWidget* navigation() const { return m_navigation; }

Q_SIGNALS:
    void lockRequested();
    void settingsRequested();
    /// Vault → Backups…
    void backupsRequested();
    void currentPaneChanged(const QString& id);

private:
    void buildMenus();
    void updateNavigationVisibility();

    QListWidget* m_navigation = nullptr;
    QFrame* m_separator = nullptr;
    QStackedWidget* m_stack = nullptr;
    VaultOverviewPage* m_overview = nullptr;
    QLabel* m_status = nullptr;
    QStringList m_ids;
};

} // namespace kotva
