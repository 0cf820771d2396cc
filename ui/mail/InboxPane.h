#pragma once

#include "core/common/Clock.h"
#include "core/mail/intake/MailRun.h"
#include "core/session/Contact.h"

#include <QWidget>

class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace kotva {

class InboxModel;
class MailFiguresModel;
class InlineMessage;
class MailService;

/// The e-mail counselling inbox: "Fetch mail" with progress and Cancel, what the last run
/// did, and the e-mail contacts most urgent first (acute, then the nearest due date).
/// Opening a row hands the contact to the conversation (openContact); the pane itself
/// never answers. It must not outlive the MailService (the VaultSession) it shows.
///
/// Keyboard: F5 fetch mail, Enter opens the selected contact.
class InboxPane final : public QWidget
{
    Q_OBJECT
public:
    /// `clock` is the vault's (what "overdue" is judged on).
    InboxPane(MailService& mail, const Clock& clock, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(InboxPane)

    /// Reads the inbox again and whether the mailbox is set up (done on construction, when
    /// the inbox changes and whenever the pane is shown: settings may have changed).
    void reload();
    /// "Fetch mail".
    void fetch();
    /// Shows what a run did in the status line.
    void showReport(const MailRunReport& report);
    /// Acute e-mail just came in (after inboxChanged, so the list shows it): said plainly
    /// above the list, the first one selected, the pane brought to the front and the window
    /// flagged to the desktop.
    void alertAcute(const QList<ContactId>& contacts);
    /// The acute alert's text (empty when none is shown).
    [[nodiscard]] QString alertText() const;

    [[nodiscard]] InboxModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] MailFiguresModel* figures() const { return m_figures; }
    [[nodiscard]] QPushButton* fetchButton() const { return m_fetch; }
    [[nodiscard]] QPushButton* cancelButton() const { return m_cancel; }
    [[nodiscard]] QProgressBar* progressBar() const { return m_progress; }
    [[nodiscard]] QPushButton* setUpButton() const { return m_setUp; }
    /// The last run's summary, or an error (empty when there is nothing to say).
    [[nodiscard]] QString statusText() const;
    /// What the empty inbox says (the explanation and, when needed, "not set up").
    [[nodiscard]] QString emptyText() const;
    [[nodiscard]] bool showsEmptyState() const;

Q_SIGNALS:
    /// The worker opened an e-mail contact (double-click, Enter).
    void openContact(kotva::ContactId contact);
    /// The worker wants to set up the organisation's mailbox.
    void settingsRequested();
    /// Bring this pane to the front (the main window does, see AppController).
    void showRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setBusy(bool busy);
    void showProgress(int done, int total);
    void openIndex(const QModelIndex& index);
    void updateState(bool ready);
    void fitColumns();
    bool eventFilter(QObject* watched, QEvent* event) override;

    MailService& m_mail;
    const Clock& m_clock;
    InboxModel* m_model = nullptr;
    QLabel* m_heading = nullptr;
    QPushButton* m_fetch = nullptr;
    QWidget* m_progressRow = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    InlineMessage* m_status = nullptr;
    InlineMessage* m_alert = nullptr;
    QFrame* m_setUpRow = nullptr;
    QPushButton* m_setUp = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QTableView* m_view = nullptr;
    MailFiguresModel* m_figures = nullptr;
};

} // namespace kotva
