// The team lead's monthly agenda on a real vault: notes shared for team supervision in the
// month join it by kind, the team lead orders, adds and marks items, and what leaves the
// worker's sharing leaves the agenda.

#include "core/supervision/SupervisionAgenda.h"

#include "core/supervision/SupervisionService.h"
#include "tests/session/SessionFixture.h"

#include <gtest/gtest.h>
#include <memory>

namespace kotva::test {
namespace {

class SupervisionAgendaTest : public SessionFixture
{
protected:
    void SetUp() override
    {
        SessionFixture::SetUp();
        m_notes = std::make_unique<SupervisionService>(*m_vault, sharedAnalyzer(), m_clock);
        m_agenda = std::make_unique<SupervisionAgenda>(*m_vault, sharedAnalyzer(), m_clock);
    }
    void TearDown() override
    {
        m_agenda.reset();
        m_notes.reset();
        SessionFixture::TearDown();
    }

    SupervisionNote note(const QString& text, NoteTopic topic,
                         SharingLevel sharing = SharingLevel::TeamSupervision,
                         const QString& reference = {})
    {
        SupervisionNote n;
        n.text = text;
        n.topic = topic;
        n.sharing = sharing;
        n.contactReference = reference;
        const Result<SupervisionNote> saved = m_notes->save(n);
        EXPECT_TRUE(saved) << qPrintable(saved.error().toString());
        return saved.value_or(SupervisionNote{});
    }

    SupervisionAgendaMonth agenda(QDate month = SessionNow.date())
    {
        const Result<SupervisionAgendaMonth> read = m_agenda->month(month);
        EXPECT_TRUE(read) << qPrintable(read.error().toString());
        return read.value_or(SupervisionAgendaMonth{});
    }

    static QStringList texts(const QList<AgendaItem>& items)
    {
        QStringList list;
        for (const AgendaItem& item : items)
            list << item.text;
        return list;
    }

    std::unique_ptr<SupervisionService> m_notes;
    std::unique_ptr<SupervisionAgenda> m_agenda;
};

TEST_F(SupervisionAgendaTest, NotesSharedForTeamSupervisionInTheMonthAreGroupedByKind)
{
    note(QStringLiteral("Nevím, jestli jsem neměla víc naléhat na krizovou linku."),
         NoteTopic::Difficult, SharingLevel::TeamSupervision, QStringLiteral("K-4F7Q"));
    note(QStringLiteral("Klientka chtěla moje číslo."), NoteTopic::BoundaryDilemma);
    note(QStringLiteral("Po směně jsem byla úplně vyčerpaná."), NoteTopic::SelfCare);
    note(QStringLiteral("Tohle si nechávám pro sebe."), NoteTopic::OwnFeelings,
         SharingLevel::Private);
    note(QStringLiteral("Chci to probrat jen se svou vedoucí."), NoteTopic::Conflict,
         SharingLevel::IndividualSupervision);
    note(QStringLiteral("Druhá těžká situace."), NoteTopic::Difficult);
    // A note of the month before belongs to that month's agenda.
    m_clock.set(SessionNow.addMonths(-1));
    note(QStringLiteral("Únorová poznámka."), NoteTopic::Difficult);
    m_clock.set(SessionNow);

    const SupervisionAgendaMonth march = agenda();
    EXPECT_EQ(march.month, QDate(2026, 3, 1));
    EXPECT_EQ(
        texts(march.items),
        (QStringList{QStringLiteral("Nevím, jestli jsem neměla víc naléhat na krizovou linku."),
                     QStringLiteral("Druhá těžká situace."),
                     QStringLiteral("Klientka chtěla moje číslo."),
                     QStringLiteral("Po směně jsem byla úplně vyčerpaná.")}))
        << "by kind (hard contact, boundary dilemma, …), private and individual notes left out";
    EXPECT_EQ(march.items.constFirst().contactReference, QStringLiteral("K-4F7Q"));
    EXPECT_EQ(march.itemsOf(NoteTopic::Difficult).size(), 2);
    EXPECT_EQ(texts(agenda(QDate(2026, 2, 14)).items),
              QStringList{QStringLiteral("Únorová poznámka.")});
    // Reading again takes nothing in twice.
    EXPECT_EQ(agenda().items.size(), 4);
}

TEST_F(SupervisionAgendaTest, TheTeamLeadOrdersAddsAndRecordsWhatWasAgreed)
{
    note(QStringLiteral("První."), NoteTopic::Difficult);
    note(QStringLiteral("Druhá."), NoteTopic::Difficult);
    note(QStringLiteral("Hranice."), NoteTopic::BoundaryDilemma);
    SupervisionAgendaMonth march = agenda();

    const Result<AgendaItem> added = m_agenda->addItem(
        march.month, NoteTopic::Difficult, QStringLiteral("Jak mluvit o sebevraždě přímo."));
    ASSERT_TRUE(added) << qPrintable(added.error().toString());
    EXPECT_FALSE(added->noteId);
    ASSERT_TRUE(m_agenda->move(added->id, -5)) << "to the top of its kind";
    EXPECT_EQ(texts(agenda().itemsOf(NoteTopic::Difficult)),
              (QStringList{QStringLiteral("Jak mluvit o sebevraždě přímo."),
                           QStringLiteral("První."), QStringLiteral("Druhá.")}));
    ASSERT_TRUE(m_agenda->move(added->id, 1));
    EXPECT_EQ(texts(agenda().itemsOf(NoteTopic::Difficult)).at(1),
              QStringLiteral("Jak mluvit o sebevraždě přímo."));
    EXPECT_EQ(agenda().items.constLast().text, QStringLiteral("Hranice."))
        << "moving stays within the kind";

    const AgendaItem first = agenda().items.constFirst();
    ASSERT_TRUE(m_agenda->setDiscussed(
        first.id, true, QStringLiteral("Jana Nováková zavolá na linku 116 123 s klientkou.")));
    const SupervisionAgendaMonth after = agenda();
    EXPECT_TRUE(after.items.constFirst().discussed);
    EXPECT_EQ(after.discussedCount(), 1);
    EXPECT_FALSE(after.items.constFirst().agreed.contains(QStringLiteral("Nováková")))
        << "what was agreed is redacted like a note";
    EXPECT_TRUE(after.items.constFirst().agreed.contains(QStringLiteral("116 123")));

    // An added item can go; a shared note stays while it is shared.
    ASSERT_TRUE(m_agenda->removeItem(added->id));
    EXPECT_EQ(agenda().items.size(), 3);
    const Status kept = m_agenda->removeItem(first.id);
    ASSERT_FALSE(kept);
    EXPECT_EQ(kept.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(m_agenda->addItem(march.month, NoteTopic::Other, QStringLiteral("   ")));
}

TEST_F(SupervisionAgendaTest, ANoteNoLongerSharedOrDeletedLeavesTheAgenda)
{
    SupervisionNote shared = note(QStringLiteral("Sdílená."), NoteTopic::Conflict);
    const SupervisionNote deleted = note(QStringLiteral("Smazaná."), NoteTopic::Conflict);
    ASSERT_EQ(agenda().items.size(), 2);

    shared.sharing = SharingLevel::Private;
    ASSERT_TRUE(m_notes->save(shared));
    ASSERT_TRUE(m_notes->remove(deleted.id));
    EXPECT_TRUE(agenda().items.isEmpty());
    EXPECT_EQ(countRows(*m_vault, QStringLiteral("agenda_items")), 0);

    // Shared again: it comes back.
    shared.sharing = SharingLevel::TeamSupervision;
    ASSERT_TRUE(m_notes->save(shared));
    EXPECT_EQ(agenda().items.size(), 1);
}

TEST_F(SupervisionAgendaTest, TheAgendaExpiresWithTheRecordRetention)
{
    const SupervisionAgendaMonth march = [this] {
        note(QStringLiteral("Stará."), NoteTopic::Difficult);
        return agenda();
    }();
    ASSERT_TRUE(m_agenda->addItem(march.month, NoteTopic::Other, QStringLiteral("Přidaná.")));
    ASSERT_TRUE(m_agenda->setDiscussed(march.items.constFirst().id, true,
                                       QStringLiteral("Dohodli jsme se na pauze.")));
    m_clock.set(SessionNow.addMonths(12).addSecs(1));
    const auto report = m_vault->purge();
    ASSERT_TRUE(report) << qPrintable(report.error().toString());
    // The note and the added item; the note's item goes with its note (ON DELETE CASCADE).
    EXPECT_GE(report->recordsRemoved, 2);
    EXPECT_EQ(countRows(*m_vault, QStringLiteral("agenda_items")), 0);
    EXPECT_EQ(countRows(*m_vault, QStringLiteral("supervision_notes")), 0);
}

} // namespace
} // namespace kotva::test
