#pragma once

#include <QString>

namespace kotva {

/// Joins the soft line breaks of format=flowed text (RFC 3676), which Thunderbird and many
/// webmails send: a line ending in a space continues on the next line. Without this, a
/// client's sentences arrive cut at 72 characters, and a phrase the risk analysis looks for
/// may be split across two lines.
class FlowedText final
{
public:
    /// `text` with Unix line ends; `delSp` is the delsp=yes parameter (the space before a
    /// soft break was added by the sender and is removed).
    [[nodiscard]] static QString unflow(const QString& text, bool delSp);
};

} // namespace kotva
