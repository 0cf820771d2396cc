#pragma once

#include "core/common/SecureBuffer.h"
#include "core/mail/MailFailure.h"
#include "core/mail/smtp/SmtpCapabilities.h"

#include <QString>

#include <expected>

namespace kotva {

class SmtpConnection;

/// Logs in with AUTH PLAIN, or AUTH LOGIN when the server offers only that (RFC 4954). The
/// password goes out only over a connection that is encrypted with a verified or pinned
/// certificate, and the bytes that carried it are wiped afterwards.
class SmtpLogin final
{
public:
    [[nodiscard]] static std::expected<void, MailError> run(SmtpConnection& connection,
                                                            const SmtpCapabilities& capabilities,
                                                            const QString& user,
                                                            const SecureBuffer& password);

private:
    [[nodiscard]] static std::expected<void, MailError>
    plain(SmtpConnection& connection, const QString& user, const SecureBuffer& password);
    [[nodiscard]] static std::expected<void, MailError>
    login(SmtpConnection& connection, const QString& user, const SecureBuffer& password);
    /// Sends one line that carries a secret, wiping it on every path.
    [[nodiscard]] static std::expected<void, MailError> sendSecret(SmtpConnection& connection,
                                                                   QByteArray line);
    [[nodiscard]] static std::expected<void, MailError> expect(SmtpConnection& connection,
                                                               int code);
};

} // namespace kotva
