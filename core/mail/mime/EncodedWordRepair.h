#pragma once

#include <QByteArray>

namespace kotva {

/// Works around GMime 3.2.13 (Debian 12) losing text after a padded base64 encoded word:
/// "=?UTF-8?B?SGVsbG8=?= =?UTF-8?B?IHdvcmxk?=" decodes to "Hello" (GMime issue #133, fixed
/// in 3.2.14). Senders split long Czech subjects and names into such words all the time, and
/// GMime's own writer does too. Rewriting every B word of the message's header block as the
/// equivalent Q word sidesteps the broken base64 state; the decoded text is the same with
/// any GMime version.
class EncodedWordRepair final
{
public:
    /// The raw message with its top-level header block repaired; the body is untouched.
    [[nodiscard]] static QByteArray repairHeaders(const QByteArray& raw);
};

} // namespace kotva
