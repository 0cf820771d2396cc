#include "ui/workspace/ConversationView.h"

#include "core/referral/AddressForm.h"
#include "core/session/SessionService.h"
#include "core/session/StoppedTopicCheck.h"
#include "ui/mail/EmailAnswerBar.h"
#include "ui/shell/FindingLabels.h"
#include "ui/shell/InlineMessage.h"
#include "ui/workspace/BoundaryNotice.h"
#include "ui/workspace/ComposerEdit.h"
#include "ui/workspace/ConversationHeader.h"
#include "ui/workspace/RecentTurnsFilter.h"
#include "ui/workspace/TurnComposer.h"
#include "ui/workspace/TurnModel.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kotva {

ConversationView::ConversationView(SessionService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_turns(new TurnModel(this))
    , m_stack(new QStackedWidget(this))
    , m_header(new ConversationHeader(this))
    , m_recent(new RecentTurnsFilter(this))
    , m_earlier(new QPushButton(this))
    , m_list(new QListView(this))
    , m_message(new InlineMessage(this))
    , m_notice(new BoundaryNotice(this))
    , m_composer(new TurnComposer(service.analyzer(), this))
{
    auto* empty = new QLabel(tr("No contact selected. Choose one in the list, or start a new "
                                "contact with Ctrl+N."),
                             this);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);

    // Long conversations open at the newest turns; older ones come on request.
    m_recent->setSourceModel(m_turns);
    m_list->setModel(m_recent);
    m_list->setAccessibleName(tr("Conversation"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(3);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_earlier->setAccessibleName(tr("Show earlier turns"));
    m_earlier->hide();

    auto* conversation = new QWidget(this);
    auto* splitter = new QSplitter(Qt::Vertical, conversation);
    auto* lower = new QWidget(splitter);
    m_splitter = splitter;
    m_lower = lower;
    // A notice or message appearing (or changing its text) asks the lower part for a new
    // layout; that is when it may need more room than the splitter gave it.
    lower->installEventFilter(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_message);
    lowerLayout->addWidget(m_notice);
    lowerLayout->addWidget(m_composer, 1);
    auto* upper = new QWidget(splitter);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_earlier, 0, Qt::AlignHCenter);
    upperLayout->addWidget(m_list, 1);
    splitter->addWidget(upper);
    splitter->addWidget(lower);
    // The history gets the room; the reply starts at a few lines and makeRoomForNotices()
    // fits the lower part to what it shows.
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });

    auto* conversationLayout = new QVBoxLayout(conversation);
    conversationLayout->setContentsMargins(0, 0, 0, 0);
    conversationLayout->addWidget(m_header);
    conversationLayout->addWidget(splitter, 1);

    m_stack->addWidget(empty);
    m_stack->addWidget(conversation);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setTabOrder(m_header->closeButton(), m_earlier);
    setTabOrder(m_earlier, m_list);
    setTabOrder(m_list, m_composer->clientButton());

    connect(m_recent, &RecentTurnsFilter::hiddenCountChanged, this,
            &ConversationView::updateEarlierButton);
    connect(m_earlier, &QPushButton::clicked, this, &ConversationView::showEarlierTurns);
    connect(m_composer, &TurnComposer::saveRequested, this, &ConversationView::save);
    connect(m_notice, &BoundaryNotice::sendAnywayRequested, this, &ConversationView::sendAnyway);
    connect(m_notice, &BoundaryNotice::editRequested, this,
            [this] { m_composer->editor()->setFocus(Qt::OtherFocusReason); });
    connect(m_notice, &BoundaryNotice::insertRequested, this, &ConversationView::insertIntoReply);
    connect(m_header, &ConversationHeader::stopRequested, this, &ConversationView::stopTopic);
    connect(m_header, &ConversationHeader::contractChangeRequested, this,
            &ConversationView::changeContract);
    connect(m_header, &ConversationHeader::closeRequested, this, [this] {
        if (m_contact)
            Q_EMIT closeRequested(m_contact->id);
    });
    updateEnabled();
}

void ConversationView::setAddressForm(Register form)
{
    if (m_contact)
        m_contact->addressForm = form;
}

void ConversationView::setContact(const Contact& contact)
{
    const bool sameContact = m_contact && m_contact->id == contact.id;
    m_contact = contact;
    if (!sameContact) {
        m_stopAcknowledged = false;
        m_composer->clear();
        m_composer->setAuthor(Author::Client);
        m_notice->dismiss();
        m_message->clear();
        reloadTurns();
        // An e-mail waits for my answer: the composer starts as the reply.
        if (m_email && contact.channel == Channel::Email && !m_turns->turns().isEmpty() &&
            m_turns->turns().constLast().author == Author::Client)
            m_composer->setAuthor(Author::Worker);
    }
    showContact(contact);
}

void ConversationView::reloadTurns()
{
    if (!m_contact)
        return;
    const Result<QList<Turn>> turns = m_service.turns(m_contact->id);
    if (turns) {
        m_turns->setTurns(*turns);
    } else {
        m_turns->clear();
        m_message->showError(turns.error().message);
    }
    m_list->scrollToBottom();
}

void ConversationView::updateEarlierButton()
{
    const int hidden = m_recent->hiddenCount();
    m_earlier->setText(
        tr("Show %n earlier turn(s)", nullptr, std::min(hidden, int(RecentTurnsFilter::PageSize))));
    m_earlier->setVisible(hidden > 0);
}

void ConversationView::showEarlierTurns()
{
    // Keep the turn that was at the top where it was, so reading goes on from there.
    const QModelIndex top = m_recent->mapToSource(m_list->indexAt(QPoint(1, 1)));
    m_recent->showEarlier();
    if (top.isValid())
        m_list->scrollTo(m_recent->mapFromSource(top), QAbstractItemView::PositionAtTop);
}

void ConversationView::clearContact()
{
    m_contact.reset();
    m_turns->clear();
    m_composer->clear();
    m_notice->dismiss();
    m_message->clear();
    if (m_email)
        m_email->setContact(std::nullopt);
    updateEnabled();
}

void ConversationView::showContact(const Contact& contact)
{
    m_header->setContact(contact);
    if (m_email)
        m_email->setContact(contact);
    updateEnabled();
}

void ConversationView::updateEnabled()
{
    m_stack->setCurrentIndex(m_contact ? 1 : 0);
    const bool open = m_contact && m_contact->state == ContactState::Open;
    m_composer->setEnabled(open);
}

QString ConversationView::messageText() const
{
    return m_message->text();
}

bool ConversationView::eventFilter(QObject* watched, QEvent* event)
{
    // At once, not on the next turn of the event loop: a notice that just appeared must not
    // be clipped for even a moment (its buttons are what the worker reaches for).
    if (watched == m_lower && event->type() == QEvent::LayoutRequest)
        makeRoomForNotices();
    return QWidget::eventFilter(watched, event);
}

void ConversationView::makeRoomForNotices()
{
    // A QSplitter gives its parts fixed heights and ignores height-for-width, so a wrapped
    // notice would be clipped at 1366×768: the lower part grows to what its visible notices
    // need, and the conversation above keeps the rest.
    const int width = m_lower->width();
    // A reply of a few lines, more as the worker types (TurnComposer's own size hint).
    int needed = std::max(m_composer->minimumSizeHint().height(), m_composer->sizeHint().height());
    const QWidget* notices[] = {m_message, m_notice, m_email};
    for (const QWidget* notice : notices) {
        if (!notice || !notice->isVisibleTo(m_lower))
            continue;
        needed += m_lower->layout()->spacing() + (notice->hasHeightForWidth()
                                                      ? notice->heightForWidth(width)
                                                      : notice->sizeHint().height());
    }
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() != 2 || sizes.at(1) == needed)
        return;
    // Shrinking back after a notice went away gives the history its room again, unless the
    // worker sized the parts by hand.
    if (sizes.at(1) > needed && m_userSized)
        return;
    const int total = sizes.at(0) + sizes.at(1);
    const int upperMinimum = m_splitter->widget(0)->minimumSizeHint().height();
    sizes[1] = std::min(needed, total - upperMinimum);
    sizes[0] = total - sizes.at(1);
    m_splitter->setSizes(sizes);
}

void ConversationView::save()
{
    m_viaEmail = false;
    submit();
}

void ConversationView::sendAsEmail()
{
    if (!m_email || !m_email->canAnswer() || m_email->isSending())
        return;
    // Only the worker's own words ever go to the client.
    if (m_composer->author() != Author::Worker)
        return;
    m_viaEmail = true;
    submit();
}

void ConversationView::submit()
{
    if (!m_contact)
        return;
    const QString text = m_composer->text();
    if (text.trimmed().isEmpty()) {
        m_message->setMessage(InlineMessage::Kind::Information,
                              tr("Write or paste the text first."));
        return;
    }
    const Author author = m_composer->author();
    // The client's right to end a topic (seed 002): a reply that goes back to a stopped one
    // is held until the worker edits it or sends it knowingly.
    if (author == Author::Worker && !m_stopAcknowledged) {
        // Read from the vault: the contact list hands the view contacts without their stops.
        const Result<Contact> stored = m_service.contact(m_contact->id);
        const QStringList touched = StoppedTopicCheck::touched(
            stored ? stored->stoppedTopics : m_contact->stoppedTopics, text);
        if (!touched.isEmpty()) {
            m_message->clear();
            m_notice->showStoppedTopic(touched);
            return;
        }
    }
    if (author == Author::Worker) {
        // The same check SessionService makes, asked before saving so the worker can choose;
        // run now (not after the typing pause) so the marks match the warning.
        m_composer->analyseNow();
        const Analysis& analysis = m_composer->lastAnalysis();
        if (!analysis.boundaries.isEmpty()) {
            m_message->clear();
            m_notice->showWorkerDraft(analysis.boundaries);
            return;
        }
    }
    deliver(author, text, false);
}

void ConversationView::sendAnyway()
{
    if (!m_contact || m_composer->text().trimmed().isEmpty())
        return;
    if (m_notice->mode() == BoundaryNotice::Mode::StoppedTopic) {
        // Knowingly back to the topic: the boundary check still comes.
        m_stopAcknowledged = true;
        m_notice->dismiss();
        submit();
        return;
    }
    deliver(Author::Worker, m_composer->text(), true);
}

void ConversationView::deliver(Author author, const QString& text, bool sentDespiteBoundary)
{
    if (!m_viaEmail || author != Author::Worker || !m_email) {
        commit(author, text, sentDespiteBoundary);
        return;
    }
    m_viaEmail = false;
    // The draft stays in the composer until the server took it (answerSent).
    if (const Status started = m_email->send(text, sentDespiteBoundary); !started) {
        m_message->showError(started.error().message);
        return;
    }
    m_message->clear();
    m_notice->dismiss();
}

void ConversationView::enableEmailAnswers(MailService& mail, const Clock& clock)
{
    if (m_email)
        return;
    m_email = new EmailAnswerBar(mail, clock, m_lower);
    // Right under the draft it sends.
    m_lower->layout()->addWidget(m_email);
    setTabOrder(m_composer->saveButton(), m_email);
    connect(m_email, &EmailAnswerBar::sendRequested, this, &ConversationView::sendAsEmail);
    connect(m_email, &EmailAnswerBar::sendingChanged, this, &ConversationView::setSending);
    connect(m_email, &EmailAnswerBar::answerSent, this, &ConversationView::emailSent);
    connect(m_email, &EmailAnswerBar::answerFailed, this,
            [this](ContactId contact, const QString& message) {
                // The draft is still in the composer: the worker can send it again or save it.
                if (m_contact && m_contact->id == contact)
                    m_message->showError(message);
                else // the worker moved on meanwhile; the inbox still lists it as unanswered
                    m_message->showError(
                        tr("An answer to another e-mail contact was not sent: %1").arg(message));
            });
    connect(m_composer->editor(), &QPlainTextEdit::textChanged, this,
            &ConversationView::updateDraftReady);
    connect(m_composer, &TurnComposer::authorChanged, this, &ConversationView::updateDraftReady);
    m_email->setContact(m_contact);
    updateDraftReady();
}

void ConversationView::updateDraftReady()
{
    if (m_email)
        m_email->setDraftReady(m_composer->author() == Author::Worker &&
                               !m_composer->text().trimmed().isEmpty());
}

void ConversationView::setSending(bool sending)
{
    // What is being sent stays as it is until the server answers: it is kept on failure.
    m_composer->editor()->setReadOnly(sending);
    m_composer->saveButton()->setEnabled(!sending);
    m_composer->clientButton()->setEnabled(!sending);
    m_composer->workerButton()->setEnabled(!sending);
}

void ConversationView::emailSent(ContactId contact, const SavedTurn& saved)
{
    if (!m_contact || m_contact->id != contact)
        return;
    m_stopAcknowledged = false;
    m_turns->append(saved.turn);
    m_list->scrollToBottom();
    m_composer->clear();
    m_notice->dismiss();
    QString said = tr("Sent by e-mail.");
    // The client got the words as written; the copy kept here is redacted.
    if (const QString removed = findings::removedSentence(saved.turn.redactedKinds);
        !removed.isEmpty())
        said += u' ' + removed;
    if (saved.turn.sentDespiteBoundary)
        said += u' ' + tr("Sending it anyway is counted anonymously for supervision.");
    m_message->setMessage(InlineMessage::Kind::Success, said);
    refresh();
    // Answered: the contact can close with its outcome (the worker may cancel).
    Q_EMIT closeRequested(contact);
}

void ConversationView::commit(Author author, const QString& text, bool sentDespiteBoundary)
{
    const Result<SavedTurn> saved =
        m_service.addTurn(m_contact->id, author, text, sentDespiteBoundary);
    if (!saved) {
        m_message->showError(saved.error().message);
        return;
    }
    m_stopAcknowledged = false;
    m_turns->append(saved->turn);
    m_list->scrollToBottom();
    m_composer->clear();

    QString said = findings::removedSentence(saved->turn.redactedKinds);
    if (said.isEmpty())
        said = tr("Saved. Nothing had to be removed.");
    if (sentDespiteBoundary)
        said += u' ' + tr("Sending it anyway is counted anonymously for supervision.");
    m_message->setMessage(saved->turn.redactedKinds.isEmpty() ? InlineMessage::Kind::Success
                                                              : InlineMessage::Kind::Information,
                          said);

    if (author == Author::Client && !saved->analysis.boundaries.isEmpty()) {
        // The answer addresses the client as the contact goes: as the worker chose, else as
        // this message does, else with vykání.
        const Register form = m_contact && m_contact->addressForm
                                  ? *m_contact->addressForm
                                  : AddressForm::suggestedBy(text).value_or(Register::Formal);
        m_notice->showClientRequest(saved->analysis.boundaries, form);
    } else
        m_notice->dismiss();

    // A conversation alternates: after the client's message comes my reply, and back.
    m_composer->setAuthor(author == Author::Client ? Author::Worker : Author::Client);
    // Back to writing even when a notice appeared: the notice is reachable by its
    // mnemonics and Tab, and typing on must never land on one of its buttons.
    m_composer->editor()->setFocus(Qt::OtherFocusReason);
    Q_EMIT turnSaved(saved->analysis, author, text);
    refresh();
}

void ConversationView::refresh()
{
    if (!m_contact)
        return;
    const Result<Contact> contact = m_service.contact(m_contact->id);
    if (!contact) {
        m_message->showError(contact.error().message);
        return;
    }
    m_contact = *contact;
    showContact(*contact);
    Q_EMIT contactChanged(*contact);
}

void ConversationView::stopTopic(const QString& label)
{
    if (!m_contact)
        return;
    const Status stopped = m_service.stopTopic(m_contact->id, label);
    if (!stopped) {
        m_message->showError(stopped.error().message);
        return;
    }
    m_message->setMessage(InlineMessage::Kind::Information,
                          tr("STOP noted: the client ended this topic. Do not come back to it "
                             "unless the client does."));
    refresh();
}

void ConversationView::changeContract(ContractWish wish)
{
    if (!m_contact || wish == m_contact->currentWish())
        return;
    const Status changed = m_service.changeContract(m_contact->id, wish);
    if (!changed)
        m_message->showError(changed.error().message);
    refresh(); // also puts the combo back when the change failed
}

void ConversationView::recordReferralGiven(RiskLevel level)
{
    if (!m_contact)
        return;
    const Status recorded = m_service.recordReferralGiven(m_contact->id, level);
    if (!recorded) {
        m_message->showError(recorded.error().message);
        return;
    }
    m_message->setMessage(InlineMessage::Kind::Success,
                          tr("Referral given: recorded anonymously."));
    refresh();
}

void ConversationView::insertIntoReply(const QString& text)
{
    if (!m_contact || m_contact->state != ContactState::Open)
        return;
    m_composer->setAuthor(Author::Worker);
    m_composer->insertText(text);
}

} // namespace kotva
