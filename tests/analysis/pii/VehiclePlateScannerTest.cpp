#include "core/analysis/pii/PiiScrubber.h"
#include "tests/analysis/pii/PiiTestData.h"

#include <gtest/gtest.h>

using namespace kotva;

namespace {

// A message and the text that must be reported as VehiclePlate ("" for none).
struct Case
{
    const char* message;
    const char* expected;
};

class VehiclePlateScanner : public ::testing::TestWithParam<Case>
{};

TEST_P(VehiclePlateScanner, FindsWhatIdentifies)
{
    static const PiiScrubber scrubber;
    const QString message = QString::fromUtf8(GetParam().message);
    QStringList found;
    for (const PiiFinding& f : scrubber.scan(message)) {
        if (f.kind == PiiKind::VehiclePlate)
            found << message.mid(f.span.start, f.span.end - f.span.start);
    }
    const QString expected = QString::fromUtf8(GetParam().expected);
    EXPECT_EQ(found, expected.isEmpty() ? QStringList() : QStringList{expected});
}

INSTANTIATE_TEST_SUITE_P(
    Forms, VehiclePlateScanner,
    ::testing::Values(Case{"Jeho SPZ je 3AK 4521, stojí před domem.", "3AK 4521"},
                      Case{"spz 7b2 1180 furt parkuje u nas", "7b2 1180"},
                      Case{"Značka auta: 1AB-2345.", "1AB-2345"},
                      Case{"Zapsala jsem si 2AC4567.", "2AC4567"},
                      Case{"Mal EČV BA-123AB a čakal pred domom.", "BA-123AB"},
                      Case{"auto s BA 123AB stalo u nas", "BA 123AB"},
                      Case{"Značka BA123AB.", "BA123AB"}, Case{"Mám 2 deti a 1000 Kč.", ""},
                      Case{"V 10:30 mám sraz, číslo linky 155.", ""},
                      Case{"Rodné číslo je 2H5 a 1234 nevím.", ""}));

} // namespace
