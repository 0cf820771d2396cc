// What SessionService lets reach the vault: redacted text, kinds of findings, and
// anonymised records that never name the contact.

#include "core/session/ContactReference.h"
#include "tests/session/SessionFixture.h"

#include <QRandomGenerator>

using namespace kotva;
using namespace kotva::test;

namespace {

// A valid birth number (divisible by 11) and a mobile number.
const QString BirthNumber = QStringLiteral("850314/1009");
const QString Phone = QStringLiteral("603 123 456");

class SessionServiceTest : public SessionFixture
{};

TEST_F(SessionServiceTest, ClientTurnIsStoredWithoutPhoneNumberOrBirthNumber)
{
    const Contact contact = open();
    const QString text = QStringLiteral("Zavolejte mi na ") + Phone +
                         QStringLiteral(", moje rodné číslo je ") + BirthNumber +
                         QStringLiteral(". Je mi smutno.");
    const Result<SavedTurn> saved = m_service->addTurn(contact.id, Author::Client, text);
    ASSERT_TRUE(saved) << qPrintable(saved.error().toString());

    // The pane learns what was removed; the vault gets only the redacted text.
    EXPECT_FALSE(saved->turn.text.contains(QStringLiteral("603")));
    EXPECT_FALSE(saved->turn.text.contains(QStringLiteral("1009")));
    EXPECT_TRUE(saved->turn.text.contains(QStringLiteral("Je mi smutno.")));
    EXPECT_TRUE(saved->turn.redactedKinds.contains(PiiKind::Phone));
    EXPECT_TRUE(saved->turn.redactedKinds.contains(PiiKind::BirthNumber));
    EXPECT_EQ(saved->analysis.pii.size(), saved->turn.redactedKinds.size());

    // Read back through the repository and straight from the tables.
    const QList<Turn> turns = turnsOf(contact.id);
    ASSERT_EQ(turns.size(), 1);
    EXPECT_EQ(turns.constFirst().id, saved->turn.id);
    EXPECT_EQ(turns.constFirst().text, saved->turn.text);
    EXPECT_EQ(turns.constFirst().redactedKinds, saved->turn.redactedKinds);
    EXPECT_FALSE(turns.constFirst().textExpired);
    const QStringList bodies = column(*m_vault, QStringLiteral("SELECT body FROM messages"));
    ASSERT_EQ(bodies.size(), 1);
    for (const QString& digits : {QStringLiteral("603 123 456"), QStringLiteral("603123456"),
                                  QStringLiteral("850314"), QStringLiteral("1009")}) {
        EXPECT_FALSE(bodies.constFirst().contains(digits)) << qPrintable(digits);
    }
    // The turn row holds kinds only, never positions or words.
    const QStringList meta =
        column(*m_vault, QStringLiteral("SELECT author || '|' || risk || '|' || signals || '|' || "
                                        "boundary || '|' || redacted FROM turns"));
    ASSERT_EQ(meta.size(), 1);
    EXPECT_TRUE(meta.constFirst().startsWith(QStringLiteral("client|none|")));
    EXPECT_TRUE(meta.constFirst().contains(QStringLiteral("phone")));
    EXPECT_TRUE(meta.constFirst().contains(QStringLiteral("birth_number")));
    EXPECT_FALSE(meta.constFirst().contains(QStringLiteral("603")));
    // The same id joins turn and text (so the message retention removes only the text).
    EXPECT_EQ(column(*m_vault, QStringLiteral("SELECT count(*) FROM turns t JOIN messages m "
                                              "ON m.id = t.id")),
              QStringList{QStringLiteral("1")});
}

// Issue 13, point 10: digits of other scripts, fullwidth forms and invisible characters
// inside a number or an address do not hide it from redaction; the stored text is the
// normalised one.
TEST_F(SessionServiceTest, DisguisedNumbersAndAddressesAreStillRemoved)
{
    const Contact contact = open();
    const QString text = QString::fromUtf8(
        "Volej na ７７７ １２３ ４５６ nebo 603\u200B456\u200B789, mail jana.novakova＠seznam.cz, "
        "kód ٧٧٧١٢٣٤٥٦. Díky.");
    const Result<SavedTurn> saved = m_service->addTurn(contact.id, Author::Client, text);
    ASSERT_TRUE(saved) << qPrintable(saved.error().toString());
    const QString stored = turnsOf(contact.id).constFirst().text;
    for (const char* leaked : {"777", "７７７", "603", "456", "789", "novakova", "seznam"})
        EXPECT_FALSE(stored.contains(QString::fromUtf8(leaked)))
            << leaked << " in " << stored.toStdString();
    EXPECT_FALSE(stored.contains(QChar(0x200B)));
    EXPECT_TRUE(stored.contains(QStringLiteral("Díky."))) << stored.toStdString();
}

TEST_F(SessionServiceTest, AcuteWordsMakeAnAcuteTurnAndOneCrisisRecordWithoutText)
{
    const Contact contact = open(QStringLiteral("Petra"));
    const QString text = QStringLiteral("Spolykala jsem deset prášků.");
    const Result<SavedTurn> saved = m_service->addTurn(contact.id, Author::Client, text);
    ASSERT_TRUE(saved) << qPrintable(saved.error().toString());
    EXPECT_EQ(saved->turn.risk, RiskLevel::Acute);
    EXPECT_FALSE(saved->turn.signalKinds.isEmpty());
    EXPECT_EQ(reread(contact.id).highestRisk, RiskLevel::Acute);

    const QList<StoredRecord> all = records(*m_vault);
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.constFirst().kind, QStringLiteral("crisis"));
    EXPECT_EQ(all.constFirst().details.value(QStringLiteral("level")).toString(),
              QStringLiteral("acute"));
    EXPECT_EQ(all.constFirst().details.size(), 1);
    for (const QString& secret : {text, QStringLiteral("prášk"), QStringLiteral("Petra"),
                                  contact.reference, QString::number(contact.id)}) {
        EXPECT_FALSE(all.constFirst().raw.contains(secret)) << qPrintable(secret);
    }

    // The level was already reached: a second acute turn is not a second crisis record.
    ASSERT_TRUE(m_service->addTurn(contact.id, Author::Client, text));
    EXPECT_EQ(records(*m_vault).size(), 1);
    // A worker's words are not read for danger.
    const auto worker = m_service->addTurn(contact.id, Author::Worker,
                                           QStringLiteral("Spolykala jste prášky? Volám 155?"));
    ASSERT_TRUE(worker);
    EXPECT_EQ(worker->turn.risk, RiskLevel::None);
    EXPECT_TRUE(worker->turn.signalKinds.isEmpty());
}

TEST_F(SessionServiceTest, TheClassifiersFindingIsStoredByNameAndReadBack)
{
    // A paraphrase of acute danger no lexicon entry matches: the risk classifier raises it,
    // and its finding (no words, no position) is kept like any other kind of signal.
    const Contact contact = open();
    const QString text =
        QStringLiteral("jo uz jsem to udelal, pred pul hodinou. citim se divne a ruce mam studeny");
    const Result<SavedTurn> saved = m_service->addTurn(contact.id, Author::Client, text);
    ASSERT_TRUE(saved) << qPrintable(saved.error().toString());
    EXPECT_EQ(saved->turn.risk, RiskLevel::Acute);
    EXPECT_TRUE(saved->turn.signalKinds.contains(SignalKind::ResemblesAcute));

    const QList<Turn> turns = turnsOf(contact.id);
    ASSERT_EQ(turns.size(), 1);
    EXPECT_EQ(turns.constFirst().risk, RiskLevel::Acute);
    EXPECT_EQ(turns.constFirst().signalKinds, saved->turn.signalKinds);
    const QStringList stored = column(*m_vault, QStringLiteral("SELECT signals FROM turns"));
    ASSERT_EQ(stored.size(), 1);
    EXPECT_TRUE(stored.constFirst().contains(QStringLiteral("resembles_acute")))
        << qPrintable(stored.constFirst());
}

TEST_F(SessionServiceTest, ContractChangesAreKeptInOrder)
{
    const Contact contact = open(QStringLiteral("Jana"), Channel::Chat, ContractWish::NotSaidYet);
    ASSERT_EQ(contact.contract.size(), 1);
    EXPECT_EQ(contact.currentWish(), ContractWish::NotSaidYet);

    m_clock.advanceSeconds(60);
    ASSERT_TRUE(m_service->changeContract(contact.id, ContractWish::JustBeHeard));
    m_clock.advanceSeconds(60);
    ASSERT_TRUE(m_service->changeContract(contact.id, ContractWish::FindSolution));
    ASSERT_TRUE(m_service->changeContract(contact.id, ContractWish::FindSolution)); // no change

    const Contact changed = reread(contact.id);
    ASSERT_EQ(changed.contract.size(), 3);
    EXPECT_EQ(changed.contract.at(0).wish, ContractWish::NotSaidYet);
    EXPECT_EQ(changed.contract.at(1).wish, ContractWish::JustBeHeard);
    EXPECT_EQ(changed.contract.at(2).wish, ContractWish::FindSolution);
    EXPECT_EQ(changed.contract.at(0).atUtc, SessionNow);
    EXPECT_EQ(changed.contract.at(2).atUtc, SessionNow.addSecs(120));
    EXPECT_EQ(changed.currentWish(), ContractWish::FindSolution);
}

TEST_F(SessionServiceTest, HowTheClientIsAddressedIsKeptAcrossARestart)
{
    const Contact contact = open();
    EXPECT_FALSE(contact.addressForm.has_value()); // not chosen yet: suggested meanwhile

    ASSERT_TRUE(m_service->setAddressForm(contact.id, Register::Informal));
    EXPECT_EQ(reread(contact.id).addressForm, Register::Informal);
    reopen();
    EXPECT_EQ(reread(contact.id).addressForm, Register::Informal);
    ASSERT_TRUE(m_service->setAddressForm(contact.id, Register::Formal));
    EXPECT_EQ(reread(contact.id).addressForm, Register::Formal);

    ASSERT_TRUE(m_service->closeContact(contact.id, ContactOutcome{}));
    EXPECT_FALSE(m_service->setAddressForm(contact.id, Register::Informal));
    EXPECT_EQ(reread(contact.id).addressForm, Register::Formal);
}

TEST_F(SessionServiceTest, StopMarksTheTopicWithARedactedLabel)
{
    const Contact contact = open();
    ASSERT_TRUE(m_service->stopTopic(contact.id));
    m_clock.advanceSeconds(30);
    ASSERT_TRUE(
        m_service->stopTopic(contact.id, QStringLiteral("  máma, volala z ") + Phone + u' '));
    const Contact stopped = reread(contact.id);
    ASSERT_EQ(stopped.stoppedTopics.size(), 2);
    EXPECT_TRUE(stopped.stoppedTopics.at(0).label.isEmpty());
    EXPECT_EQ(stopped.stoppedTopics.at(0).atUtc, SessionNow);
    const QString label = stopped.stoppedTopics.at(1).label;
    EXPECT_TRUE(label.startsWith(QStringLiteral("máma, volala z"))) << qPrintable(label);
    EXPECT_FALSE(label.contains(QStringLiteral("603")));
    EXPECT_FALSE(column(*m_vault, QStringLiteral("SELECT label FROM contact_stops"))
                     .join(u' ')
                     .contains(QStringLiteral("123")));
}

TEST_F(SessionServiceTest, ClosingStoresTheOutcomeAndAnAnonymisedRecord)
{
    const Contact contact = open(QStringLiteral("Marek"), Channel::Phone, ContractWish::HereAndNow);
    ASSERT_TRUE(m_service->addTurn(contact.id, Author::Client,
                                   QStringLiteral("Nechci žít, už mě nic nebaví.")));
    ASSERT_TRUE(m_service->recordReferralGiven(contact.id, RiskLevel::Concern));
    const QStringList topics = *m_service->outcomeTopics();
    ASSERT_GE(topics.size(), 3);

    m_clock.advanceSeconds(600);
    ContactOutcome outcome;
    outcome.topics = {topics.at(0), topics.at(2), QStringLiteral("rozchod s Janou Novákovou")};
    outcome.bringToSupervision = true;
    ASSERT_TRUE(m_service->closeContact(contact.id, outcome));

    const Contact closed = reread(contact.id);
    EXPECT_EQ(closed.state, ContactState::Closed);
    ASSERT_TRUE(closed.closedAtUtc);
    EXPECT_EQ(*closed.closedAtUtc, SessionNow.addSecs(600));
    ASSERT_TRUE(closed.outcome);
    EXPECT_TRUE(closed.outcome->bringToSupervision);
    ASSERT_EQ(closed.outcome->topics.size(), 3);
    EXPECT_EQ(closed.outcome->topics.at(0), topics.at(0));
    EXPECT_FALSE(closed.outcome->topics.at(2).contains(QStringLiteral("Novákov")));
    EXPECT_TRUE(closed.referralGiven);

    const QList<StoredRecord> all = records(*m_vault);
    const auto closing = std::find_if(all.begin(), all.end(), [](const StoredRecord& r) {
        return r.kind == QStringLiteral("contact_closed");
    });
    ASSERT_NE(closing, all.end());
    const QJsonObject d = closing->details;
    EXPECT_EQ(d.value(QStringLiteral("channel")).toString(), QStringLiteral("phone"));
    EXPECT_EQ(d.value(QStringLiteral("wish")).toString(), QStringLiteral("here_and_now"));
    EXPECT_TRUE(d.value(QStringLiteral("referralGiven")).toBool());
    EXPECT_NE(d.value(QStringLiteral("highestRisk")).toString(), QStringLiteral("none"));
    // Only topics from the organisation's list are counted; free text is not.
    const QJsonArray counted = d.value(QStringLiteral("topics")).toArray();
    ASSERT_EQ(counted.size(), 2);
    EXPECT_EQ(counted.at(0).toString(), topics.at(0));
    EXPECT_EQ(all.count(), 3); // crisis, referral_given, contact_closed
    for (const StoredRecord& record : all) {
        for (const QString& secret : {QStringLiteral("Marek"), contact.reference,
                                      QStringLiteral("Nechci"), QStringLiteral("rozchod")})
            EXPECT_FALSE(record.raw.contains(secret)) << qPrintable(record.raw);
        EXPECT_FALSE(record.details.contains(QStringLiteral("contact")));
        EXPECT_FALSE(record.details.contains(QStringLiteral("id")));
    }

    // A closed contact takes nothing more.
    const auto late = m_service->addTurn(contact.id, Author::Client, QStringLiteral("Ještě…"));
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(late.error().message.isEmpty());
    EXPECT_FALSE(m_service->closeContact(contact.id, outcome));
    EXPECT_FALSE(m_service->changeContract(contact.id, ContractWish::JustBeHeard));
    EXPECT_FALSE(m_service->stopTopic(contact.id));
}

TEST_F(SessionServiceTest, ReferralGivenIsAnAnonymousRecordWithTheLevelOnly)
{
    const Contact contact = open();
    EXPECT_FALSE(contact.referralGiven);
    ASSERT_TRUE(m_service->recordReferralGiven(contact.id, RiskLevel::Acute));
    EXPECT_TRUE(reread(contact.id).referralGiven);
    const QList<StoredRecord> all = records(*m_vault);
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.constFirst().kind, QStringLiteral("referral_given"));
    EXPECT_EQ(all.constFirst().details,
              (QJsonObject{{QStringLiteral("level"), QStringLiteral("acute")}}));
    EXPECT_EQ(m_service->recordReferralGiven(4242, RiskLevel::Acute).error().code,
              ErrorCode::NotFound);
    EXPECT_EQ(records(*m_vault).size(), 1);
}

TEST_F(SessionServiceTest, WorkerSendingDespiteABoundaryIsKeptOnTheTurnAndCounted)
{
    const Contact contact = open();
    const QString draft = QStringLiteral("Tohle zní jako bipolární porucha.");
    const auto checked = m_service->addTurn(contact.id, Author::Worker, draft, true);
    ASSERT_TRUE(checked) << qPrintable(checked.error().toString());
    EXPECT_TRUE(checked->turn.boundaryRules.contains(BoundaryRule::Diagnosis));
    EXPECT_TRUE(checked->turn.sentDespiteBoundary);
    EXPECT_TRUE(reread(contact.id).hadBoundaryFinding);
    EXPECT_TRUE(turnsOf(contact.id).constFirst().sentDespiteBoundary);

    const QList<StoredRecord> all = records(*m_vault);
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.constFirst().kind, QStringLiteral("boundary_override"));
    EXPECT_EQ(all.constFirst().details.value(QStringLiteral("rules")).toArray(),
              (QJsonArray{QStringLiteral("diagnosis")}));
    EXPECT_FALSE(all.constFirst().raw.contains(QStringLiteral("bipolár")));

    // Nothing crossed: nothing to override, nothing counted.
    const auto plain = m_service->addTurn(contact.id, Author::Worker,
                                          QStringLiteral("Jsem tady a poslouchám."), true);
    ASSERT_TRUE(plain);
    EXPECT_FALSE(plain->turn.sentDespiteBoundary);
    EXPECT_EQ(records(*m_vault).size(), 1);
}

TEST_F(SessionServiceTest, FullNameIsWarnedAndOnlyTheFirstNameIsStored)
{
    const PseudonymCheck full = m_service->checkPseudonym(QStringLiteral("Jana Nováková"));
    EXPECT_TRUE(full.looksLikeFullName);
    EXPECT_EQ(full.storedAs, QStringLiteral("Jana"));
    const PseudonymCheck first = m_service->checkPseudonym(QStringLiteral("  Jana "));
    EXPECT_FALSE(first.looksLikeFullName);
    EXPECT_EQ(first.storedAs, QStringLiteral("Jana"));
    const PseudonymCheck nick = m_service->checkPseudonym(QStringLiteral("Modrý pták"));
    EXPECT_FALSE(nick.looksLikeFullName);
    EXPECT_EQ(nick.storedAs, QStringLiteral("Modrý pták"));

    const Contact contact = open(QStringLiteral("Jana Nováková"));
    EXPECT_EQ(contact.pseudonym, QStringLiteral("Jana"));
    EXPECT_EQ(column(*m_vault, QStringLiteral("SELECT pseudonym FROM contacts")),
              QStringList{QStringLiteral("Jana")});
    EXPECT_TRUE(ContactReference::isWellFormed(contact.reference));
}

TEST_F(SessionServiceTest, UnusablePseudonymsAreRefusedWithAMessage)
{
    for (const QString& bad : {QString(), QStringLiteral("   "), Phone,
                               QString(SessionService::MaxPseudonymLength + 1, u'a')}) {
        const auto contact = m_service->openContact({Channel::Chat, bad, ContractWish::NotSaidYet});
        ASSERT_FALSE(contact) << qPrintable(bad);
        EXPECT_EQ(contact.error().code, ErrorCode::InvalidArgument);
        EXPECT_FALSE(contact.error().message.isEmpty());
    }
    EXPECT_TRUE(m_service->checkPseudonym(Phone).looksLikeFullName);
    EXPECT_EQ(countRows(*m_vault, QStringLiteral("contacts")), 0);
}

TEST_F(SessionServiceTest, EmptyHugeAndOddTextsNeverCrash)
{
    const Contact contact = open();
    for (const QString& empty : {QString(), QStringLiteral(" \n\t ")}) {
        const auto turn = m_service->addTurn(contact.id, Author::Client, empty);
        ASSERT_FALSE(turn);
        EXPECT_EQ(turn.error().code, ErrorCode::InvalidArgument);
    }
    const auto huge = m_service->addTurn(contact.id, Author::Client,
                                         QString(SessionService::MaxTurnLength + 1, u'x'));
    ASSERT_FALSE(huge);
    EXPECT_EQ(huge.error().code, ErrorCode::InvalidArgument);

    // NUL, other control characters and a lone surrogate: stored without them breaking
    // the text that follows.
    QString odd = QStringLiteral("před");
    odd += QChar(u'\0');
    odd += QChar(0x0007);
    odd += QChar(0xD800);
    odd += QStringLiteral("po 😀");
    const auto saved = m_service->addTurn(contact.id, Author::Client, odd);
    ASSERT_TRUE(saved) << qPrintable(saved.error().toString());
    const QString back = turnsOf(contact.id).constFirst().text;
    EXPECT_TRUE(back.startsWith(QStringLiteral("před")));
    EXPECT_TRUE(back.endsWith(QStringLiteral("po 😀")));
    EXPECT_FALSE(back.contains(QChar(u'\0')));

    EXPECT_EQ(m_service->addTurn(987654, Author::Client, QStringLiteral("ahoj")).error().code,
              ErrorCode::NotFound);
    EXPECT_EQ(m_service->closeContact(987654, {}).error().code, ErrorCode::NotFound);
    EXPECT_EQ(m_service->deleteContact(987654).error().code, ErrorCode::NotFound);
}

TEST_F(SessionServiceTest, DeletingAContactRemovesItsTurnsTextsAndHistory)
{
    const Contact keep = open(QStringLiteral("Eva"));
    const Contact gone = open(QStringLiteral("Adam"));
    ASSERT_TRUE(m_service->addTurn(keep.id, Author::Client, QStringLiteral("Dobrý den.")));
    ASSERT_TRUE(m_service->addTurn(gone.id, Author::Client, QStringLiteral("Ahoj.")));
    ASSERT_TRUE(m_service->stopTopic(gone.id, QStringLiteral("práce")));
    ASSERT_TRUE(m_service->changeContract(gone.id, ContractWish::FindSolution));
    ASSERT_TRUE(m_service->closeContact(gone.id, {}));

    ASSERT_TRUE(m_service->deleteContact(gone.id));
    EXPECT_EQ(m_service->contact(gone.id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(countRows(*m_vault, QStringLiteral("contacts")), 1);
    for (const QString& table :
         {QStringLiteral("turns"), QStringLiteral("messages"), QStringLiteral("contact_contracts")})
        EXPECT_EQ(countRows(*m_vault, table), 1) << qPrintable(table);
    EXPECT_EQ(countRows(*m_vault, QStringLiteral("contact_stops")), 0);
    EXPECT_EQ(countRows(*m_vault, QStringLiteral("contact_outcomes")), 0);
    // The anonymised record of the closing stays: it never pointed at the contact.
    EXPECT_EQ(records(*m_vault).size(), 1);
}

TEST_F(SessionServiceTest, OutcomeTopicsHaveADefaultListThatCanBeEdited)
{
    const Result<QStringList> defaults = m_service->outcomeTopics();
    ASSERT_TRUE(defaults);
    EXPECT_GE(defaults->size(), 5);
    EXPECT_EQ(*m_service->outcomeTopics(), *defaults); // stored, stable

    ASSERT_TRUE(
        m_service->setOutcomeTopics({QStringLiteral(" Osamělost "), QString(),
                                     QStringLiteral("Škola"), QStringLiteral("Osamělost")}));
    EXPECT_EQ(*m_service->outcomeTopics(),
              (QStringList{QStringLiteral("Osamělost"), QStringLiteral("Škola")}));
    const Status tooLong = m_service->setOutcomeTopics({QString(500, u'x')});
    ASSERT_FALSE(tooLong);
    EXPECT_EQ(tooLong.error().code, ErrorCode::InvalidArgument);

    reopen();
    EXPECT_EQ(*m_service->outcomeTopics(),
              (QStringList{QStringLiteral("Osamělost"), QStringLiteral("Škola")}));
}

TEST_F(SessionServiceTest, RandomInputNeverBreaksTheRules)
{
    // Seeded, so a failure can be reproduced: digits, letters with diacritics, spaces,
    // punctuation, control characters, surrogate halves and emoji in random mixes.
    QRandomGenerator random(20260302);
    const QString pool = QStringLiteral("0123456789 /+-.,@ aáčďeéěiíňoóřšťuúůyýžAČŘŠŽKLMN\n\t");
    const Contact contact = open();
    int saved = 0;
    for (int round = 0; round < 150; ++round) {
        QString text;
        const int length = random.bounded(1, 120);
        for (int i = 0; i < length; ++i) {
            switch (random.bounded(12)) {
            case 0:
                text += QChar(char16_t(random.bounded(0, 32)));
                break;
            case 1:
                text += QChar(char16_t(random.bounded(0xD800, 0xE000)));
                break;
            case 2:
                text += QStringLiteral("😀");
                break;
            default:
                text += pool.at(random.bounded(int(pool.size())));
            }
        }
        const Author author = round % 2 ? Author::Worker : Author::Client;
        const auto turn = m_service->addTurn(contact.id, author, text, round % 3 == 0);
        if (turn) {
            ++saved;
            EXPECT_EQ(turn->turn.redactedKinds.size(), turn->analysis.pii.size());
        } else {
            EXPECT_EQ(turn.error().code, ErrorCode::InvalidArgument);
        }
        (void)m_service->checkPseudonym(text);
        (void)m_service->stopTopic(contact.id, text);
    }
    EXPECT_GT(saved, 100);
    EXPECT_EQ(turnsOf(contact.id).size(), saved);
    EXPECT_EQ(reread(contact.id).turnCount, saved);
}

} // namespace
