#include "ui/mail/CertificateTrustDialog.h"

#include "core/mail/TlsPolicy.h"
#include "ui/shell/ShellWidgets.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kotva {

CertificateTrustDialog::CertificateTrustDialog(const QSslCertificate& certificate,
                                               const QString& server, const QString& problem,
                                               QWidget* parent)
    : QDialog(parent)
    , m_certificate(certificate)
{
    setObjectName(QStringLiteral("certificateTrustDialog"));
    setWindowTitle(tr("Kotva – Server certificate"));
    setWindowIcon(shell::appIcon());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(10);
    layout->addLayout(shell::dialogHeader(tr("Trust this certificate?"), server, this));

    auto* problemLabel = shell::paragraph(problem, this);
    problemLabel->setObjectName(QStringLiteral("certificateProblem"));
    problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(problemLabel);

    // Plain words on the risk: the person deciding is a peer worker, not an administrator.
    layout->addWidget(shell::paragraph(
        tr("A certificate proves that Kotva is talking to your organisation's mail server. "
           "This one could not be verified. It may simply be your organisation's own "
           "certificate, but it may also belong to someone in between who wants to read the "
           "mailbox password and your clients' messages."),
        this));
    layout->addWidget(shell::paragraph(
        tr("Trust it only if the person who runs your mailbox confirms that the SHA-256 "
           "fingerprint below is theirs, for example by reading it to you over the phone. "
           "Kotva then accepts exactly this certificate; if the server ever shows another "
           "one, you will be asked again."),
        this));

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("certificateDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlainText(TlsPolicy::describe(certificate));
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 7);
    layout->addWidget(m_details, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(tr("&Trust this certificate"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustButton"));
    m_trust->setAutoDefault(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Nothing to trust when the server sent no certificate.
    m_trust->setEnabled(!certificate.isNull());

    setMinimumWidth(600);
    resize(600, layout->totalHeightForWidth(600));
}

QByteArray CertificateTrustDialog::fingerprint() const
{
    return TlsPolicy::sha256(m_certificate);
}

} // namespace kotva
