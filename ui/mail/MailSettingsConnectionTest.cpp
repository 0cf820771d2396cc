#include "ui/mail/MailSettingsConnectionTest.h"

#include "ui/shell/InlineMessage.h"
#include "ui/shell/ShellWidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace kotva {

MailSettingsConnectionTest::MailSettingsConnectionTest(QWidget* parent)
    : QWidget(parent)
{
    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setToolTip(tr("Connects to both servers with the values in this form, without "
                          "saving them, and says what works."));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // no steps to count: a moving bar says "still trying"
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(m_test->sizeHint().height() / 2);
    m_busy->setVisible(false);
    m_busyText = shell::note(tr("Connecting to the servers…"), this);
    m_busyText->setWordWrap(false);
    m_busyText->setVisible(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_test);
    top->addWidget(m_busy);
    top->addWidget(m_busyText);
    top->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    buildRow(m_imap, QStringLiteral("imap"), Server::Imap);
    buildRow(m_smtp, QStringLiteral("smtp"), Server::Smtp);
    for (Row* row : {&m_imap, &m_smtp}) {
        auto* line = new QHBoxLayout;
        line->addWidget(row->line, 1);
        line->addWidget(row->certificate, 0, Qt::AlignTop);
        layout->addLayout(line);
    }
    connect(m_test, &QPushButton::clicked, this, &MailSettingsConnectionTest::testRequested);
}

void MailSettingsConnectionTest::buildRow(Row& row, const QString& name, Server server)
{
    // No object name of ours: InlineMessage's style sheet selects on its own.
    row.line = new InlineMessage(this);
    row.certificate = new QPushButton(tr("Show &certificate…"), this);
    row.certificate->setObjectName(name + QStringLiteral("CertificateButton"));
    row.certificate->setVisible(false);
    connect(row.certificate, &QPushButton::clicked, this,
            [this, &row, server] { Q_EMIT certificateRequested(row.shown, server, row.problem); });
}

void MailSettingsConnectionTest::setBusy(bool busy)
{
    if (busy)
        clear();
    m_test->setEnabled(!busy);
    m_busy->setVisible(busy);
    m_busyText->setVisible(busy);
}

void MailSettingsConnectionTest::clear()
{
    for (Row* row : {&m_imap, &m_smtp}) {
        row->line->clear();
        row->certificate->setVisible(false);
        row->shown = QSslCertificate();
        row->problem.clear();
    }
}

void MailSettingsConnectionTest::showNotStarted(const QString& reason)
{
    setBusy(false);
    m_imap.line->showError(reason);
}

void MailSettingsConnectionTest::showResult(const ConnectionTest& result)
{
    setBusy(false);
    showRow(m_imap, tr("IMAP (incoming mail)"), result.imap, result.imapCertificate,
            tr("connected, logged in and the inbox opened."));
    showRow(m_smtp, tr("SMTP (outgoing mail)"), result.smtp, result.smtpCertificate,
            tr("connected and logged in."));
}

void MailSettingsConnectionTest::showRow(Row& row, const QString& server,
                                         const std::optional<MailError>& error,
                                         const QSslCertificate& certificate, const QString& success)
{
    if (!error) {
        row.line->setMessage(InlineMessage::Kind::Success,
                             tr("%1: %2", "server: what happened").arg(server, success));
        return;
    }
    // The message names the step (name, network, TLS, certificate, greeting, login,
    // folder) in the user's language; the server's own words in `detail` are for the log.
    row.line->showError(tr("%1: %2", "server: what happened").arg(server, error->message));
    const bool certificateRefused =
        error->failure == MailFailure::Certificate && !certificate.isNull();
    row.shown = certificateRefused ? certificate : QSslCertificate();
    row.problem = certificateRefused ? error->message : QString();
    row.certificate->setVisible(certificateRefused);
}

} // namespace kotva
