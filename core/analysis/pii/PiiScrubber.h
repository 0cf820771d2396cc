#pragma once

// Interface agreed with the engine (Analyzer calls scan(NormalisedText, matches) and
// redact()); the pii owner implements and may extend it. Performance matters: the
// Analyzer targets >= 50 MB/s for the whole analysis, so scan in one linear pass
// (e.g. only look closer around digits, '@' and capitalised words) rather than running
// many regular expressions over the whole text.

#include "core/analysis/Findings.h"
#include "core/analysis/text/LexiconMatcher.h"
#include "core/analysis/text/NormalisedText.h"

#include <QList>
#include <QString>

namespace kotva {

class PiiScrubber final
{
public:
    PiiScrubber() = default;

    /// Personal data in text.original(), sorted by start, not overlapping. matches are
    /// the lexicon matches of the same text (context words such as "rodné číslo",
    /// "datum narození", "OP", and first names if shipped as a lexicon).
    /// Const, thread-safe, no I/O. Spans are UTF-16 offsets into text.original().
    [[nodiscard]] QList<PiiFinding> scan(const NormalisedText& text,
                                         const QList<LexiconMatch>& matches) const;

    /// text with every finding replaced by its marker ("[telefon]") in the UI language.
    [[nodiscard]] static QString redact(const QString& text, const QList<PiiFinding>& findings);
};

} // namespace kotva
