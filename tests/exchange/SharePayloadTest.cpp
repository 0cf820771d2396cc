#include "core/exchange/SharePayload.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace kotva {
namespace {

SharePayload example()
{
    SharePayload payload;
    const QDateTime created(QDate(2026, 11, 3), QTime(10, 0), QTimeZone::utc());
    payload.notes << SharedNote{QStringLiteral("17"),
                                NoteTopic::BoundaryDilemma,
                                QStringLiteral("Klient chtěl můj Instagram, nevěděla jsem, jak "
                                               "odmítnout."),
                                QStringLiteral("K-4F7Q"),
                                true,
                                created,
                                created.addDays(1)};
    payload.figures.months = {QDate(2026, 10, 1), QDate(2026, 11, 1)};
    payload.figures.rows << FigureRow{FigureGroup::ContactsByChannel,
                                      QStringLiteral("chat"),
                                      {4, 7}}
                         << FigureRow{FigureGroup::Stops, QStringLiteral("stops"), {0, 1}};
    return payload;
}

TEST(SharePayloadTest, NotesAndFiguresReadBackAsSent)
{
    const SharePayload sent = example();
    const auto read = SharePayload::decode(sent.encode());
    ASSERT_TRUE(read.has_value()) << read.error().toString().toStdString();
    EXPECT_EQ(read->notes, sent.notes);
    EXPECT_EQ(read->figures.months, sent.figures.months);
    EXPECT_EQ(read->figures.rows, sent.figures.rows);
}

QByteArray with(const char* key, const QCborValue& value)
{
    QCborMap root = QCborValue::fromCbor(example().encode()).toMap();
    root.insert(QLatin1String(key), value);
    return root.toCborValue().toCbor();
}

QByteArray withNoteField(const char* key, const QCborValue& value)
{
    QCborMap root = QCborValue::fromCbor(example().encode()).toMap();
    QCborArray notes = root.value(QLatin1String("notes")).toArray();
    QCborMap note = notes.at(0).toMap();
    note.insert(QLatin1String(key), value);
    notes[0] = note;
    root.insert(QLatin1String("notes"), notes);
    return root.toCborValue().toCbor();
}

TEST(SharePayloadTest, AnythingThatDoesNotFitIsRefusedWhole)
{
    QCborArray twice =
        QCborValue::fromCbor(example().encode()).toMap().value(QLatin1String("notes")).toArray();
    twice.append(twice.at(0));
    QCborArray badCounts;
    badCounts.append(QCborMap{{QLatin1String("group"), QStringLiteral("stops")},
                              {QLatin1String("key"), QStringLiteral("stops")},
                              {QLatin1String("counts"), QCborArray{1, -5}}});
    const QList<QByteArray> refused = {
        QByteArray(),
        QByteArray("not cbor"),
        with("version", 2),
        with("version", 3.9e180), // a double too large for an integer (found by fuzz_share)
        with("notes", QStringLiteral("none")),
        with("notes", twice),
        with("months", QCborArray{QStringLiteral("2026-10"), QStringLiteral("2026-12")}),
        with("months", QCborArray{QStringLiteral("October")}),
        with("figures", badCounts),
        withNoteField("topic", QStringLiteral("gossip")),
        withNoteField("text", QStringLiteral("   ")),
        withNoteField("text", QString(SharePayload::MaxNoteLength + 1, QLatin1Char('a'))),
        withNoteField("created", QStringLiteral("yesterday")),
        withNoteField("created", qint64(-1)),
        withNoteField("anon", 1),
    };
    for (const QByteArray& bytes : refused) {
        const auto read = SharePayload::decode(bytes);
        ASSERT_FALSE(read.has_value()) << bytes.toHex().left(80).toStdString();
        EXPECT_EQ(read.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(read.error().message.contains(QStringLiteral("Nothing was imported")));
    }
}

} // namespace
} // namespace kotva
