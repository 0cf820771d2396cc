#pragma once

// Shared by the classifier tests: reading the model files, and texts that exercise every
// path of the n-gram features.

#include <QFile>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace kotva::test {

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

/// Words fastText hashes byte by byte as UTF-8: Cyrillic, Greek and CJK letters stay after
/// folding; digits; one-letter words (no 4-gram); a very long word; no word.
inline QStringList awkwardTexts()
{
    return {QStringLiteral("Привет, как дела? Ελληνικά 日本語のテキスト"),
            QStringLiteral("123 4567 8"),
            QStringLiteral("a b c d e"),
            QString(300, u'x') + QStringLiteral(" konec"),
            QStringLiteral("!!! ???"),
            QString()};
}

} // namespace kotva::test
