#pragma once

// Identifiers with real checksums, computed here rather than copied, and the reader
// for the labelled evaluation sets (message<TAB>pii<TAB>keep).

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <ostream>

// Readable QString values in GoogleTest failure messages.
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace kotva::test {

/// A valid 10-digit birth number for the date, or "" when the serial gives remainder 10
/// (month already includes +50 / +20 / +70).
inline QString birthNumber(int yy, int month, int day, int serial)
{
    const QString first9 = QStringLiteral("%1%2%3%4")
                               .arg(yy, 2, 10, QLatin1Char('0'))
                               .arg(month, 2, 10, QLatin1Char('0'))
                               .arg(day, 2, 10, QLatin1Char('0'))
                               .arg(serial, 3, 10, QLatin1Char('0'));
    const int remainder = int(first9.toLongLong() % 11);
    return remainder == 10 ? QString() : first9 + QString::number(remainder);
}

/// The first serial from `from` that gives a valid birth number.
inline QString anyBirthNumber(int yy, int month, int day, int from = 100)
{
    for (int serial = from; serial < 1000; ++serial) {
        const QString rc = birthNumber(yy, month, day, serial);
        if (!rc.isEmpty())
            return rc;
    }
    return {};
}

/// Appends the digit that makes base a valid account number (or prefix), trying the
/// next base when no digit fits.
inline QString completeAccount(QString base, bool prefix = false)
{
    static constexpr std::array<int, 10> numberWeights{6, 3, 7, 9, 10, 5, 8, 4, 2, 1};
    static constexpr std::array<int, 6> prefixWeights{10, 5, 8, 4, 2, 1};
    while (true) {
        for (int last = 0; last < 10; ++last) {
            const QString candidate = base + QString::number(last);
            int sum = 0;
            const qsizetype size = candidate.size();
            for (qsizetype i = 0; i < size; ++i) {
                const int w = prefix ? prefixWeights[std::size_t(6 - size + i)]
                                     : numberWeights[std::size_t(10 - size + i)];
                sum += (candidate[i].unicode() - u'0') * w;
            }
            if (sum % 11 == 0)
                return candidate;
        }
        base = QString::number(base.toLongLong() + 1);
    }
}

/// An IBAN with correct check digits for the country and BBAN.
inline QString iban(const QString& country, const QString& bban)
{
    QString digits;
    for (QChar c : QString(bban + country + QStringLiteral("00")))
        digits += c.isDigit() ? QString(c) : QString::number(c.toUpper().unicode() - u'A' + 10);
    int remainder = 0;
    for (QChar c : digits)
        remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
    return country + QStringLiteral("%1").arg(98 - remainder, 2, 10, QLatin1Char('0')) + bban;
}

/// Groups of four separated by spaces, as IBANs are printed.
inline QString grouped(const QString& compact)
{
    QString out;
    for (qsizetype i = 0; i < compact.size(); i += 4)
        out += (i ? QStringLiteral(" ") : QString()) + compact.mid(i, 4);
    return out;
}

struct PiiExample
{
    int line = 0;
    QString message;
    QStringList pii;
    QStringList keep;
};

inline QList<PiiExample> readPiiSet(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<PiiExample> examples;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 1 is the header
        if (lines[i].trimmed().isEmpty())
            continue;
        const QStringList fields = lines[i].split(u'\t');
        PiiExample e;
        e.line = int(i + 1);
        e.message = fields.value(0);
        e.pii = fields.value(1).split(u'|', Qt::SkipEmptyParts);
        e.keep = fields.value(2).split(u'|', Qt::SkipEmptyParts);
        examples.append(e);
    }
    return examples;
}

} // namespace kotva::test
