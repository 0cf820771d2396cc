#pragma once

// Scanners for identifiers made of digit groups: crisis and service numbers (kept),
// birth numbers, bank accounts, phone numbers and postal codes.

#include <QSet>
#include <QString>

namespace kotva::pii {

class NameLexicon;
class ScanState;

/// Numbers that are never redacted: emergency (112, 150, 155, 156, 158), the harmonised
/// 116 xxx lines, and the helplines written as ordinary 9-digit numbers.
class KeptNumbers final
{
public:
    /// extra: more helpline numbers (any grouping, "+420" allowed), e.g. from the
    /// organisation's referral directory.
    explicit KeptNumbers(const QStringList& extra = {});
    /// nationalDigits: the 9 digits of a Czech number without +420.
    [[nodiscard]] bool isHelpline(const QString& nationalDigits) const;

private:
    QSet<QString> m_numbers;
};

/// Takes emergency numbers and 116 xxx lines so no other scanner reports them.
void scanEmergencyNumbers(ScanState& state);
/// Reports birth numbers that pass validation (with or without the slash).
void scanBirthNumbers(ScanState& state);
/// Reports bank accounts "[prefix-]number/bank code" that pass the mod-11 checks.
void scanBankAccounts(ScanState& state);
/// Reports phone numbers (Czech in every common grouping and prefix, and foreign
/// numbers written with +); keeps service numbers (8xx, 90x) and known helplines.
void scanPhones(ScanState& state, const KeptNumbers& kept);
/// A phone number read out or typed apart: "sedm sedm sedm jedna dva tři čtyři pět šest",
/// "pět set osmdesát dva, tři sta jedenáct, čtyři sta dvacet", "sedm sedm sedm, 48 12 36",
/// "7 3 1 - 2 0 4 - 8 8 5", "602 / 311 / 987" (nine to twelve digits; commas, hyphens and
/// slashes between the parts allowed, digits alone only in groups of three or fewer and
/// without commas).
void scanSpelledPhones(ScanState& state);
/// Reports postal codes ("100 00", "60200") next to a town ("602 00 Brno", "Brno,
/// 602 00"), after "PSČ", right after a reported street address, or in a sentence
/// about where someone lives.
void scanPostalCodes(ScanState& state, const NameLexicon& names);

} // namespace kotva::pii
