// Notes on the worker's own practice: redacted before they are stored, filtered by who
// may see them, editable, and gone after the record retention like everything else.

#include "core/supervision/SupervisionService.h"

#include "tests/session/SessionFixture.h"

using namespace kotva;
using namespace kotva::test;

namespace {

class SupervisionServiceTest : public SessionFixture
{
protected:
    void SetUp() override
    {
        SessionFixture::SetUp();
        m_notes = std::make_unique<SupervisionService>(*m_vault, sharedAnalyzer(), m_clock);
    }
    void TearDown() override
    {
        m_notes.reset();
        SessionFixture::TearDown();
    }

    SupervisionNote save(const QString& text, SharingLevel sharing = SharingLevel::Private,
                         const QString& reference = {})
    {
        SupervisionNote note;
        note.topic = NoteTopic::OwnFeelings;
        note.sharing = sharing;
        note.text = text;
        note.contactReference = reference;
        const Result<SupervisionNote> saved = m_notes->save(note);
        EXPECT_TRUE(saved) << qPrintable(saved.error().toString());
        return saved.value_or(SupervisionNote{});
    }

    QList<SupervisionNote> notes(std::optional<SharingLevel> sharing = std::nullopt)
    {
        const auto all = m_notes->notes(sharing);
        EXPECT_TRUE(all) << qPrintable(all.error().toString());
        return all.value_or(QList<SupervisionNote>{});
    }

    std::unique_ptr<SupervisionService> m_notes;
};

TEST_F(SupervisionServiceTest, NoteIsRedactedBeforeItIsStored)
{
    const Contact contact = open();
    const SupervisionNote note =
        save(QStringLiteral("Klientka mi dala číslo 603 123 456, ať jí zavolám. Nevěděla "
                            "jsem, jak odmítnout."),
             SharingLevel::IndividualSupervision, contact.reference.toLower());
    EXPECT_GT(note.id, 0);
    EXPECT_FALSE(note.text.contains(QStringLiteral("603")));
    EXPECT_TRUE(note.text.contains(QStringLiteral("jak odmítnout")));
    EXPECT_EQ(note.contactReference, contact.reference); // normalised to the stored form
    EXPECT_EQ(note.topic, NoteTopic::OwnFeelings);
    EXPECT_EQ(note.createdAtUtc, SessionNow);
    EXPECT_EQ(note.updatedAtUtc, SessionNow);
    EXPECT_EQ(note.expiresAtUtc, SessionNow.addMonths(12));
    const QStringList bodies =
        column(*m_vault, QStringLiteral("SELECT body FROM supervision_notes"));
    ASSERT_EQ(bodies.size(), 1);
    EXPECT_FALSE(bodies.constFirst().contains(QStringLiteral("123")));
    // Linked by the anonymous reference only, never by the contact's id or pseudonym.
    EXPECT_EQ(column(*m_vault, QStringLiteral("SELECT contact_reference FROM supervision_notes")),
              QStringList{contact.reference});
}

TEST_F(SupervisionServiceTest, NotesAreNewestFirstAndFilteredBySharing)
{
    save(QStringLiteral("Jen pro mě."), SharingLevel::Private);
    m_clock.advanceSeconds(60);
    save(QStringLiteral("Na individuální supervizi."), SharingLevel::IndividualSupervision);
    m_clock.advanceSeconds(60);
    save(QStringLiteral("Pro tým."), SharingLevel::TeamSupervision);
    m_clock.advanceSeconds(60);
    save(QStringLiteral("Taky pro tým."), SharingLevel::TeamSupervision);

    const QList<SupervisionNote> all = notes();
    ASSERT_EQ(all.size(), 4);
    EXPECT_EQ(all.at(0).text, QStringLiteral("Taky pro tým."));
    EXPECT_EQ(all.at(3).text, QStringLiteral("Jen pro mě."));
    const QList<SupervisionNote> team = notes(SharingLevel::TeamSupervision);
    ASSERT_EQ(team.size(), 2);
    EXPECT_EQ(team.at(0).text, QStringLiteral("Taky pro tým."));
    EXPECT_EQ(notes(SharingLevel::Private).size(), 1);
    EXPECT_EQ(notes(SharingLevel::IndividualSupervision).size(), 1);
}

TEST_F(SupervisionServiceTest, UpdateChangesTheNoteAndKeepsWhenItWasWritten)
{
    SupervisionNote note = save(QStringLiteral("První verze."));
    m_clock.advanceDays(3);
    note.text = QStringLiteral("Druhá verze, volala z 603 123 456.");
    note.sharing = SharingLevel::TeamSupervision;
    note.topic = NoteTopic::BoundaryDilemma;
    const auto updated = m_notes->save(note);
    ASSERT_TRUE(updated) << qPrintable(updated.error().toString());
    EXPECT_EQ(updated->id, note.id);
    EXPECT_EQ(updated->createdAtUtc, SessionNow);
    EXPECT_EQ(updated->updatedAtUtc, SessionNow.addDays(3));
    EXPECT_EQ(updated->expiresAtUtc, SessionNow.addMonths(12)); // by when it was written
    EXPECT_TRUE(updated->text.startsWith(QStringLiteral("Druhá verze")));
    EXPECT_FALSE(updated->text.contains(QStringLiteral("603")));
    EXPECT_EQ(updated->topic, NoteTopic::BoundaryDilemma);
    const QList<SupervisionNote> all = notes();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.constFirst().sharing, SharingLevel::TeamSupervision);

    note.id = 999;
    EXPECT_EQ(m_notes->save(note).error().code, ErrorCode::NotFound);
}

TEST_F(SupervisionServiceTest, RemoveDeletesTheNote)
{
    const SupervisionNote keep = save(QStringLiteral("Zůstává."));
    const SupervisionNote gone = save(QStringLiteral("Smazat."));
    ASSERT_TRUE(m_notes->remove(gone.id));
    const QList<SupervisionNote> all = notes();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.constFirst().id, keep.id);
    const Status again = m_notes->remove(gone.id);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::NotFound);
}

TEST_F(SupervisionServiceTest, UnusableNotesAreRefusedWithAMessage)
{
    for (const QString& reference :
         {QStringLiteral("Jana Nováková"), QStringLiteral("K-"), QStringLiteral("12")}) {
        SupervisionNote note;
        note.text = QStringLiteral("Text.");
        note.contactReference = reference;
        const auto saved = m_notes->save(note);
        ASSERT_FALSE(saved) << qPrintable(reference);
        EXPECT_EQ(saved.error().code, ErrorCode::InvalidArgument);
        EXPECT_FALSE(saved.error().message.isEmpty());
    }
    for (const QString& text : {QString(), QStringLiteral("  \n "), QString(30000, u'x')}) {
        SupervisionNote note;
        note.text = text;
        EXPECT_EQ(m_notes->save(note).error().code, ErrorCode::InvalidArgument);
    }
    EXPECT_EQ(countRows(*m_vault, QStringLiteral("supervision_notes")), 0);
}

TEST_F(SupervisionServiceTest, NotesExpireWithTheRecordRetention)
{
    save(QStringLiteral("Starší poznámka."));
    m_clock.advanceDays(200);
    save(QStringLiteral("Novější poznámka."));

    m_clock.set(SessionNow.addMonths(12).addSecs(1));
    const auto report = m_vault->purge();
    ASSERT_TRUE(report) << qPrintable(report.error().toString());
    EXPECT_GE(report->recordsRemoved, 1);
    const QList<SupervisionNote> left = notes();
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left.constFirst().text, QStringLiteral("Novější poznámka."));

    // And the rest when the vault is opened after its own year.
    m_clock.set(SessionNow.addDays(200).addMonths(12).addSecs(1));
    reopen();
    // Months without use: the purge waits until a person confirms the date (issue 13).
    ASSERT_TRUE(m_vault->purgeHeld());
    m_vault->confirmClock();
    ASSERT_TRUE(m_vault->purge());
    m_notes = std::make_unique<SupervisionService>(*m_vault, sharedAnalyzer(), m_clock);
    EXPECT_TRUE(notes().isEmpty());
    EXPECT_EQ(countRows(*m_vault, QStringLiteral("supervision_notes")), 0);
}

TEST_F(SupervisionServiceTest, ContactWithACrisisSuggestsANote)
{
    const Contact contact = open();
    ASSERT_TRUE(m_service->addTurn(contact.id, Author::Client,
                                   QStringLiteral("Spolykala jsem deset prášků.")));
    const NoteSuggestion suggestion = SupervisionService::suggestionFor(reread(contact.id));
    EXPECT_TRUE(suggestion.any());
    EXPECT_TRUE(suggestion.crisis);
    EXPECT_EQ(suggestion.contactReference, contact.reference);
    EXPECT_FALSE(SupervisionService::suggestionFor(open(QStringLiteral("Klid"))).any());
}

} // namespace
