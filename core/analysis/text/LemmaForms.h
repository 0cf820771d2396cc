#pragma once

// The inflected forms of the lemmas that lexicon patterns name with "~" ("~prášek",
// "~neurol=alkohol"; resources/lexicons/README.md). Kotva does no morphology at run
// time: scripts/lexicon-forms.py inflects every lemma of a lexicon folder with the Czech
// Hunspell dictionary and writes the table "lemma-forms.tsv" — the build does it for the
// lexicons shipped with Kotva (embedded as ":/lexicons/lemma-forms.tsv"), an organisation
// runs the script on its own folder.
//
// The table is UTF-8 text, one lemma per line: the lemma as written after "~", a tab,
// its forms separated by spaces; lines starting with "#" are comments.

#include "core/common/Error.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

namespace kotva {

class LemmaForms final
{
public:
    /// "lemma-forms.tsv", the table's name in a lexicon folder.
    [[nodiscard]] static QString fileName();
    /// The table made at build time for the built-in lexicons (empty if the build had none).
    [[nodiscard]] static const LemmaForms& builtIn();

    /// Parses a table. Each form is folded again as NormalisedText folds text, so a
    /// table matches exactly what the matcher sees. Errors (InvalidInput) name the file
    /// and line of a malformed line.
    [[nodiscard]] static Result<LemmaForms> parse(QByteArrayView table, const QString& fileName);
    [[nodiscard]] static Result<LemmaForms> load(const QString& path);
    /// The table for a lexicon folder: the folder's own lemma-forms.tsv, if it has one,
    /// and the built-in table for the lemmas that one lacks.
    [[nodiscard]] static Result<LemmaForms> forDirectory(const QString& directory);

    /// The folded forms of lemma (as written after "~", e.g. "neurol=alkohol"), sorted
    /// and distinct; nullptr when the table does not know the lemma.
    [[nodiscard]] const QStringList* find(const QString& lemma) const;
    /// Adds or replaces a lemma (forms as for find()).
    void insert(const QString& lemma, const QStringList& forms);
    [[nodiscard]] qsizetype size() const { return m_forms.size(); }
    [[nodiscard]] bool isEmpty() const { return m_forms.isEmpty(); }

    /// The key under which lemma is stored: as written, in Unicode composed form (a
    /// lexicon may spell "á" as "a" and a combining accent).
    [[nodiscard]] static QString key(const QString& lemma);

private:
    QHash<QString, QStringList> m_forms;
};

} // namespace kotva
