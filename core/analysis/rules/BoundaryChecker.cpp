#include "core/analysis/rules/BoundaryChecker.h"

#include "core/analysis/rules/BoundaryTexts.h"
#include "core/analysis/rules/RuleHits.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

namespace kotva {

using rules::RuleHit;

namespace {

// Order matters: the index is RuleHit::category.
enum Cat : int {
    Topic,
    Advise,
    Act,
    Ask,
    Request,
    Contact,
    Target,
    ForYou,
    PdItem,
    PdAsk,
    Private,
    Meet,
    Disclose,
    Group,
    Reported,
    FirstPerson,
    Referral,
    Negation,
    Secret,
    Absolute,
    Told,
    About,
    Exception,
    Channel,
    Personal,
    Contrast,
    Clause,
    Refusal,
};

const QList<QLatin1String>& categoryNames()
{
    static const QList<QLatin1String> names{
        QLatin1String("topic"),        QLatin1String("advise"),    QLatin1String("act"),
        QLatin1String("ask"),          QLatin1String("request"),   QLatin1String("contact"),
        QLatin1String("target"),       QLatin1String("for_you"),   QLatin1String("pd_item"),
        QLatin1String("pd_ask"),       QLatin1String("private"),   QLatin1String("meet"),
        QLatin1String("disclose"),     QLatin1String("group"),     QLatin1String("reported"),
        QLatin1String("first_person"), QLatin1String("referral"),  QLatin1String("negation"),
        QLatin1String("secret"),       QLatin1String("absolute"),  QLatin1String("told"),
        QLatin1String("about"),        QLatin1String("exception"), QLatin1String("channel"),
        QLatin1String("personal"),     QLatin1String("contrast"),  QLatin1String("clause"),
        QLatin1String("refusal"),
    };
    return names;
}

const rules::CategoryTable& categoryTable()
{
    static const rules::CategoryTable table(QLatin1String("boundary."), categoryNames());
    return table;
}

constexpr quint16 ruleBit(BoundaryRule rule)
{
    return quint16(1u << unsigned(rule));
}
static_assert(AllBoundaryRules.size() <= 16, "RuleHit::ruleBits has a bit per rule");

/// The entry's rule, as RuleHit::rule holds it.
qint8 ruleIdOf(const LexiconEntry& entry)
{
    const std::optional<BoundaryRule> rule = boundaryRuleNamed(entry.string(QLatin1String("rule")));
    return rule ? qint8(*rule) : qint8(-1);
}

bool isOfRule(const RuleHit& hit, BoundaryRule rule)
{
    return hit.rule == qint8(rule);
}

/// The rules a request pairs with: a request entry without "rules" pairs with every topic.
quint16 requestRuleBits(const LexiconEntry& request)
{
    // The entry's fields as the matcher copied them out: no JSON read for every request.
    const QStringList& rules = request.list(QLatin1String("rules"));
    if (rules.isEmpty())
        return quint16(~0u);
    quint16 bits = 0;
    for (const QString& name : rules)
        if (const std::optional<BoundaryRule> rule = boundaryRuleNamed(name))
            bits |= ruleBit(*rule);
    return bits;
}

bool requestApplies(const RuleHit& request, BoundaryRule rule)
{
    return request.ruleBits & ruleBit(rule);
}

bool isForAuthor(const LexiconEntry& entry, Author author)
{
    const QString& who = entry.string(QLatin1String("author"));
    return who.isEmpty() ||
           who == (author == Author::Worker ? QLatin1String("worker") : QLatin1String("client"));
}

/// Reads once per hit what the rules ask of its entry for every rule and sentence: the
/// entry's rule and author (field lookups and string comparisons) were read for each.
void readEntries(QList<RuleHit>& hits, Author author)
{
    for (RuleHit& hit : hits) {
        switch (hit.category) {
        case Topic:
        case Advise:
        case Act:
        case Ask:
            hit.rule = ruleIdOf(*hit.entry);
            hit.forWriter = isForAuthor(*hit.entry, author);
            break;
        case Private:
            hit.forWriter = isForAuthor(*hit.entry, author);
            break;
        case Request:
            hit.ruleBits = requestRuleBits(*hit.entry);
            break;
        default:
            break;
        }
    }
}

/// Anchors a negation can turn around: offers, requests, questions for data.
bool isAnchor(int c)
{
    return c == Advise || c == Act || c == Ask || c == Request || c == Contact || c == PdAsk ||
           c == Private || c == Meet || c == Disclose || c == Channel || c == Told;
}

constexpr qsizetype NegationWindow = 4;

/// Offers of the writer's own contact and questions for data, which a refusal after them
/// turns around ("své číslo ti dát nemůžu", "na Instagramu si tě přidat nemůžu").
bool isRefusable(int c)
{
    return c == Private || c == Meet || c == Channel || c == PdAsk;
}

/// Rules whose topic is professional knowledge: a referral in the sentence means the
/// worker hands it to a professional instead of advising.
bool isProfessional(BoundaryRule rule)
{
    return rule == BoundaryRule::Diagnosis || rule == BoundaryRule::Medication ||
           rule == BoundaryRule::Legal || rule == BoundaryRule::Therapy;
}

/// Where a rule is crossed, and which of the rule's answers fits (an entry's "answer"
/// field: a client asking for secrecy gets a different answer than one asking about
/// another client).
struct Crossing
{
    TextSpan span;
    QString variant;
};

class SentenceCheck
{
public:
    SentenceCheck(QList<RuleHit>& hits, const rules::SentenceRange& range, bool question,
                  Author author, QList<BoundaryFinding>& out)
        : m_hits(hits)
        , m_range(range)
        , m_question(question)
        , m_author(author)
        , m_out(out)
    {}

    void run()
    {
        applyNegation();
        // Each rule asks for the first hit of several categories; most are absent from
        // a sentence, and a bit per category present answers those without a search.
        for (qsizetype i = m_range.begin; i < m_range.end; ++i)
            m_present |= 1u << m_hits.at(i).category;
        m_referral = m_present & (1u << Referral);
        m_onBehalf = onBehalf().has_value();
        for (BoundaryRule rule : AllBoundaryRules)
            if (const std::optional<Crossing> crossing = find(rule))
                m_out.append(
                    BoundaryFinding{rule, crossing->span,
                                    BoundaryTexts::explanation(rule, m_author, crossing->variant),
                                    BoundaryTexts::suggestion(rule, m_author, crossing->variant),
                                    crossing->variant});
    }

private:
    void applyNegation()
    {
        for (qsizetype n = m_range.begin; n < m_range.end; ++n) {
            if (m_hits.at(n).category != Negation)
                continue;
            const RuleHit& negation = m_hits.at(n);
            for (qsizetype i = m_range.begin; i < m_range.end; ++i) {
                RuleHit& hit = m_hits[i];
                if (isAnchor(hit.category) && hit.first >= negation.end &&
                    hit.first - negation.end <= NegationWindow &&
                    !clauseBetween(negation.end, hit.first))
                    hit.dropped = true;
            }
        }
        // Czech puts the modal verb last as often as first: "dát ti ho nemůžu".
        for (qsizetype r = m_range.begin; r < m_range.end; ++r) {
            if (m_hits.at(r).category != Refusal)
                continue;
            const RuleHit& refusal = m_hits.at(r);
            for (qsizetype i = m_range.begin; i < m_range.end; ++i) {
                RuleHit& hit = m_hits[i];
                if (isRefusable(hit.category) && hit.end <= refusal.first &&
                    refusal.first - hit.end <= NegationWindow &&
                    !clauseBetween(hit.end, refusal.first))
                    hit.dropped = true;
            }
        }
    }

    /// A negation ends with its clause: "nepůjčuj mu ani korunu a přeruš s ním kontakt"
    /// still tells the client to break contact.
    bool clauseBetween(qsizetype from, qsizetype to) const
    {
        for (qsizetype i = m_range.begin; i < m_range.end; ++i) {
            const RuleHit& hit = m_hits.at(i);
            if ((hit.category == Clause || hit.category == Contrast) && hit.first >= from &&
                hit.end <= to)
                return true;
        }
        return false;
    }

    /// The kept hits of a category (optionally of one rule).
    template <typename Predicate>
    std::optional<qsizetype> first(int category, Predicate&& accept) const
    {
        if (!(m_present & (1u << category)))
            return std::nullopt;
        for (qsizetype i = m_range.begin; i < m_range.end; ++i) {
            const RuleHit& hit = m_hits.at(i);
            if (hit.category == category && !hit.dropped && accept(hit))
                return i;
        }
        return std::nullopt;
    }
    std::optional<qsizetype> first(int category) const
    {
        return first(category, [](const RuleHit&) { return true; });
    }
    std::optional<qsizetype> firstOfRule(int category, BoundaryRule rule) const
    {
        return first(category,
                     [&](const RuleHit& hit) { return isOfRule(hit, rule) && hit.forWriter; });
    }

    TextSpan span(qsizetype a, qsizetype b) const
    {
        return rules::unite(m_hits.at(a).span, m_hits.at(b).span);
    }

    QString variantOf(qsizetype hit) const { return m_hits.at(hit).field(QLatin1String("answer")); }

    std::optional<Crossing> find(BoundaryRule rule) const
    {
        if (const auto act = firstOfRule(m_author == Author::Worker ? Act : Ask, rule))
            return Crossing{m_hits.at(*act).span, variantOf(*act)};
        switch (rule) {
        case BoundaryRule::OnBehalf:
            return plain(onBehalf());
        case BoundaryRule::PersonalData:
            return personalData();
        case BoundaryRule::PrivateContact:
            return plain(privateContact());
        case BoundaryRule::Confidentiality:
            return confidentiality();
        case BoundaryRule::Guarantee:
            // Only a worker's act promises an outcome; a client asking whether something
            // will help asks nothing the service refuses.
            return std::nullopt;
        default:
            return plain(topical(rule));
        }
    }

    static std::optional<Crossing> plain(std::optional<TextSpan> span)
    {
        if (!span)
            return std::nullopt;
        return Crossing{*span, {}};
    }

    /// Is there a contrast word ("ale", "jenže") between the two hits? A disclaimer or a
    /// referral covers only its own clause: "nejsem lékař, ale máte depresi" still names it.
    bool contrastBetween(const RuleHit& a, const RuleHit& b) const
    {
        const qsizetype from = std::min(a.end, b.end);
        const qsizetype to = std::max(a.first, b.first);
        return first(Contrast, [&](const RuleHit& c) { return c.first >= from && c.end <= to; })
            .has_value();
    }

    /// A referral or a disclaimer ("nejsem lékařka", "poraďte se s lékařem") in the same
    /// clause as the topic: the worker hands the question on instead of answering it.
    bool referred(qsizetype topic) const
    {
        if (!m_referral)
            return false;
        const RuleHit& t = m_hits.at(topic);
        return first(Referral, [&](const RuleHit& r) { return !contrastBetween(r, t); })
            .has_value();
    }

    /// A client naming an office as whom to contact ("zavolejte na úřad práce") asks for
    /// contact, not for legal advice.
    bool isContactTarget(const RuleHit& topic) const
    {
        return m_onBehalf &&
               first(Target, [&](const RuleHit& t) { return t.overlaps(topic); }).has_value();
    }

    /// Diagnosis, medication, legal, therapy and decision: a topic made advice or a request.
    std::optional<TextSpan> topical(BoundaryRule rule) const
    {
        const auto topic = first(Topic, [&](const RuleHit& hit) {
            return isOfRule(hit, rule) && hit.forWriter && !isContactTarget(hit);
        });
        if (!topic)
            return std::nullopt;
        // The worker hands the question on; the client asks where to take it ("kam se můžu
        // obrátit s dluhy", "doporučíte mi právní poradnu?"): neither answers it.
        if (isProfessional(rule) && referred(*topic))
            return std::nullopt;
        if (m_author == Author::Worker) {
            if (const auto advise = firstOfRule(Advise, rule))
                return span(*topic, *advise);
            return std::nullopt;
        }
        const bool questionSuffices =
            rule == BoundaryRule::Medication || rule == BoundaryRule::Legal;
        const auto request = first(Request, [&](const RuleHit& hit) {
            if (!requestApplies(hit, rule))
                return false;
            // "mám", "můžu", ... ask only in a question; "mohl byste", "poraďte" always do.
            return !hit.entry->flag(QLatin1String("needs_question")) || m_question;
        });
        if (request)
            return span(*topic, *request);
        if (questionSuffices && m_question)
            return m_hits.at(*topic).span;
        return std::nullopt;
    }

    std::optional<TextSpan> onBehalf() const
    {
        std::optional<qsizetype> contact;
        if (m_author == Author::Worker) {
            contact =
                first(Contact, [](const RuleHit& h) { return h.kindIs(QLatin1String("worker")); });
        } else {
            contact = first(Contact,
                            [](const RuleHit& h) { return h.kindIs(QLatin1String("imperative")); });
            if (!contact && first(Request, [&](const RuleHit& hit) {
                    return requestApplies(hit, BoundaryRule::OnBehalf) &&
                           (!hit.entry->flag(QLatin1String("needs_question")) || m_question);
                }))
                contact = first(Contact, [](const RuleHit& h) {
                    return h.kindIs(QLatin1String("infinitive"));
                });
        }
        if (!contact)
            return std::nullopt;
        const RuleHit& c = m_hits.at(*contact);
        // The person contacted is named after the verb or, in Czech word order, before it.
        const auto other = first(Target, [&](const RuleHit& h) { return !h.overlaps(c); });
        const auto forYou = first(ForYou);
        if (forYou)
            return span(*contact, *forYou);
        if (other)
            return span(*contact, *other);
        return std::nullopt;
    }

    std::optional<Crossing> personalData() const
    {
        // A client asking for "vaše číslo" next to a private channel asks for private contact.
        const auto item = first(PdItem, [&](const RuleHit& h) {
            // "jak se jmenuje ..." is personal data when it is about a person.
            if (h.entry->flag(QLatin1String("needs_person")) &&
                !first(Target, [&](const RuleHit& t) { return !t.overlaps(h); }))
                return false;
            return m_author == Author::Worker ||
                   !first(Private, [&](const RuleHit& p) { return p.overlaps(h); });
        });
        if (!item)
            return std::nullopt;
        if (const auto ask =
                first(PdAsk, [&](const RuleHit& h) { return !h.overlaps(m_hits.at(*item)); }))
            return Crossing{span(*item, *ask), variantOf(*ask)};
        if (const auto ask = first(PdAsk)) // the item is the question itself ("kde bydlíte")
            return Crossing{m_hits.at(*item).span, variantOf(*ask)};
        if (m_question && !m_hits.at(*item).dropped)
            return Crossing{m_hits.at(*item).span, {}};
        return std::nullopt;
    }

    std::optional<TextSpan> privateContact() const
    {
        // "Moje číslo je …" offers the writer's own contact: a crossing for the worker; from a
        // client it is their own data, which the PII scrubber removes (entries for the worker
        // only say "author": "worker").
        if (const auto direct = first(Private, [this](const RuleHit& h) {
                return h.kindIs(QLatin1String("direct")) && h.forWriter;
            }))
            return m_hits.at(*direct).span;
        const auto meet = first(Meet);
        const auto cue =
            first(Private, [](const RuleHit& h) { return h.kindIs(QLatin1String("cue")); });
        if (meet && cue)
            return span(*meet, *cue);
        // A messaging app or social network is private when it is someone's own
        // ("napiš mi na WhatsApp", "máš Instagram?"), not the service's page.
        if (const auto channel = first(Channel)) {
            if (const auto personal = first(Personal))
                return span(*channel, *personal);
            if (m_question)
                return m_hits.at(*channel).span;
        }
        return std::nullopt;
    }

    /// A reported-speech word about someone else: no first-person word right before or
    /// right after it ("jak jsem říkala na skupině", "řekla jsem ti" are the writer's own).
    bool isThirdPerson(qsizetype reported) const
    {
        const RuleHit& r = m_hits.at(reported);
        for (qsizetype i = m_range.begin; i < m_range.end; ++i) {
            const RuleHit& hit = m_hits.at(i);
            if (hit.category != FirstPerson)
                continue;
            if ((hit.end <= r.first && r.first - hit.end <= 1) ||
                (hit.first >= r.end && hit.first - r.end <= 0))
                return false;
        }
        return true;
    }

    std::optional<Crossing> confidentiality() const
    {
        // Within the service (supervision, the team) or with its exception (danger to
        // life), telling and keeping silent are what the role asks for.
        if (!first(Exception)) {
            // Silence promised or asked for no matter what: not even when life is at stake.
            if (const auto secret = first(Secret))
                if (const auto absolute = first(Absolute, [&](const RuleHit& h) {
                        return !h.overlaps(m_hits.at(*secret));
                    }))
                    return Crossing{span(*secret, *absolute), variantOf(*secret)};
            // The worker telling someone outside about the client.
            if (m_author == Author::Worker)
                if (const auto told = first(Told))
                    if (const auto about = first(About))
                        return Crossing{span(*told, *about), variantOf(*told)};
        }
        return plain(groupConfidentiality());
    }

    std::optional<TextSpan> groupConfidentiality() const
    {
        const auto group = first(Group);
        std::optional<qsizetype> reported;
        for (qsizetype i = m_range.begin; i < m_range.end && !reported; ++i)
            if (m_hits.at(i).category == Reported && isThirdPerson(i))
                reported = i;
        if (const auto disclose = first(Disclose)) {
            if (group)
                return span(*disclose, *group);
            if (reported)
                return span(*disclose, *reported);
        }
        if (!group || !reported)
            return std::nullopt;
        // A worker passes it on by writing it; a client asks for it.
        if (m_author == Author::Worker || m_question || first(Request))
            return span(*group, *reported);
        return std::nullopt;
    }

    QList<RuleHit>& m_hits;
    rules::SentenceRange m_range;
    bool m_question = false;
    Author m_author;
    QList<BoundaryFinding>& m_out;
    bool m_referral = false;
    bool m_onBehalf = false;
    std::uint32_t m_present = 0; ///< bit c: the sentence has a hit of category c
    static_assert(Clause < 32);
};

} // namespace

QList<BoundaryFinding> BoundaryChecker::check(const NormalisedText& text,
                                              const QList<LexiconMatch>& matches,
                                              Author author) const
{
    if (matches.isEmpty())
        return {};
    return check(text, matches, author, rules::SentenceMap(text));
}

QList<BoundaryFinding> BoundaryChecker::check(const NormalisedText& /*text*/,
                                              const QList<LexiconMatch>& matches, Author author,
                                              const rules::SentenceMap& sentences) const
{
    if (matches.isEmpty())
        return {};
    QList<RuleHit> hits = rules::collectHits(matches, sentences, categoryTable());
    readEntries(hits, author);
    QList<BoundaryFinding> findings;
    for (const rules::SentenceRange& range : rules::sentenceRanges(hits))
        SentenceCheck(hits, range, sentences.isQuestion(range.sentence), author, findings).run();
    std::stable_sort(findings.begin(), findings.end(),
                     [](const BoundaryFinding& a, const BoundaryFinding& b) {
                         return a.span.start < b.span.start;
                     });
    return findings;
}

} // namespace kotva
