// The child process of the crash tests: one mail run against the test servers, which kills
// itself (SIGKILL, no clean-up of any kind) at a chosen step, as a power cut or a crash would.
//
//   mail_run_child <vault> <ca.pem> <imap port> <imap user> <imap password>
//                  <smtp port> <smtp user> <smtp password> <kill-before-fetch|kill-after-send|none>
//                  <n>
//
// kill-before-fetch n: dies when asked for the (n+1)th message, after n were taken in.
// kill-after-send n:   dies right after the SMTP server accepted the nth acknowledgement,
//                      before the vault could record it.
// Prints the run's counts as one line of JSON when it lives to the end.

#include "core/mail/intake/MailIntake.h"
#include "core/mail/intake/MailRun.h"
#include "core/mail/intake/ServerTransport.h"
#include "core/session/SessionService.h"
#include "core/storage/Vault.h"
#include "core/vaultsession/VaultSchema.h"
#include "tests/mail/intake/MailFixture.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <cstdio>

using namespace kotva;

namespace {

class DyingReader final : public MailboxReader
{
public:
    DyingReader(MailboxReader& real, int fetchesBeforeDeath)
        : m_real(real)
        , m_left(fetchesBeforeDeath)
    {}
    std::expected<ImapMailbox, MailError> open(const QString& folder) override
    {
        return m_real.open(folder);
    }
    std::expected<QList<quint32>, MailError> uidsFrom(quint32 uid) override
    {
        return m_real.uidsFrom(uid);
    }
    std::expected<ImapMessage, MailError> fetch(quint32 uid) override
    {
        if (m_left-- == 0)
            std::raise(SIGKILL);
        return m_real.fetch(uid);
    }
    std::expected<void, MailError> moveTo(quint32 uid, const QString& folder) override
    {
        return m_real.moveTo(uid, folder);
    }
    std::expected<void, MailError> remove(quint32 uid) override { return m_real.remove(uid); }
    void close() override { m_real.close(); }

private:
    MailboxReader& m_real;
    int m_left;
};

class DyingSender final : public MailSender
{
public:
    DyingSender(MailSender& real, int sendsBeforeDeath)
        : m_real(real)
        , m_left(sendsBeforeDeath)
    {}
    std::expected<void, MailError> send(const SmtpEnvelope& envelope) override
    {
        auto sent = m_real.send(envelope);
        if (sent && --m_left == 0)
            std::raise(SIGKILL);
        return sent;
    }

private:
    MailSender& m_real;
    int m_left;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    registerVaultSchema();
    const QStringList args = app.arguments();
    if (args.size() != 11) {
        std::fputs("usage: see the comment at the top of MailRunChild.cpp\n", stderr);
        return 2;
    }
    auto vault = Vault::open(args.at(1), test::mailTestKey());
    if (!vault) {
        std::fprintf(stderr, "%s\n", qPrintable(vault.error().toString()));
        return 3;
    }
    SessionService contacts(**vault, test::mailAnalyzer());
    MailIntake intake(**vault, contacts);

    MailAccount imapAccount;
    imapAccount.imap = {QStringLiteral("127.0.0.1"), quint16(args.at(3).toUInt())};
    imapAccount.user = args.at(4);
    imapAccount.trust.authorities = QSslCertificate::fromPath(args.at(2));
    imapAccount.timeoutMs = 5000;
    MailAccount smtpAccount = imapAccount;
    smtpAccount.smtp = {QStringLiteral("localhost"), quint16(args.at(6).toUInt())};
    smtpAccount.user = args.at(7);
    smtpAccount.address = QStringLiteral("poradna@kotva.test");

    QByteArray imapSecret = args.at(5).toUtf8();
    QByteArray smtpSecret = args.at(8).toUtf8();
    const SecureBuffer imapPassword = SecureBuffer::takeFrom(imapSecret);
    const SecureBuffer smtpPassword = SecureBuffer::takeFrom(smtpSecret);
    ImapMailboxReader realReader(imapAccount, imapPassword);
    SmtpMailSender realSender(smtpAccount, smtpPassword);
    const QString mode = args.at(9);
    const int n = args.at(10).toInt();
    DyingReader reader(realReader, mode == QLatin1String("kill-before-fetch") ? n : -1);
    DyingSender sender(realSender, mode == QLatin1String("kill-after-send") ? n : -1);

    std::stop_source never;
    const MailRunReport report =
        MailRun(intake).run(reader, sender, QStringLiteral("INBOX"), never.get_token());
    const QJsonObject counts{
        {QStringLiteral("contacts"), report.contacts},
        {QStringLiteral("automated"), report.automated},
        {QStringLiteral("acknowledged"), report.acknowledged},
        {QStringLiteral("uncertain"), report.uncertain},
        {QStringLiteral("failed"), report.acknowledgementsFailed},
        {QStringLiteral("error"), report.error ? report.error->message : QString()}};
    std::fputs(QJsonDocument(counts).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return report.error ? 1 : 0;
}
