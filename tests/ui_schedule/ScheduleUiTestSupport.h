#pragma once

#include "core/schedule/MonthSchedule.h"
#include "core/schedule/Programme.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace kotva::test {

/// resources/programmes/example.json (seed 002), loaded with core's ProgrammeJson.
Programme exampleProgramme();

/// What `pdftotext -layout` reads back from the PDF (empty on failure, with a gtest failure).
QString pdfText(const QString& pdfPath);
/// The number of pages pdfinfo reports.
int pdfPageCount(const QString& pdfPath);
/// Lines of `text` with runs of spaces squeezed to one.
QStringList squeezedLines(const QString& text);

/// The events of December 2026 in the example programme, as "day label" / title pairs,
/// written out by hand from the seed: Mondays (support group), even-week Thursdays and
/// odd-week Fridays (club); 24. 12. is a holiday, so that Thursday's club is cancelled.
struct ExpectedRow
{
    QString day;
    QString title;
    bool cancelled = false;
};
QList<ExpectedRow> expectedDecember2026();

/// Runs the test in Czech (day labels "Po 7. 12.", month "prosinec 2026").
class CzechLocaleTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_previous = QLocale();
        QLocale::setDefault(QLocale(QLocale::Czech, QLocale::CzechRepublic));
    }
    void TearDown() override { QLocale::setDefault(m_previous); }

private:
    QLocale m_previous;
};

} // namespace kotva::test
