#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <gtest/gtest.h>
#include <ostream>

// Readable failure messages for Qt values.
inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QByteArray& bytes, std::ostream* os)
{
    *os << '"' << bytes.toStdString() << '"';
}

namespace kotva::test {

/// The bytes of tests/mail/mime/fixtures/<name>, exactly as stored.
inline QByteArray mimeFixture(const char* name)
{
    QFile file(QStringLiteral(KOTVA_SOURCE_DIR "/tests/mail/mime/fixtures/") +
               QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "missing fixture " << name;
        return {};
    }
    return file.readAll();
}

} // namespace kotva::test
