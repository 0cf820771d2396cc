#include "app/bootstrap/QuietLogs.h"

#include <QLoggingCategory>

#include <gtest/gtest.h>

namespace {

// Issue 13, point 12: Qt's accessibility log printed a contact's pseudonym. With every
// debug message asked for (as QT_LOGGING_RULES="*.debug=true" does), the categories that
// quote screen text or keystrokes stay off; Kotva's and Qt's others follow the rules.
TEST(QuietLogs, CategoriesThatQuoteScreenTextStayOffWhateverTheRules)
{
    kotva::keepClientTextOutOfLogs();
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    const QLoggingCategory accessibility("qt.accessibility.cache");
    const QLoggingCategory input("qt.qpa.input.methods");
    const QLoggingCategory storage("kotva.storage");
    const QLoggingCategory painting("qt.widgets.painting");
    EXPECT_FALSE(accessibility.isDebugEnabled());
    EXPECT_FALSE(accessibility.isWarningEnabled());
    EXPECT_FALSE(input.isDebugEnabled());
    EXPECT_TRUE(storage.isDebugEnabled());
    EXPECT_TRUE(painting.isDebugEnabled());
    QLoggingCategory::setFilterRules(QString());
}

} // namespace
