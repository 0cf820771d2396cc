#pragma once

// What one analysis of a text returns.
// The crisis detector, boundary checker and PII scrubber fill it; the referral
// planner, the CLI and (later) the conversation pane read it. Offsets are in
// UTF-16 code units of the analysed QString (QString indices); the CLI converts
// them to Unicode code points for its JSON.

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace kotva {

/// A half-open range [start, end) into the analysed QString.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

enum class RiskLevel { None, Concern, Acute };

enum class SignalKind {
    SuicidalThoughts,  ///< "nechci žít", thoughts of dying
    Plan,              ///< a plan or decision ("mám to promyšlené", "dopis na rozloučenou")
    Means,             ///< pills and doses, rope, bridge, blade, gas, rails, height
    AttemptInProgress, ///< "spolykala jsem", "právě jsem se pořezala", overdosed
    Goodbye,           ///< "sbohem", "poslední zpráva"
    SelfHarm,
    ViolenceNow, ///< someone is in danger from another person right now
    Violence,    ///< violence or abuse, not happening right now
    Hopelessness,
    ThirdPersonAtRisk,
    /// No words of the lexicons decided it, but the wording as a whole resembles messages
    /// rated concern (acute): the statistical safety net (RiskClassifier) raised the level.
    /// Its span is empty: it points at no words.
    ResemblesConcern,
    ResemblesAcute, ///< the last value (core/session/KindLists.cpp counts up to it)
};

struct CrisisSignal
{
    SignalKind kind;
    TextSpan span; ///< empty (start == end) for the Resembles… kinds
};

struct CrisisAssessment
{
    RiskLevel level = RiskLevel::None;
    /// The rules' signals sorted by start, then at most one Resembles… signal.
    QList<CrisisSignal> signals;
    /// The rules found words of a crisis signal (a goodbye, a dose taken, a threat, "end
    /// it" …) that no idiom, film or negation explains, whether or not they decided a level.
    /// Where they decided none, the safety net needs less to raise the message to acute
    /// (RiskClassifier::Thresholds::acuteOverSignalWords).
    bool signalWords = false;
};

enum class BoundaryRule {
    Diagnosis,
    Medication,
    Legal,
    Therapy,
    Decision,
    OnBehalf,
    PersonalData,
    PrivateContact,
    Confidentiality,
    /// A worker promising that something will work or giving advice as valid for everyone
    /// (seed 003: no universal or guaranteed advice). Worker drafts only; keep it last,
    /// KindLists reads the names up to the last rule.
    Guarantee,
};

inline constexpr std::array AllBoundaryRules{
    BoundaryRule::Diagnosis,    BoundaryRule::Medication,     BoundaryRule::Legal,
    BoundaryRule::Therapy,      BoundaryRule::Decision,       BoundaryRule::OnBehalf,
    BoundaryRule::PersonalData, BoundaryRule::PrivateContact, BoundaryRule::Confidentiality,
    BoundaryRule::Guarantee,
};

/// Who wrote the text: a worker's draft is checked for crossing the peer role, a
/// client's message for requests the service does not meet.
enum class Author { Client, Worker };

struct BoundaryFinding
{
    BoundaryRule rule;
    TextSpan span;
    QString explanation; ///< plain words, in the UI language
    QString suggestion;  ///< for client requests: why not, and where to go instead (seed 003)
    /// The lexicon's "answer" variant that decided the texts (BoundaryTexts), or empty: with
    /// it the answer can be given again in the contact's tykání or vykání.
    QString variant = {};
};

enum class PiiKind {
    BirthNumber,
    Phone,
    Email,
    BankAccount,
    Iban,
    Address,
    PostalCode,
    IdDocument,
    DataBox,
    DateOfBirth,
    Surname,
    // Extensions of the CLI contract (issue: PII the redaction misses); keep Handle last,
    // KindLists reads the names up to the last kind.
    Organisation, ///< a school, employer, hospital or a named shop at a named place
    VehiclePlate, ///< a Czech registration plate ("1AB 2345")
    Handle,       ///< a social-media handle or user name ("@jmeno", "kacka_02")
};

struct PiiFinding
{
    PiiKind kind;
    TextSpan span;
};

struct Analysis
{
    CrisisAssessment crisis;
    QList<BoundaryFinding> boundaries;
    QList<PiiFinding> pii;
    QString redacted; ///< the text with every PII span replaced by a marker such as "[telefon]"
};

/// Stable names used in the CLI JSON ("suicidal_thoughts", "on_behalf", "birth_number", …).
QString riskLevelName(RiskLevel level);
QString signalKindName(SignalKind kind);
QString boundaryRuleName(BoundaryRule rule);
QString piiKindName(PiiKind kind);
/// The rule of a boundaryRuleName(), or nothing.
std::optional<BoundaryRule> boundaryRuleNamed(const QString& name);

} // namespace kotva
