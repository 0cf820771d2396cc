#pragma once

// Lexicons are data an organisation can edit (resources/lexicons/README.md documents
// the format). A Lexicon is one parsed and validated file; LexiconMatcher compiles
// all of them into one automaton.

#include "core/analysis/text/LemmaForms.h"
#include "core/common/Error.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <utility>

namespace kotva {

/// One entry of a lexicon file: what to look for and what it means.
struct LexiconEntry
{
    QString id;           ///< unique across all loaded lexicons ("crisis.means.pills")
    QString category;     ///< what the detectors dispatch on ("means", "now", "negation", ...)
    QStringList patterns; ///< as written in the file (see README.md for the syntax)
    QStringList except;   ///< patterns that cancel a match of this entry over the same words
    QJsonObject data;     ///< every other field of the entry (weight, kind, rule, explanation, ...)
    QString file;         ///< the file the entry came from (for error messages)
    int line = 0;         ///< 1-based line of the entry's opening brace
    /// The forms of every "~lemma" of patterns and except, taken from the folder's forms
    /// table when the file was parsed: the entry compiles without the table.
    LemmaForms lemmas;
    /// The string fields of data ("kind", "rule", ...), copied out by
    /// LexiconMatcher::compile for the entries it holds: the detectors read them for every
    /// match, and a QJsonObject lookup converts and allocates a string on each call.
    QList<std::pair<QString, QString>> strings;
    /// string("kind"), also copied out by LexiconMatcher::compile: the detectors compare
    /// it for most matches, several times.
    QString kind;
    /// The array fields of data ("rules"), each element as QJsonValue::toString() gives it,
    /// and the names of the boolean fields that are true ("needs_question"): also copied
    /// out by LexiconMatcher::compile, for the same reason as strings.
    QList<std::pair<QString, QStringList>> lists;
    QStringList trueFlags;
    /// internCategory(category), also set by LexiconMatcher::compile: the detectors look
    /// the category up for every match. -1 for an entry no matcher compiled.
    int categoryId = -1;

    /// A string field of data; for an object value {"cs": ..., "en": ...} the text in
    /// language (falling back to "en", then "cs").
    [[nodiscard]] QString text(QLatin1String key, const QString& language = {}) const;
    /// A string field from strings (see there), or an empty string.
    [[nodiscard]] const QString& string(QLatin1String key) const;
    /// An array field from lists (see there), or an empty list.
    [[nodiscard]] const QStringList& list(QLatin1String key) const;
    /// True when data's field key is the boolean true (from trueFlags, see there).
    [[nodiscard]] bool flag(QLatin1String key) const;
    /// A numeric field of data, or fallback when absent or not a number.
    [[nodiscard]] double number(QLatin1String key, double fallback = 0.0) const;
};

struct Lexicon
{
    QString name; ///< the file's "lexicon" field, or its base name
    QString file;
    QList<LexiconEntry> entries;

    /// Parses and validates one lexicon file's content. Errors (ErrorCode::InvalidInput)
    /// name the file and the line: JSON syntax errors, a missing id/category/patterns,
    /// a pattern that cannot be compiled ("*" inside a word, a stem shorter than 3
    /// letters, a pattern without any literal word, a "~lemma" that lemmas does not know
    /// or whose forms multiply beyond MaxPatternExpansion, ...), duplicate ids in the file.
    [[nodiscard]] static Result<Lexicon> parse(QByteArrayView json, const QString& fileName,
                                               const LemmaForms& lemmas = LemmaForms::builtIn());
    /// Reads and parses one file.
    [[nodiscard]] static Result<Lexicon> load(const QString& path,
                                              const LemmaForms& lemmas = LemmaForms::builtIn());
    /// Every *.json file directly in directory (not in subfolders), sorted by name, with
    /// the lemmas of LemmaForms::forDirectory(directory). Ids must be unique across the
    /// files. Works for resource paths (":/lexicons").
    [[nodiscard]] static Result<QList<Lexicon>> loadDirectory(const QString& directory);
    /// The lexicons shipped with Kotva, embedded as the resource folder ":/lexicons".
    [[nodiscard]] static QString builtInDirectory();
};

} // namespace kotva
