#include "core/session/StoppedTopicCheck.h"

#include <gtest/gtest.h>

namespace kotva {
namespace {

QList<StoppedTopic> stopped(std::initializer_list<const char*> labels)
{
    QList<StoppedTopic> topics;
    for (const char* label : labels)
        topics.append(StoppedTopic{QString::fromUtf8(label), {}});
    return topics;
}

TEST(StoppedTopicCheck, FindsTheTopicInOtherForms)
{
    const auto topics = stopped({"rodina", "táta"});
    EXPECT_EQ(StoppedTopicCheck::touched(topics, QStringLiteral("A co se děje u vás v rodině?")),
              QStringList{QStringLiteral("rodina")});
    EXPECT_EQ(StoppedTopicCheck::touched(topics, QStringLiteral("Mluvila jste s tátou?")),
              QStringList{QStringLiteral("táta")});
    EXPECT_EQ(StoppedTopicCheck::touched(topics, QStringLiteral("jak je na tom tvuj tata")),
              QStringList{QStringLiteral("táta")});
}

TEST(StoppedTopicCheck, LeavesOtherTopicsAndEmptyLabelsAlone)
{
    const auto topics = stopped({"rodina", ""});
    EXPECT_TRUE(
        StoppedTopicCheck::touched(topics, QStringLiteral("Jak se vám dnes spalo?")).isEmpty());
    // A longer word that only begins like the topic is another word.
    EXPECT_TRUE(
        StoppedTopicCheck::touched(stopped({"práce"}), QStringLiteral("Prachy jsou teď problém?"))
            .isEmpty());
    EXPECT_TRUE(StoppedTopicCheck::touched({}, QStringLiteral("rodina")).isEmpty());
}

} // namespace
} // namespace kotva
