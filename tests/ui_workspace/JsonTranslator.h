#pragma once

#include <QHash>
#include <QStringList>
#include <QTranslator>

namespace kotva::test {

/// The helpers' translation files (/work/tr/*.json: context, source, translation or Czech
/// plural forms) as a translator, so the review screenshots can be taken in Czech before
/// the strings reach translations/kotva_cs.ts. Files that are missing are skipped.
class JsonTranslator final : public QTranslator
{
public:
    /// Loads every *.json in `folder`; false when none was found.
    bool loadFolder(const QString& folder);
    [[nodiscard]] bool isEmpty() const override { return m_entries.isEmpty(); }
    [[nodiscard]] QString translate(const char* context, const char* sourceText,
                                    const char* disambiguation, int n) const override;

private:
    QHash<QString, QStringList> m_entries; ///< "context\nsource" → singular or plural forms
};

} // namespace kotva::test
