#pragma once

// A real vault with the app's schema on a clock the test moves, its VaultSession (and so
// the MailService the panes use), and raw e-mails in Czech taken in as MailRun would take
// them from the server, without a server.

#include "core/analysis/Analyzer.h"
#include "core/common/Clock.h"
#include "core/keys/VaultKey.h"
#include "core/mail/intake/MailAnswers.h"
#include "core/mail/intake/MailIntake.h"
#include "core/referral/ReferralPlanner.h"
#include "core/storage/Vault.h"
#include "core/vaultsession/VaultSession.h"

#include <QByteArray>
#include <QDateTime>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <memory>

namespace kotva::test {

/// Monday 7 December 2026, 09:30 in Prague.
inline const QDateTime InboxNow = QDateTime(QDate(2026, 12, 7), QTime(8, 30), Qt::UTC);

const Analyzer& inboxAnalyzer();
const ReferralPlanner& inboxPlanner();

/// One client's e-mail as a mail program sends it (UTF-8, 8bit), optionally with attachments.
struct RawMail
{
    QString fromName;
    QString fromAddress;
    QString subject;
    QString body;
    QByteArray messageId;
    QDateTime date = InboxNow;
    QStringList attachments; ///< file names; the content is a few meaningless bytes
};
QByteArray rawMail(const RawMail& mail);

/// The e-mails the inbox tests share, written the way clients write.
RawMail acuteMail(const QDateTime& date = InboxNow);
RawMail lonelyMail(const QDateTime& date = InboxNow);
RawMail medicationMail(const QDateTime& date = InboxNow);
RawMail motherMail(const QDateTime& date = InboxNow);

class InboxTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    /// The organisation's mailbox as Settings → E-mail stores it (no server behind it).
    void setUpMailbox();
    /// Takes the message in (the next UID) at the clock's time; the new contact's id.
    ContactId takeIn(const RawMail& mail);
    /// The acknowledgement of the contact's message as the SMTP session ended it.
    void acknowledge(ContactId contact, AckState outcome);
    /// Answers the contact as MailService does once the server accepted the answer.
    void answer(ContactId contact, const QString& text);

    [[nodiscard]] MailService& mail() { return m_session->mail(); }

    QTemporaryDir m_dir;
    FixedClock m_clock{InboxNow};
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<MailIntake> m_intake;
    std::unique_ptr<MailAnswers> m_answers;
    quint32 m_nextUid = 1;
};

} // namespace kotva::test
