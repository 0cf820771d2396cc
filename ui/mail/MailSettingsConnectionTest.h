#pragma once

#include "core/mail/intake/MailService.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace kotva {

class InlineMessage;

/// "Test connection" in the mail settings: the button, a busy state while the servers are
/// tried, then one line per server saying it worked or exactly which step failed (the
/// MailError's message, already in the user's language). A refused certificate gets a
/// "Show certificate…" button, so the worker can look at it and decide whether to trust it.
class MailSettingsConnectionTest final : public QWidget
{
    Q_OBJECT
public:
    enum class Server { Imap, Smtp };

    explicit MailSettingsConnectionTest(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(MailSettingsConnectionTest)

    void setBusy(bool busy);
    void showResult(const ConnectionTest& result);
    /// The test did not start (another job is running, the form is not complete).
    void showNotStarted(const QString& reason);
    void clear();

    QPushButton* testButton() const { return m_test; }
    InlineMessage* imapLine() const { return m_imap.line; }
    InlineMessage* smtpLine() const { return m_smtp.line; }
    QPushButton* imapCertificateButton() const { return m_imap.certificate; }
    QPushButton* smtpCertificateButton() const { return m_smtp.certificate; }

Q_SIGNALS:
    void testRequested();
    /// `problem` is what the test said about it, to show beside the certificate.
    void certificateRequested(const QSslCertificate& certificate,
                              kotva::MailSettingsConnectionTest::Server server,
                              const QString& problem);

private:
    struct Row
    {
        InlineMessage* line = nullptr;
        QPushButton* certificate = nullptr;
        QSslCertificate shown;
        QString problem;
    };
    void buildRow(Row& row, const QString& name, Server server);
    void showRow(Row& row, const QString& server, const std::optional<MailError>& error,
                 const QSslCertificate& certificate, const QString& success);

    QPushButton* m_test = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_busyText = nullptr;
    Row m_imap;
    Row m_smtp;
};

} // namespace kotva
