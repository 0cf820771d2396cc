#include "core/mail/smtp/SmtpCapabilities.h"

namespace kotva {

SmtpCapabilities SmtpCapabilities::fromEhlo(const SmtpReply& reply)
{
    SmtpCapabilities capabilities;
    // The first line is the server's name; each further line is one extension.
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QByteArray line = reply.lines[i].trimmed().toUpper();
        // "AUTH=PLAIN LOGIN" is how some old servers spelled it.
        if (line.startsWith("AUTH ") || line.startsWith("AUTH=")) {
            for (const QByteArray& mechanism : line.mid(5).simplified().split(' ')) {
                if (!mechanism.isEmpty() && !capabilities.authMechanisms.contains(mechanism))
                    capabilities.authMechanisms << mechanism;
            }
        } else if (line == "8BITMIME") {
            capabilities.eightBitMime = true;
        }
    }
    return capabilities;
}

} // namespace kotva
