#pragma once

#include <QString>

namespace kotva {

/// Turns an HTML e-mail body into plain text a worker can read safely. Nothing is fetched or
/// run: scripts, styles and the head are dropped, images become at most their alt text, links
/// their visible text. Block ends and <br> become line breaks, entities are decoded.
class HtmlToText final
{
public:
    [[nodiscard]] static QString convert(const QString& html);
};

} // namespace kotva
