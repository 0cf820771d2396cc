#include "core/analysis/text/LemmaForms.h"

#include "core/analysis/text/NormalisedText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::Lexicon)
};

/// Folded, sorted and distinct; a form that does not fold to one word is left out (it
/// could never equal a word of the text).
QStringList normalisedForms(const QStringList& forms)
{
    QStringList result;
    result.reserve(forms.size());
    for (const QString& form : forms) {
        const QString folded = NormalisedText::fold(form);
        if (!folded.isEmpty() && !folded.contains(u' '))
            result.append(folded);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

} // namespace

QString LemmaForms::fileName()
{
    return QStringLiteral("lemma-forms.tsv");
}

const LemmaForms& LemmaForms::builtIn()
{
    static const LemmaForms table = [] {
        const QString path = QStringLiteral(":/lexicons/") + fileName();
        if (!QFile::exists(path))
            return LemmaForms();
        auto loaded = load(path);
        // The build made this table: a parse error is a bug, not the user's to fix.
        Q_ASSERT_X(loaded.has_value(), "LemmaForms::builtIn", "the built-in table is broken");
        return loaded ? *loaded : LemmaForms();
    }();
    return table;
}

Result<LemmaForms> LemmaForms::parse(QByteArrayView table, const QString& fileName)
{
    LemmaForms result;
    const QString text = QString::fromUtf8(table);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // Not trimmed: a lemma without forms ends with its tab.
        const QString& line = lines.at(i);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        const QString lemma = key(line.left(tab).trimmed());
        if (tab < 0 || lemma.isEmpty())
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("Forms table %1, line %2: expected a lemma, a tab and its forms.")
                            .arg(QFileInfo(fileName).fileName())
                            .arg(i + 1),
                        QStringLiteral("%1:%2").arg(fileName).arg(i + 1));
        result.insert(lemma, line.mid(tab + 1).split(u' ', Qt::SkipEmptyParts));
    }
    return result;
}

Result<LemmaForms> LemmaForms::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
                    Tr::tr("Cannot read the forms table %1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

Result<LemmaForms> LemmaForms::forDirectory(const QString& directory)
{
    const QString own = QDir(directory).filePath(fileName());
    if (!QFile::exists(own))
        return builtIn();
    auto table = load(own);
    if (!table)
        return std::unexpected(table.error());
    for (auto it = builtIn().m_forms.cbegin(); it != builtIn().m_forms.cend(); ++it)
        if (!table->m_forms.contains(it.key()))
            table->m_forms.insert(it.key(), it.value());
    return table;
}

const QStringList* LemmaForms::find(const QString& lemma) const
{
    const auto it = m_forms.constFind(key(lemma));
    return it == m_forms.cend() ? nullptr : &it.value();
}

void LemmaForms::insert(const QString& lemma, const QStringList& forms)
{
    m_forms.insert(key(lemma), normalisedForms(forms));
}

QString LemmaForms::key(const QString& lemma)
{
    return lemma.normalized(QString::NormalizationForm_C);
}

} // namespace kotva
