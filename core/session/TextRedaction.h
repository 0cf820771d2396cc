#pragma once

// What may be stored of a short free text (a pseudonym, a STOP label, an outcome topic):
// the analysis finds the personal data, and it is cut out rather than replaced by a
// marker, because a marker inside a name or a label reads as part of it.

#include "core/analysis/Analyzer.h"

#include <QString>

namespace kotva::redaction {

/// Removes NUL and other control characters (but tabs and line breaks) that no one types
/// and that could cut a stored text short.
[[nodiscard]] QString withoutControlCharacters(const QString& text);
/// What is analysed and stored of a text: without control characters, without invisible
/// format characters (zero-width spaces, joiners, soft hyphens, byte-order marks) and with
/// other scripts' digits and the fullwidth forms of ASCII as ASCII ("７７７", "٧٧٧" and
/// "jana＠seznam.cz" are found like "777" and "jana@seznam.cz"). Letters with diacritics stay.
[[nodiscard]] QString normalisedForStorage(const QString& text);
/// `text` without the personal-data spans of `analysis`, whitespace simplified.
[[nodiscard]] QString withoutPersonalData(const QString& text, const Analysis& analysis);
/// The analysis's redacted text (markers such as "[telefon]" in place), simplified and cut
/// to at most `maxLength` characters.
[[nodiscard]] QString shortRedacted(const Analysis& analysis, qsizetype maxLength);

} // namespace kotva::redaction
