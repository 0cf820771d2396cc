#pragma once

#include <QSet>
#include <QString>

namespace kotva {

/// ASCII identifiers made from Czech titles, for activity ids and iCalendar UIDs.
class Slug final
{
public:
    Slug() = delete;

    /// "Podpůrná skupina" → "podpurna-skupina", "Kaleidoskop – centrum" → "kaleidoskop-centrum":
    /// lower-case ASCII letters and digits joined by single dashes; accents are dropped.
    /// Empty when the text has no letter or digit that folds to ASCII.
    [[nodiscard]] static QString of(const QString& text);

    /// An id for an activity called `title` that is not in `taken`: of(title), or "activity"
    /// when the title gives no slug, then "-2", "-3", … until it is free. Empty for a blank
    /// title (an activity without a title gets no id yet).
    [[nodiscard]] static QString uniqueActivityId(const QString& title, const QSet<QString>& taken);
};

} // namespace kotva
