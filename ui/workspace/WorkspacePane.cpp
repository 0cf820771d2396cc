#include "ui/workspace/WorkspacePane.h"

#include "core/referral/AddressForm.h"
#include "core/session/ContactRisk.h"
#include "core/vaultsession/VaultSession.h"
#include "ui/referral/CrisisReferralPane.h"
#include "ui/shell/InlineMessage.h"
#include "ui/workspace/CloseContactDialog.h"
#include "ui/workspace/ContactListModel.h"
#include "ui/workspace/ContactListPanel.h"
#include "ui/workspace/ConversationView.h"
#include "ui/workspace/NewContactDialog.h"
#include "ui/workspace/OutcomeTopicsDialog.h"
#include "ui/workspace/TurnComposer.h"
#include "ui/workspace/TurnModel.h"

#include <QAction>
#include <QApplication>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace kotva {

WorkspacePane::WorkspacePane(VaultSession& session, const ReferralPlanner& planner, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(session.contacts())
    , m_contacts(new ContactListModel(this))
    , m_message(new InlineMessage(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_list(new ContactListPanel(m_contacts, m_splitter))
    , m_conversation(new ConversationView(m_service, m_splitter))
    , m_crisis(new CrisisReferralPane(planner, session.organisationRegion(), m_splitter))
{
    setAccessibleName(tr("Contacts and conversation"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_conversation);
    m_splitter->addWidget(m_crisis);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setChildrenCollapsible(false);
    // Proportions, not pixels: the splitter scales them to the width it gets.
    m_splitter->setSizes({36, 64, 26});
    m_crisis->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_list, m_conversation);
    setTabOrder(m_conversation, m_crisis);

    buildActions();

    connect(m_list, &ContactListPanel::contactSelected, this, &WorkspacePane::contactSelected);
    connect(m_list, &ContactListPanel::newContactRequested, this,
            &WorkspacePane::showNewContactDialog);
    connect(m_conversation, &ConversationView::contactChanged, m_contacts,
            &ContactListModel::upsert);
    connect(m_conversation, &ConversationView::closeRequested, this,
            &WorkspacePane::showCloseContactDialog);
    connect(m_conversation->composer(), &TurnComposer::analysed, this,
            [this](const Analysis& analysis, Author author, const QString& text) {
                if (author == Author::Client)
                    assessClientText(analysis, text);
            });
    connect(m_conversation, &ConversationView::turnSaved, this,
            [this](const Analysis& analysis, Author author, const QString& text) {
                if (author == Author::Client)
                    assessClientText(analysis, text);
            });
    // Tykání or vykání chosen in the crisis pane is kept with the contact: the next client
    // request's answer, and the script when the contact is opened again, follow it.
    connect(m_crisis, &CrisisReferralPane::formChosen, this, [this](Register form) {
        const std::optional<Contact> shown = m_conversation->contact();
        if (!shown)
            return;
        if (const Status kept = m_service.setAddressForm(shown->id, form); !kept) {
            m_message->showError(kept.error().message);
            return;
        }
        Contact updated = *shown;
        updated.addressForm = form;
        m_contacts->upsert(updated);
        m_conversation->setAddressForm(form);
    });
    connect(m_crisis, &CrisisReferralPane::insertIntoReplyRequested, m_conversation,
            &ConversationView::insertIntoReply);
    connect(m_crisis, &CrisisReferralPane::referralGiven, m_conversation,
            &ConversationView::recordReferralGiven);

    connect(&session, &VaultSession::regionChanged, m_crisis, &CrisisReferralPane::setRegion);
    // E-mail contacts: answered from the conversation, and new ones listed as they come in.
    m_conversation->enableEmailAnswers(session.mail(), session.clock());
    connect(&session.mail(), &MailService::inboxChanged, this, &WorkspacePane::reload);
    // Nothing expired stays on screen after the hourly purge.
    connect(&session, &VaultSession::purged, this, [this](const PurgeReport& report) {
        if (report.messagesRemoved > 0 || report.recordsRemoved > 0)
            reload();
    });

    reload();
}

WorkspacePane::~WorkspacePane() = default;

void WorkspacePane::buildActions()
{
    // Window-wide while this pane is the one shown (a hidden pane's shortcuts are inactive):
    // right after unlocking, the focus is still in the navigation list.
    auto* newContact = new QAction(tr("New contact"), this);
    newContact->setShortcut(QKeySequence::New);
    newContact->setShortcutContext(Qt::WindowShortcut);
    connect(newContact, &QAction::triggered, this, &WorkspacePane::showNewContactDialog);
    addAction(newContact);

    auto* crisis = new QAction(tr("Crisis referral pane"), this);
    crisis->setShortcut(Qt::Key_F2);
    crisis->setShortcutContext(Qt::WindowShortcut);
    connect(crisis, &QAction::triggered, this, &WorkspacePane::toggleCrisisPane);
    addAction(crisis);
}

void WorkspacePane::reload()
{
    const ContactId selected = m_list->selectedContactId();
    const Result<QList<Contact>> contacts = m_service.contacts();
    if (!contacts) {
        m_contacts->clear();
        m_message->showError(contacts.error().message);
        return;
    }
    m_message->clear();
    // The contact may have expired meanwhile. If it is still there, it stays selected and
    // its turns are read again (texts past their retention are gone) while the draft being
    // written stays: the list's own "selection changed" would clear the conversation, so
    // it is kept quiet during the reset.
    bool stillThere = false;
    {
        const QSignalBlocker quiet(m_list);
        m_contacts->setContacts(*contacts);
        stillThere = selected != 0 && selectContact(selected);
    }
    if (stillThere) {
        m_conversation->setContact(m_contacts->contactAt(m_contacts->rowOf(selected)));
        m_conversation->reloadTurns();
    } else if (selected != 0) {
        contactSelected(0);
    }
}

QString WorkspacePane::messageText() const
{
    return m_message->text();
}

bool WorkspacePane::selectContact(ContactId id)
{
    return m_list->selectContact(id);
}

bool WorkspacePane::showContact(ContactId id)
{
    if (selectContact(id))
        return true;
    reload();
    return selectContact(id);
}

void WorkspacePane::contactSelected(ContactId id)
{
    m_crisis->clear();
    if (!m_crisisPinned)
        setCrisisVisible(false);
    const int row = m_contacts->rowOf(id);
    if (id == 0 || row < 0) {
        m_conversation->clearContact();
        return;
    }
    const Contact contact = m_contacts->contactAt(row);
    m_conversation->setContact(contact);
    if (contact.addressForm)
        m_crisis->setChosenForm(*contact.addressForm);
    if (const std::optional<Analysis> resumed =
            ContactRisk::resumed(contact, m_conversation->turnModel()->turns()))
        assessClientText(*resumed, QString());
}

Result<Contact> WorkspacePane::openContact(const NewContact& contact,
                                           std::optional<Register> addressForm)
{
    Result<Contact> opened = m_service.openContact(contact);
    if (!opened) {
        m_message->showError(opened.error().message);
        return opened;
    }
    if (addressForm) {
        if (const Status kept = m_service.setAddressForm(opened->id, *addressForm); !kept)
            m_message->showError(kept.error().message);
        else
            opened->addressForm = addressForm;
    }
    m_message->clear();
    m_contacts->upsert(*opened);
    selectContact(opened->id);
    m_conversation->composer()->setFocus(Qt::OtherFocusReason); // the text field (proxy)
    return opened;
}

void WorkspacePane::showNewContactDialog()
{
    auto* dialog = new NewContactDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { (void)openContact(dialog->newContact(), dialog->addressForm()); });
    dialog->open();
}

void WorkspacePane::showCloseContactDialog()
{
    const auto contact = m_conversation->contact();
    if (!contact || contact->state != ContactState::Open)
        return;
    const Result<QStringList> topics = m_service.outcomeTopics();
    if (!topics)
        m_message->showError(topics.error().message); // still closable without topics
    auto* dialog = new CloseContactDialog(*contact, topics.value_or(QStringList()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { (void)closeContact(dialog->contactId(), dialog->outcome()); });
    connect(dialog, &CloseContactDialog::editTopicsRequested, this,
            [this, dialog] { editOutcomeTopics(dialog); });
    dialog->open();
}

void WorkspacePane::editOutcomeTopics(CloseContactDialog* closeDialog)
{
    const Result<QStringList> topics = m_service.outcomeTopics();
    auto* editor = new OutcomeTopicsDialog(
        topics.value_or(QStringList()),
        [this](const QStringList& wanted) { return m_service.setOutcomeTopics(wanted); },
        closeDialog);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, closeDialog, [this, closeDialog] {
        // Read back: the repository cleans the list (spaces, duplicates).
        if (const Result<QStringList> stored = m_service.outcomeTopics())
            closeDialog->setTopics(*stored);
    });
    editor->open();
}

Status WorkspacePane::closeContact(ContactId id, const ContactOutcome& outcome)
{
    const Status closed = m_session.closeContact(id, outcome);
    if (!closed) {
        m_message->showError(closed.error().message);
        return closed;
    }
    const Result<Contact> contact = m_service.contact(id);
    if (!contact) {
        m_message->showError(contact.error().message);
        return std::unexpected(contact.error());
    }
    m_message->clear();
    m_contacts->upsert(*contact);
    if (const auto shown = m_conversation->contact(); shown && shown->id == id)
        m_conversation->setContact(*contact);
    return {};
}

void WorkspacePane::toggleCrisisPane()
{
    const bool show = !m_crisis->isVisible();
    const bool focusInside = m_crisis->isAncestorOf(QApplication::focusWidget());
    m_crisisPinned = show;
    setCrisisVisible(show);
    if (show)
        m_crisis->setFocus(Qt::ShortcutFocusReason);
    else if (focusInside) // the focus must not vanish with the pane
        m_conversation->composer()->setFocus(Qt::ShortcutFocusReason);
}

bool WorkspacePane::isCrisisPaneShown() const
{
    return m_crisis->isVisibleTo(this);
}

void WorkspacePane::assessClientText(const Analysis& analysis, const QString& text)
{
    // The script speaks to the client the way the client writes (tykání or vykání).
    if (const std::optional<Register> form = AddressForm::suggestedBy(text))
        m_crisis->suggestForm(*form);
    if (!ContactRisk::replacesShown(analysis.crisis.level, m_crisis->level()))
        return;
    m_crisis->showAssessment(analysis, text);
    if (m_crisis->shouldRise())
        setCrisisVisible(true);
}

void WorkspacePane::setCrisisVisible(bool show)
{
    if (show && !m_crisis->isVisible()) {
        // On a small screen (1024 px) the contact list gives its room to the crisis pane while
        // the pane is open: the window must never grow past the screen.
        const auto least = [](const QWidget* w) {
            return std::max(w->minimumWidth(), w->minimumSizeHint().width());
        };
        const int needed =
            least(m_list) + least(m_conversation) + least(m_crisis) + 2 * m_splitter->handleWidth();
        if (m_list->isVisible() && needed > m_splitter->width()) {
            m_list->hide();
            m_listGaveRoom = true;
        }
    } else if (!show && m_listGaveRoom) {
        m_list->show();
        m_listGaveRoom = false;
    }
    m_crisis->setVisible(show);
}

} // namespace kotva
