#pragma once

// Finds personal data in a message and replaces it with markers before anything is
// stored: birth numbers, phone numbers, e-mails, bank accounts, IBANs, street addresses,
// postal codes, identity documents, data boxes, dates of birth, surnames (in any case
// form), organisations that place a person (school, employer, hospital and town, a shop
// at a named place), vehicle plates and social-media handles.
// Identifiers with a checksum (birth number, account, IBAN) are validated; those that
// only context reveals (ID card, data box, date of birth, surname) need their context.
// First names, pseudonyms, towns, times, ordinary dates, ages and amounts are kept, and
// so are emergency and crisis-line numbers (112, 155, 116 123, 800 …) — they are
// services, not people.
//
// Thread-safe: scan() and redact() are const and touch no shared mutable state; the
// built-in name lists are loaded once per process, by the first scrubber, and shared
// (read-only) by all of them (no I/O afterwards).

#include "core/analysis/Findings.h"
#include "core/analysis/pii/NameLexicon.h"
#include "core/analysis/pii/NumberScanner.h"
#include "core/analysis/text/LexiconMatcher.h"
#include "core/analysis/text/NormalisedText.h"

#include <QList>
#include <QString>

#include <memory>

namespace kotva {

namespace pii {
class PiiText;
}

class PiiScrubber final
{
public:
    /// Uses the built-in name lists (resources/lexicons/names/, embedded).
    PiiScrubber();
    /// extraHelplines: more numbers never to redact, e.g. from the referral directory.
    explicit PiiScrubber(const QStringList& extraHelplines);
    /// Uses the given name lists (an organisation's own, or a test's).
    explicit PiiScrubber(pii::NameLexicon names, const QStringList& extraHelplines = {});

    /// The personal data in text, ordered by position, not overlapping. Spans are in
    /// UTF-16 code units of text.
    [[nodiscard]] QList<PiiFinding> scan(const QString& text) const;

    /// The same for the Analyzer, which has already normalised the text. The scrubber
    /// takes the words from it (and reads punctuation and case from the original, which
    /// the folded text drops); the lexicon matches are not needed.
    [[nodiscard]] QList<PiiFinding> scan(const NormalisedText& text,
                                         const QList<LexiconMatch>& matches) const;

    /// text with every finding replaced by its marker in the UI language ("[telefon]").
    /// Findings that overlap an earlier one or fall outside the text are skipped.
    [[nodiscard]] static QString redact(const QString& text, const QList<PiiFinding>& findings);

    /// The marker for a kind, translated ("[phone]" → "[telefon]").
    [[nodiscard]] static QString marker(PiiKind kind);

    /// False when the built-in name lists failed to load (a packaging error; the
    /// scrubber still finds every identifier but no surnames after first names).
    [[nodiscard]] bool namesLoaded() const { return m_namesLoaded; }

private:
    [[nodiscard]] QList<PiiFinding> scan(const pii::PiiText& tokens) const;

    std::shared_ptr<const pii::NameLexicon> m_names; ///< never null
    pii::KeptNumbers m_kept;
    bool m_namesLoaded = true;
};

} // namespace kotva
