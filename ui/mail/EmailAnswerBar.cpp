#include "ui/mail/EmailAnswerBar.h"

#include "core/mail/intake/MailService.h"
#include "ui/mail/InboxTexts.h"
#include "ui/shell/DateText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace kotva {

EmailAnswerBar::EmailAnswerBar(MailService& mail, const Clock& clock, QWidget* parent)
    : QFrame(parent)
    , m_mail(mail)
    , m_clock(clock)
    , m_status(new QLabel(this))
    , m_send(new QPushButton(tr("Send as &e-mail"), this))
{
    setObjectName(QStringLiteral("emailAnswerBar"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_send->setAccessibleName(tr("Send my reply as e-mail"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_send, 0, Qt::AlignTop);

    connect(m_send, &QPushButton::clicked, this, &EmailAnswerBar::sendRequested);
    connect(&m_mail, &MailService::busyChanged, this, &EmailAnswerBar::render);
    connect(&m_mail, &MailService::inboxChanged, this, &EmailAnswerBar::refresh);
    connect(&m_mail, &MailService::answerSent, this,
            [this](ContactId contact, const SavedTurn& saved) {
                if (contact != m_sendingFor)
                    return;
                m_sendingFor = 0;
                Q_EMIT sendingChanged(false);
                refresh();
                Q_EMIT answerSent(contact, saved);
            });
    connect(&m_mail, &MailService::answerFailed, this,
            [this](ContactId contact, const MailError& error) {
                if (contact != m_sendingFor)
                    return;
                m_sendingFor = 0;
                Q_EMIT sendingChanged(false);
                refresh();
                Q_EMIT answerFailed(contact, error.message);
            });
    hide();
}

void EmailAnswerBar::setContact(const std::optional<Contact>& contact)
{
    m_contact = contact;
    refresh();
}

void EmailAnswerBar::setDraftReady(bool ready)
{
    if (ready == m_draftReady)
        return;
    m_draftReady = ready;
    render();
}

void EmailAnswerBar::refresh()
{
    m_answerable = false;
    m_reason.clear();
    m_entry.reset();
    if (m_contact && m_contact->channel == Channel::Email) {
        // An e-mail contact the worker opened by hand (no message came in) has no answer bar.
        if (const Result<std::optional<InboxEntry>> entry = m_mail.entry(m_contact->id); entry)
            m_entry = *entry;
        else
            m_reason = entry.error().message;
    }
    if (m_entry) {
        if (const Status answerable = m_mail.canAnswer(m_contact->id); !answerable)
            m_reason = answerable.error().message;
        else if (!m_mail.ready())
            m_reason = tr("The organisation's mailbox is not set up yet, so the answer cannot "
                          "be sent from Kotva.");
        else
            m_answerable = true;
    }
    render();
}

void EmailAnswerBar::render()
{
    const bool shown = m_contact && (m_entry || !m_reason.isEmpty());
    setVisible(shown);
    if (!shown)
        return;
    const bool sendingThis = m_sendingFor == m_contact->id;
    QString status = m_reason;
    QPalette palette = this->palette();
    if (sendingThis) {
        status = tr("Sending the answer to the client…");
    } else if (m_answerable) {
        if (m_entry->overdue(m_clock.nowUtc())) {
            status = tr("The answer is overdue: it was due on %1. Your reply goes to the "
                        "client; only a redacted copy stays here.")
                         .arg(shell::dateTimeText(m_entry->dueAtUtc));
            palette.setColor(QPalette::WindowText, mail_ui::alarmText());
        } else {
            status = tr("Answer by %1. Your reply goes to the client; only a redacted copy "
                        "stays here.")
                         .arg(shell::dateTimeText(m_entry->dueAtUtc));
        }
    }
    m_status->setPalette(palette);
    m_status->setText(status);

    m_send->setVisible(m_answerable || sendingThis);
    m_send->setText(sendingThis ? tr("Sending…") : tr("Send as &e-mail"));
    m_send->setEnabled(m_answerable && !sendingThis && m_draftReady && !m_mail.busy());
    if (m_mail.busy() && !sendingThis)
        m_send->setToolTip(tr("Kotva is talking to the mail server; send in a moment."));
    else if (!m_draftReady)
        m_send->setToolTip(tr("Write your reply first (From: My reply)."));
    else
        m_send->setToolTip(tr("Send the reply to the client by e-mail"));
}

Status EmailAnswerBar::send(const QString& text, bool sentDespiteBoundary)
{
    if (!m_contact || !m_answerable)
        return fail(ErrorCode::InvalidArgument,
                    m_reason.isEmpty() ? tr("This contact cannot be answered by e-mail.")
                                       : m_reason);
    const ContactId contact = m_contact->id;
    if (const Status started = m_mail.sendAnswer(contact, text, sentDespiteBoundary); !started)
        return started;
    m_sendingFor = contact;
    Q_EMIT sendingChanged(true);
    render();
    return {};
}

QString EmailAnswerBar::statusText() const
{
    return m_status->text();
}

} // namespace kotva
