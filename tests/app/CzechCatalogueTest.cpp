#include "tests/support/TestPaths.h"

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

// Czech is the first language of the UI: a string left unfinished in the catalogue shows up
// in English in the middle of a Czech window.
TEST(CzechCatalogue, HasNoUnfinishedTranslation)
{
    QFile file(kotva::test::sourceDir() + QStringLiteral("/translations/kotva_cs.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString catalogue = QString::fromUtf8(file.readAll());
    ASSERT_GT(catalogue.count(QStringLiteral("<message")), 500);

    static const QRegularExpression unfinished(
        QStringLiteral(R"(<source>([^<]*)</source>\s*<translation type="unfinished"\s*/?>)"));
    QStringList missing;
    for (auto it = unfinished.globalMatch(catalogue); it.hasNext();)
        missing << it.next().captured(1);
    EXPECT_TRUE(missing.isEmpty()) << missing.join(QStringLiteral("\n")).toStdString();
}

} // namespace
