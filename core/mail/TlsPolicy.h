#pragma once

#include "core/mail/MailAccount.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

class QSslSocket;

namespace kotva {

/// How Kotva's mail connections use TLS: verify the peer against the system's authorities
/// plus the account's own, at TLS 1.2 or newer, and never ignore an error unless the
/// certificate it concerns was pinned by the organisation.
class TlsPolicy final
{
public:
    explicit TlsPolicy(MailTrust trust);

    /// Sets the socket's configuration (authorities, protocol, peer verification).
    void configure(QSslSocket& socket) const;

    /// True when every error concerns the one certificate the organisation pinned, so the
    /// connection may go on; the caller then passes exactly these errors to ignoreSslErrors.
    [[nodiscard]] bool acceptsDespite(const QList<QSslError>& errors,
                                      const QSslCertificate& peer) const;

    [[nodiscard]] static QByteArray sha256(const QSslCertificate& certificate);
    /// The certificate as the worker checks it before trusting it: subject, issuer, validity,
    /// host names and the SHA-256 fingerprint (translated labels).
    [[nodiscard]] static QString describe(const QSslCertificate& certificate);
    /// The errors, one per line, in the user's language.
    [[nodiscard]] static QString describe(const QList<QSslError>& errors);

private:
    MailTrust m_trust;
};

} // namespace kotva
