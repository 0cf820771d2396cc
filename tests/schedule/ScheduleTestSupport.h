#pragma once

#include "core/schedule/Programme.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <ostream>

// Readable failure messages for Qt values.
inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QDate& date, std::ostream* os)
{
    *os << date.toString(Qt::ISODate).toStdString();
}

namespace kotva::test {

/// Debian's interpreter, which has python3-holidays and python3-icalendar
/// (the `python3` on PATH may be another one without them).
inline QString systemPython()
{
    return QStringLiteral("/usr/bin/python3");
}

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool started = false;
};

/// Runs a program to completion (stdin from `input`), with LC_ALL=C.UTF-8.
ProcessResult runProcess(const QString& program, const QStringList& arguments,
                         const QByteArray& input = {});

/// resources/programmes/example.json, loaded (the test fails if it does not load).
Programme exampleProgramme();

} // namespace kotva::test
