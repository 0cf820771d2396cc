#include "core/mail/TlsPolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStringList>

namespace kotva {

namespace {
// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::TlsPolicy)
};
} // namespace

TlsPolicy::TlsPolicy(MailTrust trust)
    : m_trust(std::move(trust))
{}

void TlsPolicy::configure(QSslSocket& socket) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_trust.authorities.isEmpty())
        configuration.addCaCertificates(m_trust.authorities);
    socket.setSslConfiguration(configuration);
}

bool TlsPolicy::acceptsDespite(const QList<QSslError>& errors, const QSslCertificate& peer) const
{
    if (errors.isEmpty() || peer.isNull() || !m_trust.pinnedSha256.contains(sha256(peer)))
        return false;
    for (const QSslError& error : errors) {
        // Errors about another certificate of the chain, or without one, are not covered by
        // the pin; neither is a revoked or blacklisted certificate.
        if (!error.certificate().isNull() && error.certificate() != peer)
            return false;
        if (error.error() == QSslError::CertificateRevoked ||
            error.error() == QSslError::CertificateBlacklisted)
            return false;
    }
    return true;
}

QByteArray TlsPolicy::sha256(const QSslCertificate& certificate)
{
    return certificate.digest(QCryptographicHash::Sha256);
}

QString TlsPolicy::describe(const QSslCertificate& certificate)
{
    if (certificate.isNull())
        return Tr::tr("The server sent no certificate.");
    const auto joined = [](const QStringList& parts) { return parts.join(QStringLiteral(", ")); };
    QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (!names.contains(it.value()))
            names << it.value();
    }
    QByteArray fingerprint = sha256(certificate).toHex(':').toUpper();
    QStringList lines;
    lines
        << Tr::tr("Issued to: %1").arg(joined(certificate.subjectInfo(QSslCertificate::CommonName)))
        << Tr::tr("Host names: %1").arg(joined(names))
        << Tr::tr("Issued by: %1")
               .arg(joined(certificate.issuerInfo(QSslCertificate::CommonName)) +
                    QStringLiteral(" ") +
                    joined(certificate.issuerInfo(QSslCertificate::Organization)))
        << Tr::tr("Valid from %1 to %2")
               .arg(certificate.effectiveDate().toString(Qt::ISODate),
                    certificate.expiryDate().toString(Qt::ISODate))
        << Tr::tr("SHA-256 fingerprint: %1").arg(QString::fromLatin1(fingerprint));
    return lines.join(QLatin1Char('\n'));
}

QString TlsPolicy::describe(const QList<QSslError>& errors)
{
    QStringList lines;
    for (const QSslError& error : errors) {
        switch (error.error()) {
        case QSslError::CertificateExpired:
            lines << Tr::tr("The certificate has expired.");
            break;
        case QSslError::CertificateNotYetValid:
            lines << Tr::tr("The certificate is not valid yet.");
            break;
        case QSslError::HostNameMismatch:
            lines << Tr::tr("The certificate was issued for another server name.");
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
            lines << Tr::tr("The certificate was not issued by an authority this computer trusts.");
            break;
        case QSslError::CertificateRevoked:
            lines << Tr::tr("The certificate has been revoked.");
            break;
        default:
            lines << Tr::tr("The certificate cannot be verified (%1).").arg(error.errorString());
            break;
        }
    }
    lines.removeDuplicates();
    return lines.join(QLatin1Char('\n'));
}

} // namespace kotva
