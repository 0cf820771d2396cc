#include "core/analysis/rules/CrisisDetector.h"

#include "core/analysis/rules/CrisisCategories.h"
#include "core/analysis/rules/RuleHits.h"

#include <algorithm>
#include <vector>

namespace kotva {

using rules::RuleHit;

namespace {

using namespace rules::crisis; // the categories and their questions

constexpr qsizetype MediaWindow = 6;
// Czech negates the verb itself ("nechci se zabít"): the act follows the negation directly.
constexpr qsizetype NegationWindow = 1;
constexpr qsizetype JumpWindow = 4;

struct SentenceFacts
{
    bool past = false;
    bool nowStrict = false;
    bool nowSoon = false;
    bool moment = false; ///< "před chvílí", "za chvíli": the time of a dose, not of a habit
    bool meansPresent = false;     ///< a means next to access ("mám doma prášky")
    bool positionPresent = false;  ///< a position at a place ("stojím na mostě")
    bool positionNow = false;      ///< the same in the present tense ("stojím", not "stála jsem")
    bool railsPresent = false;     ///< a position on rails or a ledge ("jsem na kolejích")
    bool ledgeOnly = false;        ///< ... a ledge and no rails ("jsem na jeřábu")
    bool harmMeansPresent = false; ///< a means only used to harm, at hand ("provaz mám v batohu")
    bool media = false; ///< news, a film, a book: "někdo skočil pod vlak, stojí doprava"
};

struct MessageFacts
{
    bool noPlan = false;
    bool benign = false;
    bool leaving = false;   ///< leaving a job, a group or a country: goodbyes are ordinary
    bool hunt = false;      ///< hunting or sport shooting: a gun and cartridges are ordinary
    bool jumpSport = false; ///< bungee, a parachute: a jump from a height is the sport
    bool silence = false;   ///< headphones, no signal, a flat battery: why no one answers
    bool now = false;
    bool plan = false;
    bool heightCue = false; ///< "dolů", "fouká", "nikdo tu není": a height as a scene, not a view
    bool alone = false;     ///< "až všichni usnou", "nikdo nebude doma": the others away
    bool meansPresent = false;
    bool positionPresent = false;
    bool pills = false;
    bool dose = false;
    bool pillDose = false;   ///< a dose that is not a drink ("30 prášků", not "láhev")
    bool vagueDose = false;  ///< "všechno": a dose only after swallowing
    bool singlePill = false; ///< "tu tabletku", "jeden prášek": one, as prescribed
    bool harmless = false;   ///< vitamins, a course of antibiotics finished
    bool bleeding = false;
    int danger = 0;
    bool violence = false;
    bool suicidal = false;         ///< any kept suicidal signal (for "end it", weak goodbyes)
    bool farewell = false;         ///< a goodbye of any kind, settled affairs included
    bool farewellMessage = false;  ///< several different ways of taking leave
    int farewells = 0;             ///< different, not overlapping, goodbyes and affairs
    bool poison = false;           ///< antifreeze, rat poison, bleach: never taken as medicine
    bool access = false;           ///< "mám", "koupil jsem", "leží": something at hand
    bool place = false;            ///< a height or rails named ("most ve Zlíně, dneska konec")
    bool vanish = false;           ///< "už se neozvu", "nehledejte mě"
    bool vanishKept = false;       ///< one of them that a trip or a move does not explain
    bool endIt = false;            ///< "dneska to skončí", "na to jdu"
    bool ingested = false;         ///< something swallowed or taken (not a future "vezmu je")
    bool symptom = false;          ///< how the body reacts ("zvracím", "točí se mi hlava")
    bool harmMeans = false;        ///< a blade, rope, weapon or gas named anywhere
    bool firearm = false;          ///< a gun named anywhere ("je na chatě s flintou")
    bool harmMeansPresent = false; ///< one of them at hand in a sentence
    bool railsPosition = false;    ///< rails and someone's position there ("budu tam stát")
};

/// A laughing or grinning face (😀 to 😆, 😜, 😝, 🤣, 😹). Read from the original text:
/// folding turns every emoji into a separator.
bool hasLaughingFace(QStringView original)
{
    for (qsizetype i = 0; i + 1 < original.size(); ++i) {
        // Every face is in the plane whose high surrogates are U+D83D and U+D83E.
        const char16_t high = original.at(i).unicode();
        if ((high != 0xD83D && high != 0xD83E) || !original.at(i + 1).isLowSurrogate())
            continue;
        const char32_t c = QChar::surrogateToUcs4(original.at(i), original.at(i + 1));
        if ((c >= 0x1F600 && c <= 0x1F606) || c == 0x1F61C || c == 0x1F61D || c == 0x1F923 ||
            c == 0x1F639)
            return true;
    }
    return false;
}

/// A dose is "30 prášků" (from MinimumNumericDose on) or a quantity word ("celou krabičku").
bool isDose(const RuleHit& hit, const NormalisedText& text)
{
    // A count of packs ("2 platy", "tři krabičky") is a dose at any number.
    if (!text.isNumber(hit.first) || hit.kindIs(QLatin1String("container")))
        return true;
    bool ok = false;
    const int count = text.word(hit.first).toInt(&ok);
    return !ok || count >= CrisisDetector::MinimumNumericDose;
}

/// "láhev", "flašku vodky", "chlast": a drink counts as a dose only beside pills.
bool isDrink(const RuleHit& hit, const NormalisedText& text)
{
    for (qsizetype i = hit.first; i < hit.end; ++i) {
        const QStringView word = text.word(i);
        if (word.startsWith(QLatin1String("lahv")) || word.startsWith(QLatin1String("lahev")) ||
            word.startsWith(QLatin1String("flas")) || word.startsWith(QLatin1String("chlast")) ||
            word.startsWith(QLatin1String("vodk")) || word.startsWith(QLatin1String("vin")))
            return true;
    }
    return false;
}

/// An l-participle ("stála", "vylezl", "byli") puts a position in the past, where a tense
/// word such as "loni" may be missing ("dneska jsem byla na střeše na vyhlídce").
bool saysPastTense(const RuleHit& hit, const NormalisedText& text)
{
    // The participle may come just before: "Zalévala jsem kytky na balkóně". Not across a
    // full stop: "Tak jsem se konečně odhodlal. Stojím na tom mostě." stands there now.
    const bool sentenceStarts =
        hit.first == 0 || (text.tokens()[std::size_t(hit.first)].traits & Token::SentenceEndBefore);
    for (qsizetype i = sentenceStarts ? hit.first : hit.first - 1; i < hit.end; ++i) {
        const QStringView word = text.word(i);
        if (word.size() < 3)
            continue;
        const QChar last = word.back();
        const QChar beforeLast = word.at(word.size() - 2);
        if (last == u'l' ||
            (beforeLast == u'l' && (last == u'a' || last == u'o' || last == u'i' || last == u'y')))
            return true;
    }
    return false;
}

class Assessment
{
public:
    Assessment(const NormalisedText& text, QList<RuleHit> hits)
        : m_text(text)
        , m_hits(std::move(hits))
        , m_ranges(rules::sentenceRanges(m_hits))
        , m_facts(m_hits.isEmpty() ? 0 : std::size_t(m_hits.last().sentence) + 1)
        , m_plannedWithTime(hasPlan() && has(Now))
        , m_despairWithTime((has(Hopeless) || has(DeathWish)) && has(Now))
        , m_ultimatum(m_plannedWithTime && hasUltimatum())
    {}

    CrisisAssessment run()
    {
        for (const rules::SentenceRange& range : std::as_const(m_ranges))
            prepareSentence(range);
        gatherMessageFacts();
        for (const rules::SentenceRange& range : std::as_const(m_ranges))
            for (qsizetype i = range.begin; i < range.end; ++i)
                decide(i, range);
        decideHeightWithTime();
        decideDoseWithTime();
        decidePlanForWhenAlone();
        decideMeansAndTimeAlone();
        decideHarmMeansAtHandWithTime();
        decideShortAnswerAtAPlace();
        decideShortAnswerWithADose();
        m_result.signalWords = std::any_of(m_hits.cbegin(), m_hits.cend(), [](const RuleHit& hit) {
            return !hit.dropped && isSignal(hit.category);
        });
        QList<CrisisSignal>& signalList = m_result.signals;
        std::sort(signalList.begin(), signalList.end(),
                  [](const CrisisSignal& a, const CrisisSignal& b) {
                      if (a.span.start != b.span.start)
                          return a.span.start < b.span.start;
                      return a.kind != b.kind ? int(a.kind) < int(b.kind) : a.span.end < b.span.end;
                  });
        signalList.erase(std::unique(signalList.begin(), signalList.end(),
                                     [](const CrisisSignal& a, const CrisisSignal& b) {
                                         return a.kind == b.kind && a.span == b.span;
                                     }),
                         signalList.end());
        return m_result;
    }

private:
    /// Suppression inside one sentence (idioms, media, negation, jumps without a place)
    /// and the sentence's context facts.
    void prepareSentence(const rules::SentenceRange& range)
    {
        SentenceFacts& f = m_facts[std::size_t(range.sentence)];
        bool access = false;
        bool position = false;
        bool means = false;
        bool place = false;
        bool rails = false;
        bool ledge = false;
        bool harm = false;
        for (qsizetype i = range.begin; i < range.end; ++i) {
            const RuleHit& hit = m_hits.at(i);
            switch (hit.category) {
            case Past:
                f.past = true;
                break;
            case Now:
                if (hit.kindIs(QLatin1String("moment")))
                    f.moment = f.nowSoon = true; // strict where now.strict says so too
                else
                    (hit.kindIs(QLatin1String("strict")) ? f.nowStrict : f.nowSoon) = true;
                break;
            case Access:
                access = true;
                break;
            case Position:
                position = true;
                break;
            case Means:
                means = true;
                place = place || isPlaceKind(hit);
                harm = harm || isHarmKind(hit);
                // Standing on rails or on a ledge, or in water with stones in one's pockets,
                // is dangerous whatever else is said.
                rails = rails || hit.kindIs(QLatin1String("rails")) ||
                        hit.kindIs(QLatin1String("weighted"));
                ledge = ledge || hit.kindIs(QLatin1String("ledge"));
                break;
            case Idiom:
                // "Jestli mi do půlnoci nikdo neodepíše, tak skočím z okna": a deadline for an
                // answer makes a figure of speech a threat.
                if (!m_ultimatum)
                    dropOverlapping(hit, range);
                break;
            case Media:
                f.media = true;
                dropAfter(hit, range, MediaWindow, false);
                break;
            case Negation:
                // "nechci" inside "nechci žít" is the signal itself, not a negation of the next
                // act.
                if (!overlapsSignal(hit, range))
                    dropAfter(hit, range, NegationWindow, true);
                break;
            default:
                break;
            }
        }
        f.meansPresent = means && access;
        f.positionPresent = position && place;
        f.positionNow = !f.past && !f.media && hasPositionNowAtPlace(range);
        f.railsPresent = position && (rails || ledge) && !f.media;
        f.ledgeOnly = f.railsPresent && !rails;
        f.harmMeansPresent = harm && access;
        for (qsizetype i = range.begin; i < range.end; ++i)
            if (m_hits.at(i).category == Jump && !nearPlace(i, range) && !m_plannedWithTime &&
                !m_despairWithTime)
                m_hits[i].dropped = true;
    }

    /// A plan other than a height cue (those only colour a position, see heightCue).
    [[nodiscard]] bool hasPlan() const
    {
        return std::any_of(m_hits.cbegin(), m_hits.cend(), [](const RuleHit& hit) {
            return hit.category == Plan && !isHeightCue(hit);
        });
    }

    [[nodiscard]] static bool isHeightCue(const RuleHit& hit)
    {
        return hit.kindIs(QLatin1String("height"));
    }

    [[nodiscard]] bool hasUltimatum() const
    {
        return std::any_of(m_hits.cbegin(), m_hits.cend(), [](const RuleHit& hit) {
            return hit.category == Plan && hit.kindIs(QLatin1String("ultimatum"));
        });
    }

    [[nodiscard]] bool hasBenignIn(qsizetype sentence) const
    {
        return std::any_of(m_hits.cbegin(), m_hits.cend(), [sentence](const RuleHit& hit) {
            return hit.category == Benign && hit.sentence == sentence;
        });
    }

    [[nodiscard]] bool has(Cat category) const
    {
        return std::any_of(m_hits.cbegin(), m_hits.cend(),
                           [category](const RuleHit& hit) { return hit.category == category; });
    }

    bool overlapsSignal(const RuleHit& cue, const rules::SentenceRange& range) const
    {
        for (qsizetype i = range.begin; i < range.end; ++i)
            if (isSignal(m_hits.at(i).category) && m_hits.at(i).category != Act &&
                m_hits.at(i).category != EndIt && m_hits.at(i).overlaps(cue))
                return true;
        return false;
    }

    void dropOverlapping(const RuleHit& idiom, const rules::SentenceRange& range)
    {
        for (qsizetype i = range.begin; i < range.end; ++i)
            if (isSignal(m_hits.at(i).category) && m_hits.at(i).overlaps(idiom))
                m_hits[i].dropped = true;
    }

    /// Media words drop every signal right after them; a negation only intent
    /// (acts, jumps, "end it"), which then stays a thought (m_negated).
    void dropAfter(const RuleHit& cue, const rules::SentenceRange& range, qsizetype window,
                   bool negation)
    {
        for (qsizetype i = range.begin; i < range.end; ++i) {
            RuleHit& hit = m_hits[i];
            if (!isSignal(hit.category) || hit.first < cue.first || hit.first - cue.end > window)
                continue;
            if (!negation) {
                hit.dropped = true;
            } else if (hit.category == Act || hit.category == Jump || hit.category == EndIt) {
                if (!hit.dropped && hit.category == Act)
                    m_negatedActs.append(i);
                hit.dropped = true;
            }
        }
    }

    /// "Stojím nad lomem", "sedím na kraji parkovacího domu": the writer's present position
    /// next to the place, not one a few words away ("jsem na intru a spolubydlící otevírá
    /// okno").
    bool hasPositionNowAtPlace(const rules::SentenceRange& range) const
    {
        for (qsizetype p = range.begin; p < range.end; ++p) {
            const RuleHit& position = m_hits.at(p);
            if (position.category != Position || saysPastTense(position, m_text))
                continue;
            for (qsizetype i = range.begin; i < range.end; ++i) {
                const RuleHit& hit = m_hits.at(i);
                if (hit.category == Means && isPlaceKind(hit) &&
                    hit.first - position.end <= JumpWindow &&
                    position.first - hit.end <= JumpWindow)
                    return true;
            }
        }
        return false;
    }

    bool nearPlace(qsizetype jump, const rules::SentenceRange& range) const
    {
        const RuleHit& j = m_hits.at(jump);
        for (qsizetype i = range.begin; i < range.end; ++i) {
            const RuleHit& hit = m_hits.at(i);
            if (hit.category == Means && isPlaceKind(hit) && hit.first - j.end <= JumpWindow &&
                j.first - hit.end <= JumpWindow)
                return true;
        }
        // "Jsem na nádraží a za deset minut jede rychlík. Skočím pod něj.": the place was
        // named a sentence before; jumps to the shop are excepted in the lexicon.
        for (const RuleHit& hit : std::as_const(m_hits))
            if (hit.category == Means &&
                (isPlaceKind(hit) || hit.kindIs(QLatin1String("vehicle"))) &&
                !facts(hit.sentence).past)
                return true;
        return false;
    }

    [[nodiscard]] const SentenceFacts& facts(qsizetype sentence) const
    {
        return m_facts[std::size_t(sentence)];
    }

    /// Someone at the door or on the way is a visit, and fear alone is a feeling. Someone
    /// here beside fear, a danger phrase or violence is a person in danger now ("už zase
    /// zvoní, hodinu. bojím se"; "sedí v autě naproti práci, má zákaz přiblížení"; "minule mi
    /// zlomil nos. jede sem"), and so is fear beside someone here or a danger phrase
    /// ("rozbil dveře od ložnice, bojím se"): each then counts as one danger phrase. A
    /// phrase that is both someone here and a danger phrase ("bouchá na dveře") counts once.
    /// Otherwise both are dropped, and they are no words of a crisis signal either.
    void weighPresenceAndFear()
    {
        const auto isWeak = [](const RuleHit& hit) {
            return hit.category == Danger &&
                   (hit.kindIs(QLatin1String("presence")) || hit.kindIs(QLatin1String("fear")));
        };
        const auto isStrong = [&](const RuleHit& hit) {
            return hit.category == Danger && !hit.dropped && !isWeak(hit);
        };
        const auto overlapsStrong = [&](const RuleHit& weak) {
            return std::any_of(m_hits.cbegin(), m_hits.cend(), [&](const RuleHit& hit) {
                return isStrong(hit) && hit.first < weak.end && weak.first < hit.end;
            });
        };
        bool presence = false;
        bool fear = false;
        bool dangerNow = false; // a danger phrase in a sentence not told in the past
        for (const RuleHit& hit : std::as_const(m_hits)) {
            if (isStrong(hit)) {
                const SentenceFacts& f = facts(hit.sentence);
                dangerNow = dangerNow || !f.past || f.nowStrict;
            }
            if (!isWeak(hit) || hit.dropped || overlapsStrong(hit))
                continue;
            presence = presence || hit.kindIs(QLatin1String("presence"));
            fear = fear || hit.kindIs(QLatin1String("fear"));
        }
        const bool presenceCounts =
            presence && (fear || m_message.danger > 0 || m_message.violence);
        // Fear of what was ("minulý týden rozbil dveře, mám strach, co bude") is no danger
        // now: beside a danger phrase, only one not told in the past.
        const bool fearCounts = fear && (presence || dangerNow);
        m_message.danger += int(presenceCounts) + int(fearCounts);
        for (RuleHit& hit : m_hits)
            if (isWeak(hit) &&
                !(hit.kindIs(QLatin1String("presence")) ? presenceCounts : fearCounts))
                hit.dropped = true;
    }

    void gatherMessageFacts()
    {
        for (const SentenceFacts& f : std::as_const(m_facts)) {
            m_message.now = m_message.now || ((f.nowStrict || f.nowSoon) && !f.past);
            m_message.meansPresent = m_message.meansPresent || f.meansPresent;
            m_message.positionPresent = m_message.positionPresent || f.positionPresent;
            m_message.harmMeansPresent = m_message.harmMeansPresent || f.harmMeansPresent;
        }
        bool rails = false;
        bool position = false;
        for (const RuleHit& hit : std::as_const(m_hits)) {
            switch (hit.category) {
            case NoPlan:
                m_message.noPlan = true;
                break;
            case Benign:
                m_message.benign = true;
                m_message.leaving = m_message.leaving || hit.kindIs(QLatin1String("leaving"));
                m_message.hunt = m_message.hunt || hit.kindIs(QLatin1String("hunt"));
                m_message.jumpSport = m_message.jumpSport || hit.kindIs(QLatin1String("sport"));
                m_message.silence = m_message.silence || hit.kindIs(QLatin1String("silence"));
                break;
            case Plan:
                if (isHeightCue(hit)) {
                    m_message.heightCue = true;
                    break;
                }
                m_message.plan = true;
                m_message.alone = m_message.alone || hit.kindIs(QLatin1String("alone"));
                break;
            case Means:
                m_message.poison = m_message.poison || hit.kindIs(QLatin1String("poison"));
                m_message.pills = m_message.pills || hit.kindIs(QLatin1String("pills")) ||
                                  hit.kindIs(QLatin1String("poison"));
                m_message.harmMeans = m_message.harmMeans || isHarmKind(hit);
                m_message.firearm = m_message.firearm || hit.entry->flag(QLatin1String("firearm"));
                m_message.place = m_message.place || isPlaceKind(hit);
                rails = rails || (hit.kindIs(QLatin1String("rails")) && !facts(hit.sentence).past &&
                                  !facts(hit.sentence).media);
                break;
            case Position:
                position = position || !facts(hit.sentence).past;
                break;
            case Ingest:
                m_message.ingested =
                    m_message.ingested || (!hit.dropped && !hit.kindIs(QLatin1String("future")) &&
                                           !hit.kindIs(QLatin1String("intent")));
                break;
            case Unresponsive:
                m_message.symptom =
                    m_message.symptom || (!hit.dropped && hit.kindIs(QLatin1String("symptom")));
                break;
            case Access:
                m_message.access = true;
                break;
            case Vanish:
                m_message.vanish = m_message.vanish || !hit.dropped;
                break;
            case EndIt:
                m_message.endIt = m_message.endIt || !hit.dropped;
                break;
            case Dose:
                if (hit.kindIs(QLatin1String("vague")))
                    m_message.vagueDose = true;
                else if (hit.kindIs(QLatin1String("single")))
                    m_message.singlePill = true;
                else if (hit.kindIs(QLatin1String("harmless")))
                    m_message.harmless = true;
                else if (isDose(hit, m_text)) {
                    m_message.dose = true;
                    m_message.pillDose = m_message.pillDose || !isDrink(hit, m_text);
                }
                break;
            case Bleeding:
                m_message.bleeding = !hit.dropped || m_message.bleeding;
                break;
            case Violence:
                m_message.violence = m_message.violence || !hit.dropped;
                break;
            case Danger:
                // Someone here and fear count only together (weighPresenceAndFear).
                if (!hit.kindIs(QLatin1String("presence")) && !hit.kindIs(QLatin1String("fear")))
                    m_message.danger += hit.dropped ? 0 : 1;
                break;
            default:
                break;
            }
        }
        weighPresenceAndFear();
        // Standing at rails is as dangerous in the next sentence ("v 22:40 jede rychlík přes
        // náš přejezd. Budu tam stát.").
        m_message.railsPosition = rails && position;
        // Leaving a job or a group makes a goodbye ordinary ("sbohem, od pondělí nastupuju
        // jinam"), unless a means to harm is named beside it.
        m_message.leaving = m_message.leaving && !m_message.harmMeans;
        int farewells = 0;
        qsizetype farewellEnd = 0;
        // A trip or a move explains "už tu nebudu" and "díky za všechno" — unless a means to
        // harm is at hand ("v pátek koupím lano a pojedu na chatu, tam mě nikdo hledat nebude").
        // Nor does it explain a goodbye beside a gun, away from a hunt.
        const bool explained = m_message.benign && !m_message.harmMeansPresent &&
                               !(m_message.firearm && !m_message.hunt);
        for (RuleHit& hit : m_hits) {
            if (explained && (hit.category == Vanish ||
                              (hit.category == Goodbye && hit.kindIs(QLatin1String("weak")))))
                hit.dropped = true;
            if (!hit.dropped && hit.category == Vanish)
                m_message.vanishKept = true;
            if (!hit.dropped && hit.category == Goodbye) {
                m_message.farewell = true;
                if (hit.first >= farewellEnd) { // a different, not overlapping, goodbye
                    ++farewells;
                    farewellEnd = hit.end;
                }
            }
            if (!hit.dropped && isSuicidal(hit.category) && !isSoftGoodbye(hit, m_message.leaving))
                m_message.suicidal = true;
        }
        m_message.suicidal = m_message.suicidal || !m_negatedActs.isEmpty();
        // Three different ways of taking leave in one message are a goodbye message
        // ("Loučím se. Klíče jsou pod rohožkou. Díky za všechno a nezlobte se.").
        m_message.farewells = farewells;
        // A weapon beside two ways of taking leave is no trip ("psa jsem dal bráchovi, byt
        // vyklidil ... v pátek na chatě, pistoli mám po dědovi").
        m_message.farewellMessage =
            !m_message.leaving &&
            ((farewells >= 3 && !m_message.benign) ||
             (farewells >= 2 && (m_message.meansPresent || m_message.harmMeans)));
    }

    void emit(SignalKind kind, TextSpan span, RiskLevel level)
    {
        // Duplicates are removed once at the end: a long text may carry many signals.
        m_result.signals.append(CrisisSignal{kind, span});
        m_result.level = std::max(m_result.level, level);
    }

    /// Headphones, no signal or a flat battery, and nothing suicidal, violent, final or at
    /// hand: someone who does not answer is not in danger for that.
    bool silenceExplained() const
    {
        return m_message.silence && !m_message.suicidal && !m_message.violence &&
               !m_message.farewell && !m_message.endIt && !m_message.harmMeansPresent &&
               !m_message.ingested;
    }

    /// Intent is acute with a time, a plan, a means at hand or a dangerous position.
    bool intentRaised() const
    {
        return m_message.now || m_message.plan || m_message.meansPresent ||
               m_message.positionPresent;
    }

    /// "Tenhle týden mám tolik práce, že se asi zastřelím 😅": words of intent beside a
    /// laughing face and nothing else of a crisis (no means, height, dose, goodbye or danger)
    /// are a figure of speech. They stay a concern, never none: a laugh may be a nervous one.
    [[nodiscard]] bool laughedOff() const
    {
        // The text is read for the face last, and only here: most messages never ask.
        return !m_message.meansPresent && !m_message.harmMeansPresent &&
               !m_message.positionPresent && !m_message.place && !m_message.pills &&
               !m_message.ingested && !m_message.bleeding && m_message.danger == 0 &&
               !m_message.farewell && hasLaughingFace(m_text.original());
    }

    /// No suicidal word but jumps: no act, thought, wish, goodbye, vanishing or "end it".
    [[nodiscard]] bool onlyJumps() const
    {
        for (const RuleHit& hit : std::as_const(m_hits))
            if (!hit.dropped && hit.category != Jump && isSuicidal(hit.category))
                return false;
        return !m_message.endIt && !m_message.farewell;
    }

    /// A plan is itself intent beside a means only used to harm, a lethal dose at hand, pills
    /// at hand and a time ("naplánovala jsem to na pátek večer, prášky schovávám") or a
    /// position at a height ("stojím na mostě a dívám se dolů").
    bool planAtHand() const
    {
        return m_message.harmMeansPresent || m_message.positionPresent ||
               ((m_message.meansPresent || m_message.access) && m_message.pills &&
                (m_message.dose || m_message.now));
    }

    /// The context that makes an acute intent: plans and means become signals too.
    void emitContext(RiskLevel level)
    {
        if (m_contextEmitted)
            return;
        m_contextEmitted = true;
        for (const RuleHit& hit : std::as_const(m_hits)) {
            if (hit.category == Plan)
                emit(SignalKind::Plan, hit.span, level);
            else if (hit.category == Means &&
                     (facts(hit.sentence).meansPresent || facts(hit.sentence).positionPresent ||
                      facts(hit.sentence).railsPresent))
                emit(SignalKind::Means, hit.span, level);
        }
    }

    void decide(qsizetype index, const rules::SentenceRange& range)
    {
        const RuleHit& hit = m_hits.at(index);
        const SentenceFacts& f = facts(hit.sentence);
        const bool past = f.past && !f.nowStrict;
        const bool capIntent = past || m_message.noPlan;
        const auto level = [](bool acute) { return acute ? RiskLevel::Acute : RiskLevel::Concern; };
        const qsizetype before = m_result.signals.size();

        if (hit.category == Act && m_negatedActs.contains(index)) {
            emit(SignalKind::SuicidalThoughts, hit.span, RiskLevel::Concern);
            markThirdPerson(index, range, before);
            return;
        }
        // A plan next to a means that only harms, at hand: no word like "zabít" is needed
        // ("provaz už visí v garáži, stolička pod ním").
        // "Vím přesně kde a kdy. Zítra ve 4 ráno, most u Brna.": a resolved plan with a
        // place or a means and a time is intent, though no act is named.
        const bool resolved = hit.kindIs(QLatin1String("resolve")) && m_message.now &&
                              (m_message.place || m_message.harmMeans || m_message.pills);
        // A hunt explains a gun cleaned and cartridges bought for tomorrow, unless the
        // message says something suicidal too.
        // So does work or a sport in the plan's own sentence ("opravuju anténu hned teď, než
        // přijde ta bouřka"; "mám natažený lano, slackline").
        // Asked last: a sentence's hits are looked through only for a plan at hand.
        if (hit.category == Plan && !isHeightCue(hit) && (planAtHand() || resolved) && !capIntent &&
            !((m_message.hunt || hasBenignIn(hit.sentence)) && !m_message.suicidal)) {
            emit(SignalKind::Plan, hit.span, RiskLevel::Acute);
            emitContext(RiskLevel::Acute);
            return;
        }
        // Asked last, as the plan's: work beside rails or a ledge explains them (below).
        const auto atWork = [&] { return !m_message.suicidal && hasBenignIn(hit.sentence); };
        if (hit.category == Means && hit.kindIs(QLatin1String("rails")) &&
            m_message.railsPosition && !past && !atWork()) {
            emit(SignalKind::Means, hit.span, RiskLevel::Acute);
            return;
        }
        // A ledge at work is a workplace ("pracuju na jeřábu, dneska je výhled až na Sněžku");
        // the writer's own shift in another sentence explains no one else's ledge. So is a
        // level crossing to a signalman, when nothing in the message is suicidal ("Jsem
        // výpravčí a dneska na přejezdu u nás zase někdo projel na červenou").
        if (hit.category == Means && f.railsPresent &&
            !(f.ledgeOnly ? hasBenignIn(hit.sentence) : atWork())) {
            emit(SignalKind::Means, hit.span, level(!past));
            return;
        }
        // Stones in one's pockets serve nothing but drowning ("mám kapsy plný kamení"), unless
        // the sentence tells a film or a book ("si plní kapsy kameny a vchází do řeky, a celý
        // film je pak ...").
        if (hit.category == Means && hit.kindIs(QLatin1String("weighted")) && f.harmMeansPresent &&
            !past && !f.media) {
            emit(SignalKind::Means, hit.span, RiskLevel::Acute);
            return;
        }
        if (hit.dropped || !isSignal(hit.category))
            return;

        switch (hit.category) {
        case Act:
        case Jump:
        case Vanish: {
            // A bungee jump or a parachute explains a jump from a bridge with a date, when
            // nothing else in the message is suicidal ("v sobotu v deset skočím z výšky přes
            // padesát metrů, lano je prý dimenzované na tunu").
            if (hit.category == Jump && m_message.jumpSport && onlyJumps())
                break;
            // Vanishing with a goodbye is a goodbye message ("díky za všechno, už se neozvu").
            const bool farewell = hit.category == Vanish && m_message.farewell;
            const bool acute = (intentRaised() || farewell) && !capIntent && !laughedOff();
            emit(SignalKind::SuicidalThoughts, hit.span, level(acute));
            if (acute)
                emitContext(RiskLevel::Acute);
            break;
        }
        case Thought:
        case DeathWish:
        case Hopeless: {
            // Means or a position, or a plan beside a goodbye ("mějte se, jdu spát a už se
            // nechci vzbudit, tentokrát si to pojistím").
            // Or a decision with a time ("rozhodl jsem se ... a už nevstanu. Dnes v noci."),
            // or all of something just taken ("dal jsem si naráz všechno ... nechci se
            // probudit").
            const bool taken = m_message.ingested && (m_message.dose || m_message.vagueDose);
            const bool acute = (m_message.meansPresent || m_message.positionPresent ||
                                (m_message.plan && (m_message.farewell || m_message.now)) ||
                                (taken && hit.category != Hopeless)) &&
                               !capIntent;
            emit(hit.category == Hopeless ? SignalKind::Hopelessness : SignalKind::SuicidalThoughts,
                 hit.span, level(acute));
            if (acute)
                emitContext(RiskLevel::Acute);
            break;
        }
        case EndIt: {
            // Beside a goodbye, a plan or a height "end it" is intent; beside leaving a job
            // ("zítra to udělám, podám výpověď, mám to promyšlené") it is not.
            const bool context =
                !m_message.leaving && (m_message.farewell || m_message.plan || m_message.place);
            if (!m_message.suicidal && !m_message.meansPresent && !m_message.positionPresent &&
                !context)
                break; // "dneska to s ním skončím"
            // "Tak tohle je konec, mami, tati, promiňte": ending it beside a goodbye.
            const bool acute =
                (intentRaised() || m_message.farewell) && !capIntent && !laughedOff();
            emit(SignalKind::Plan, hit.span, level(acute));
            if (acute)
                emitContext(RiskLevel::Acute);
            break;
        }
        case SelfHarm:
            emit(SignalKind::SelfHarm, hit.span,
                 level((f.nowStrict || m_message.bleeding) && !past));
            break;
        case Goodbye:
            if (isSoftGoodbye(hit, m_message.leaving)) {
                // "Díky za všechno" or debts paid mean a goodbye only beside other words.
                // A vanishing explained by leaving ("můj poslední den v kanceláři") makes no
                // goodbye beside it one.
                // Pills counted out at hand are the words beside it too ("léky na srdce mám
                // všechny odpočítané na talířku. Nezlob se. Tvůj táta.").
                const bool dosedAtHand = m_message.meansPresent && m_message.pills &&
                                         (m_message.dose || m_message.vagueDose);
                // A plan beside leaving is the leaving party's ("dopsala jsem dopis na
                // rozloučenou pro kolegyni, co odchází do důchodu").
                const bool plan = m_message.plan && !m_message.leaving;
                // So is a means that only harms, at hand ("zaplatil všechny účty ... Provaz
                // mám koupený").
                // And a gun named anywhere but at a hunt: someone who takes leave with a gun
                // beside them is not going on a trip ("tchán je na chatě s flintou, volal
                // ženě, že se s ní loučí").
                const bool armed = m_message.firearm && !m_message.hunt;
                if (!m_message.suicidal && !m_message.vanishKept && !m_message.endIt &&
                    !m_message.positionPresent && !m_message.farewellMessage && !plan &&
                    !dosedAtHand && !m_message.harmMeansPresent && !armed)
                    break;
                const bool affairs = hit.kindIs(QLatin1String("affairs"));
                emit(SignalKind::Goodbye, hit.span,
                     level(!past && (!affairs || m_message.now || m_message.vanish ||
                                     m_message.endIt || m_message.farewells >= 2)));
                break;
            }
            emit(SignalKind::Goodbye, hit.span, level(!past));
            break;
        case Attempt:
            if (hit.kindIs(QLatin1String("overdose")) ? !past : (f.nowStrict && !past))
                emit(SignalKind::AttemptInProgress, hit.span, RiskLevel::Acute);
            else
                emit(SignalKind::SuicidalThoughts, hit.span, RiskLevel::Concern);
            break;
        case Ingest: {
            // "večer ho vypiju": intent with a means. "Dnes si vezmu ty prášky" is ordinary
            // medicine unless a dose is named ("je jich asi šedesát").
            const bool intent = hit.kindIs(QLatin1String("intent"));
            if (hit.kindIs(QLatin1String("future")) || intent) {
                // "nechala mi prášky na alergii, ať si je vezmu": medicine as prescribed.
                // A goodbye letter beside them is no prescription ("už jsem napsal dopis
                // našim. večer si vezmu ty prášky").
                const bool besideAGoodbye =
                    m_message.farewell && !m_message.leaving && !m_message.benign;
                if (!m_message.pills || (intent && !m_message.dose && !besideAGoodbye) ||
                    (m_message.singlePill && !m_message.dose && !m_message.vagueDose))
                    break;
                const bool acute = intentRaised() && !capIntent;
                emit(SignalKind::SuicidalThoughts, hit.span, level(acute));
                if (acute)
                    emitContext(RiskLevel::Acute);
                break;
            }
            // "Vzala jsem si" is ordinary; with pills and a dose or a body's reaction it is
            // an overdose ("vzal jsem ty prášky, celou krabičku", "po těch prášcích zvracím").
            // A poison never taken as medicine is an attempt once swallowed at all.
            // All the vitamins, or the last pill of a course of antibiotics, are no overdose
            // ("vzal jsem je všechny najednou, céčko, déčko, hořčík"), unless the message is
            // suicidal or the body reacts.
            if (m_message.harmless && !m_message.suicidal && !m_message.symptom &&
                !m_message.poison)
                break;
            const bool weakTaken =
                m_message.poison ||
                (m_message.pills &&
                 (m_message.dose || m_message.vagueDose || m_message.symptom ||
                  m_message.farewell || m_message.suicidal || m_message.vanish || m_message.endIt));
            // One tablet named as one ("spolkla jsem tu tabletku železa") is medicine.
            // A bottle of wine washed down is a party, not an overdose ("zapila jsem to vínem,
            // láhev je prázdná, holky, byl to super večer"), unless pills are named.
            const bool taken = hit.kindIs(QLatin1String("strong"))
                                   ? (m_message.pillDose || (m_message.dose && m_message.pills) ||
                                      m_message.vagueDose ||
                                      ((m_message.pills || m_message.symptom) &&
                                       (!m_message.singlePill || m_message.suicidal)))
                                   : weakTaken;
            if (!taken)
                break;
            emit(past ? SignalKind::SuicidalThoughts : SignalKind::AttemptInProgress, hit.span,
                 level(!past));
            break;
        }
        case Bleeding:
            // Bleeding beside a wish to die, or after an attack ("bodla mě do břicha").
            if (hit.kindIs(QLatin1String("severe")) || m_message.suicidal || m_message.violence)
                emit(SignalKind::AttemptInProgress, hit.span, level(!past));
            break;
        case GasOpen:
            emit(SignalKind::AttemptInProgress, hit.span, level(!past));
            break;
        case Unresponsive:
            if (hit.kindIs(QLatin1String("symptom"))) {
                // Sick after a dose swallowed, or after pills beside suicidal words: the attempt
                // is on. One iron tablet that upsets the stomach is not. A dose of pills named
                // beside the body's reaction needs no verb ("asi třicet paralenů, před hodinou.
                // teď je mi blbě").
                // Pills beside a goodbye and the body's reaction need no verb or dose either
                // ("nechala jsem odemčeno, ať to mají jednoduchý. ty prášky už berou, tělo mi
                // těžkne").
                // "mamky prasky na spani, vsechny. toci se mi hlava": all of them is a dose
                // here, beside the body's reaction.
                const bool dosed = m_message.pills && (m_message.dose || m_message.vagueDose);
                const bool takenLeaving =
                    m_message.pills &&
                    (m_message.farewell || m_message.endIt || m_message.vanishKept);
                if (((m_message.ingested || dosed) && (m_message.dose || m_message.vagueDose ||
                                                       (m_message.pills && m_message.suicidal))) ||
                    takenLeaving)
                    emit(SignalKind::AttemptInProgress, hit.span, level(!past));
                break;
            }
            // Headphones or no signal explain the silence when nothing else in the message is
            // dangerous ("nebere telefon, je na rybách a tam není signál").
            if (silenceExplained())
                break;
            // Not responding after something swallowed ("spolkla něco neznámýho, nereaguje").
            if (hit.kindIs(QLatin1String("severe")) || m_message.suicidal || m_message.pills ||
                m_message.ingested || m_message.farewell || m_message.danger > 0 ||
                m_message.harmMeans || m_message.endIt || m_message.vanish || m_message.violence ||
                m_message.positionPresent) {
                emit(SignalKind::AttemptInProgress, hit.span, level(!past));
                emit(SignalKind::ThirdPersonAtRisk, hit.span, level(!past));
            }
            break;
        case Violence: {
            const bool now = (f.nowStrict || m_message.danger > 0) && !past;
            emit(now ? SignalKind::ViolenceNow : SignalKind::Violence, hit.span, level(now));
            break;
        }
        case Danger: {
            // A pistol at a shooting range is sport ("byl jsem poprvé na střelnici s pistolí"):
            // one danger phrase there, with no time, nothing violent, suicidal or final, is no
            // danger at all. A gun licence beside "to dneska skončí" explains nothing.
            const bool sport = m_message.hunt && !m_message.suicidal && !m_message.violence &&
                               m_message.danger == 1 && !m_message.now && !m_message.endIt &&
                               !m_message.farewell;
            // So do headphones for a locked door that no one answers behind ("zamčená v
            // koupelně a nereaguje, protože má sluchátka"); never the writer's own flat
            // battery while hiding from someone.
            if (sport || (silenceExplained() && has(Unresponsive)))
                return;
            // One danger phrase alone may be a figure of speech; two, or one next to
            // violence, is someone in danger now.
            // Two danger phrases are a scene happening now even beside a past word ("ten chlap
            // s nožem, co mi včera vyhrožoval, je za dveřmi, mám zabarikádované dveře").
            // A danger phrase beside suicidal words and a means to harm or a height is
            // someone in danger now too ("zamknul se v dílně s flintou, říká, že nechce být
            // na obtíž").
            // So is one beside a means to harm at hand ("vzal tátovu brokovnici, je nabitá
            // a sedím s ní").
            const bool armedDespair =
                (m_message.suicidal && (m_message.harmMeans || m_message.place)) ||
                m_message.harmMeansPresent;
            const bool now = m_message.danger > 1 ||
                             ((m_message.violence || f.nowStrict || armedDespair) && !past);
            emit(now ? SignalKind::ViolenceNow : SignalKind::Violence, hit.span, level(now));
            return; // the person in danger is the writer or the one they write about
        }
        default:
            break;
        }
        if (hit.category != Violence)
            markThirdPerson(index, range, before);
    }

    /// Someone at a height now, with a time or a height cue, and nothing that explains why
    /// ("sedím na kraji parkovacího domu, 7. patro, a čekám, až se setmí"; "Stojím nad lomem,
    /// mám pocit, že teď je ta správná chvíle"; "jo, jsem pořád na tý střeše, je tu zima"): no
    /// word of intent is needed. A repair, a photo or a trip (benign), a figure of speech or
    /// a stated no-plan keep it ordinary.
    void decideHeightWithTime()
    {
        if (m_result.level == RiskLevel::Acute || !(m_message.now || m_message.heightCue) ||
            m_message.benign || m_message.noPlan || has(Idiom))
            return;
        bool found = false;
        for (const RuleHit& hit : std::as_const(m_hits))
            if (hit.category == Means && isPlaceKind(hit) && facts(hit.sentence).positionNow) {
                emit(SignalKind::Means, hit.span, RiskLevel::Acute);
                found = true;
            }
        if (found)
            emitContext(RiskLevel::Acute);
    }

    /// A lethal dose of pills and a moment ago or in a moment, with no verb at all: the short
    /// answer to a worker's question ("jo, je to paralen. asi 30 tabletek, před chvilkou";
    /// "mám je vysypaný na stole, 40 kusů. za chvíli"). "Teď" is not enough ("dali mi 30
    /// tablet na měsíc, teď je beru ráno a večer"); a trip, a joke (benign, idiom) and a
    /// stated no-plan keep it ordinary.
    void decideDoseWithTime()
    {
        if (m_result.level == RiskLevel::Acute || !m_message.pills || !m_message.dose ||
            m_message.benign || m_message.noPlan || m_message.singlePill || has(Idiom))
            return;
        const bool aMoment =
            std::any_of(m_facts.cbegin(), m_facts.cend(),
                        [](const SentenceFacts& f) { return f.moment && !f.past && !f.media; });
        if (!aMoment)
            return;
        emitDosesTaken();
    }

    /// The doses named (not "všechny"), as an overdose taken: what the frames for a dose
    /// without a verb of swallowing report.
    void emitDosesTaken()
    {
        for (const RuleHit& hit : std::as_const(m_hits))
            if (hit.category == Dose && isDose(hit, m_text) && !hit.kindIs(QLatin1String("vague")))
                emit(SignalKind::AttemptInProgress, hit.span, RiskLevel::Acute);
        if (m_result.level == RiskLevel::Acute)
            emitContext(RiskLevel::Acute);
    }

    /// A plan that is more than the others' absence: "až odejde" is also a plan entry of its
    /// own (a nurse leaving), and it says nothing more than the absence it overlaps.
    [[nodiscard]] bool hasPlanBesideBeingAlone() const
    {
        for (const RuleHit& plan : std::as_const(m_hits)) {
            if (plan.category != Plan || isHeightCue(plan) || plan.kindIs(QLatin1String("alone")))
                continue;
            const bool partOfAbsence =
                std::any_of(m_hits.cbegin(), m_hits.cend(), [&plan](const RuleHit& hit) {
                    return hit.category == Plan && hit.kindIs(QLatin1String("alone")) &&
                           hit.overlaps(plan);
                });
            if (!partOfAbsence)
                return true;
        }
        return false;
    }

    /// A plan with a time for when the others are away or asleep, with no word for what is
    /// planned: the answer to a worker's question ("mám to vymyšlený na dnešní noc, ve 3, až
    /// všichni usnou"; "Zítra ráno, až děti odejdou do školy. Mám to sepsané krok po kroku").
    /// A means at hand may stand for the plan ("prášky mám, byt bude o víkendu prázdnej").
    /// The others' absence explains no trip of the writer's here, so a trip word does not
    /// count against it; a film, a joke or a stated no-plan do.
    void decidePlanForWhenAlone()
    {
        // A lethal dose laid out needs no time beside the wish to be left alone ("na stole
        // mám vysypané dvě krabičky prášků na spaní. Na recepci jsem řekla, ať mě neruší.").
        const bool doseLaidOut = m_message.pills && m_message.pillDose && m_message.meansPresent;
        if (m_result.level == RiskLevel::Acute || !m_message.alone ||
            !(m_message.now || doseLaidOut) ||
            !(hasPlanBesideBeingAlone() || m_message.meansPresent || m_message.harmMeansPresent) ||
            m_message.noPlan || has(Idiom) || has(Media))
            return;
        for (const RuleHit& hit : std::as_const(m_hits))
            if (hit.category == Plan && !isHeightCue(hit))
                emit(SignalKind::Plan, hit.span, RiskLevel::Acute);
        emitContext(RiskLevel::Acute);
    }

    /// A message of a few words that is nothing but a means and a time: "mam brokovnici.
    /// dneska.", "konec. dneska. provaz.", "prasky mam. jdu." In a crisis chat nothing else
    /// is meant. Only means that serve no everyday purpose in so few words (a rope, a gun,
    /// poison, pills at hand; not a knife: "mám nůž, teď krájím"); a hunt, a trip, a joke
    /// or a stated no-plan keep it ordinary.
    static constexpr qsizetype FewWords = 5;

    void decideMeansAndTimeAlone()
    {
        if (m_result.level == RiskLevel::Acute || m_text.tokenCount() > FewWords ||
            !m_message.now || m_message.benign || m_message.hunt || m_message.noPlan ||
            has(Idiom) || has(Media))
            return;
        for (const RuleHit& hit : std::as_const(m_hits)) {
            const bool lethal =
                hit.category == Means &&
                (hit.kindIs(QLatin1String("rope")) || hit.kindIs(QLatin1String("weapon")) ||
                 hit.kindIs(QLatin1String("poison")) ||
                 (hit.kindIs(QLatin1String("pills")) && m_message.access));
            if (lethal)
                emit(SignalKind::Means, hit.span, RiskLevel::Acute);
        }
        if (m_result.level == RiskLevel::Acute)
            emitContext(RiskLevel::Acute);
    }

    /// A rope, a gun or gas at hand and a time, with no word for the act but a word of
    /// despair, a goodbye, "to zkusí" or a threat beside them: "kluk ze třídy má v tašce
    /// provaz a dneska to zkusí", "dneska jsem koupil lano. večer to vyřeším". The means
    /// that serves no everyday purpose, at hand, with a time, is the plan, whoever's it is
    /// (a rope bought for tomatoes or a swing says nothing of despair). Not a blade ("mám nůž, teď
    /// krájím") and not a sentence in the past; a hunt, a trip or work (benign), a film, a joke or
    /// a stated no-plan keep it ordinary.
    void decideHarmMeansAtHandWithTime()
    {
        if (m_result.level == RiskLevel::Acute || !m_message.now || m_message.benign ||
            m_message.hunt || m_message.noPlan || has(Idiom) || has(Media) ||
            !(m_message.suicidal || m_message.endIt || m_message.farewell || m_message.violence))
            return;
        for (const RuleHit& hit : std::as_const(m_hits)) {
            const SentenceFacts& f = facts(hit.sentence);
            const bool lethal =
                hit.category == Means && !hit.dropped &&
                (hit.kindIs(QLatin1String("rope")) || hit.kindIs(QLatin1String("weapon")) ||
                 hit.kindIs(QLatin1String("gas")));
            if (lethal && f.harmMeansPresent && !f.past && !f.media)
                emit(SignalKind::Means, hit.span, RiskLevel::Acute);
        }
        if (m_result.level == RiskLevel::Acute)
            emitContext(RiskLevel::Acute);
    }

    /// The answer to "kde jsi?" that names a dangerous place first and little else: "na
    /// strese panelaku, 11 patro", "na kolejich, vlak tudy jede za 10 minut". Being there is
    /// meant though no verb says so, when a second place or height, a time, a height cue or
    /// rails say more than where something is ("na střeše máme anténu" says no more).
    static constexpr qsizetype ShortAnswer = 8;

    void decideShortAnswerAtAPlace()
    {
        if (m_result.level == RiskLevel::Acute || m_text.tokenCount() == 0 ||
            m_text.tokenCount() > ShortAnswer || m_text.word(0) != QLatin1String("na") ||
            m_message.benign || m_message.noPlan || has(Idiom) || has(Media) ||
            std::any_of(m_facts.cbegin(), m_facts.cend(),
                        [](const SentenceFacts& f) { return f.past; }))
            return;
        // Places at different words: "balkóně" is both a place and a height entry.
        int places = 0;
        qsizetype lastPlaceWord = -1;
        const RuleHit* first = nullptr;
        for (const RuleHit& hit : std::as_const(m_hits)) {
            if (hit.category != Means || !isPlaceKind(hit))
                continue;
            if (hit.first != lastPlaceWord)
                ++places;
            lastPlaceWord = hit.first;
            if (hit.first == 1 && !first)
                first = &hit;
        }
        if (!first || !(places >= 2 || m_message.now || m_message.heightCue ||
                        first->kindIs(QLatin1String("rails"))))
            return;
        emit(SignalKind::Means, first->span, RiskLevel::Acute);
        emitContext(RiskLevel::Acute);
    }

    /// The answer to "co sis vzala?" or "kolik?" that is nothing but pills and how many: "40
    /// prasku, spocitany", "rivotril, 2 plata", "neurol a pul lahve vodky". In so few words a
    /// count of pills is what was taken; a prescription says what for or how often ("30
    /// tablet na měsíc", "paralen dvakrát denně" name no dose or are benign), and a trip, a
    /// joke, a film or a stated no-plan keep it ordinary. No past: "loni jsem spolykala 30 prášků".
    static constexpr qsizetype DoseAnswer = 6;

    void decideShortAnswerWithADose()
    {
        if (m_result.level == RiskLevel::Acute || m_text.tokenCount() > DoseAnswer ||
            !m_message.pills || !m_message.dose || m_message.singlePill || m_message.harmless ||
            m_message.benign || m_message.noPlan || has(Idiom) || has(Media) ||
            std::any_of(m_facts.cbegin(), m_facts.cend(),
                        [](const SentenceFacts& f) { return f.past; }))
            return;
        emitDosesTaken();
    }

    /// Adds ThirdPersonAtRisk for the signals just emitted when another person is the
    /// subject: a "third" word earlier in the sentence, with none of the writer's
    /// first-person words between it and the signal.
    void markThirdPerson(qsizetype index, const rules::SentenceRange& range,
                         qsizetype firstNewSignal)
    {
        if (m_result.signals.size() == firstNewSignal)
            return;
        const RuleHit& hit = m_hits.at(index);
        qsizetype third = -1;
        for (qsizetype i = range.begin; i < range.end && m_hits.at(i).first < hit.first; ++i) {
            if (m_hits.at(i).category == Third)
                third = i;
            else if (m_hits.at(i).category == FirstPerson && third >= 0 &&
                     !m_hits.at(i).overlaps(m_hits.at(third)))
                third = -1;
        }
        if (third < 0)
            return;
        // The first person inside the signal itself ("nechci žít") keeps it the writer's.
        for (qsizetype i = range.begin; i < range.end; ++i)
            if (m_hits.at(i).category == FirstPerson && m_hits.at(i).first >= hit.first &&
                m_hits.at(i).first < hit.end && m_hits.at(i).first > m_hits.at(third).end)
                return;
        // The level was decided by the signal itself; this only says whose it is.
        emit(SignalKind::ThirdPersonAtRisk, rules::unite(m_hits.at(third).span, hit.span),
             RiskLevel::Concern);
    }

    const NormalisedText& m_text;
    QList<RuleHit> m_hits;
    QList<rules::SentenceRange> m_ranges;
    /// Per sentence (hits are in token order, so the last hit's sentence is the highest).
    std::vector<SentenceFacts> m_facts;
    MessageFacts m_message;
    /// "Dneska v noci skočím, všechno je připravený": a jump beside a plan and a time needs no
    /// place to be meant (without them, "skočím do obchodu" is an errand).
    bool m_plannedWithTime = false;
    /// Hopelessness or a death wish and a time: "za chvili skocim, uz to nedavam" is no
    /// errand either, though no place is named.
    bool m_despairWithTime = false;
    /// "když mi do půlnoci nikdo neodepíše" with a time: idioms are not figures of speech here.
    bool m_ultimatum = false;
    QList<qsizetype> m_negatedActs;
    CrisisAssessment m_result;
    bool m_contextEmitted = false;
};

} // namespace

CrisisAssessment CrisisDetector::assess(const NormalisedText& text,
                                        const QList<LexiconMatch>& matches) const
{
    if (matches.isEmpty())
        return {};
    return assess(text, matches, rules::SentenceMap(text));
}

CrisisAssessment CrisisDetector::assess(const NormalisedText& text,
                                        const QList<LexiconMatch>& matches,
                                        const rules::SentenceMap& sentences) const
{
    if (matches.isEmpty())
        return {};
    QList<RuleHit> hits = rules::collectHits(matches, sentences, categoryTable());
    if (hits.isEmpty())
        return {};
    return Assessment(text, std::move(hits)).run();
}

} // namespace kotva
