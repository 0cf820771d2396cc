#pragma once

// Interface agreed with the engine (Analyzer calls exactly this). The vocabulary is
// data (resources/lexicons/boundary.json); which words together make a finding is
// decided here, sentence by sentence (a sentence ends at . ! ? ; … or a line break).
//
// Categories read (all prefixed "boundary."), field "rule" naming the rule:
//   topic (rule)     what a rule is about: disorders, medicines, law, therapy, life decisions
//   advise (rule)    a worker's words that make a topic advice ("máte", "vysaďte", "musíte")
//   act (rule)       a worker's crossing on its own ("na vašem místě bych", "určitě vám to
//                    pomůže", field author)
//   ask (rule)       a client's request on its own ("řekněte mi, co mám udělat")
//   request          a client's request words; field "rules" limits the topics they pair with
//   contact (kind worker|imperative|infinitive), target, for_you    contacting someone else
//   pd_item, pd_ask  asking for personal data
//   private (kind direct|cue), meet                                  private contact
//   disclose, group, reported, first_person                           group confidentiality
//   referral         a referral to a professional: diagnosis, medication, legal and therapy
//                    topics in its sentence are not advice
//   negation         right before an offer or a request (4 words) it turns it around
//   refusal          right after an offer of private contact, a channel or a question for
//                    data (4 words, same clause) it turns it around ("dát ti ho nemůžu")
//   contrast         "ale", "jenže": a referral, a disclaimer or a negation does not reach
//                    across it
//   clause           "a", "pak": a negation does not reach across it
//   secret, absolute silence promised or asked for (secret) no matter what (absolute)
//   told, about      a worker telling someone (told) about the client (about)
//   exception        supervision, the team, "unless you are in danger": telling or keeping
//                    silent as the role asks; cancels secret + absolute and told + about
//   channel, personal  a messaging app or social network (channel) that is someone's own
//                    (personal: "mi", "tvůj", "máš") or asked about in a question
// Field "answer" on an entry names a variant of the rule's texts (BoundaryTexts) for the
// findings it decides: "secrecy" (confidentiality asked or promised even in danger),
// "told" (the worker told someone about the client), "own_data" (a client offering their
// own personal data).
//
// Worker: topic + advise of the same rule, or an act; on_behalf = contact(worker) +
// target or "za vás"; personal_data = pd_ask + pd_item (or pd_item in a question);
// private_contact = private(direct), meet + private(cue), or channel + personal (or a
// channel in a question); confidentiality = secret + absolute, told + about (both without
// an exception), disclose + group/reported, reported (not first person) + group, or an act.
// guarantee = an act only, for the worker alone (seed 003: no guaranteed or universal
// advice): a certainty word with an outcome ("určitě vám to pomůže"), a promise of one
// ("slibuju, že to bude dobré") or advice valid for everyone ("pomůže každému"); a
// declined promise ("nemůžu slíbit, že…", category negation) turns it around.
// A referral or disclaimer in the same clause (no contrast between) makes a diagnosis,
// medication, legal or therapy topic no advice.
// Client: topic + request (or a question, for medication, legal and decision), or an ask;
// on_behalf = contact(imperative), or contact(infinitive) after a request, + target or
// "za mě" (a legal topic that is only the office to contact is then no legal request);
// the rest as for the worker.

#include "core/analysis/Findings.h"
#include "core/analysis/text/LexiconMatcher.h"
#include "core/analysis/text/NormalisedText.h"

#include <QList>

namespace kotva {

namespace rules {
class SentenceMap;
}

class BoundaryChecker final
{
public:
    BoundaryChecker() = default;

    /// Where a worker's draft crosses the peer role, or what a client asks for that the
    /// service does not give (with the seed-003 "why not, and where instead" wording).
    /// At most one finding per rule and sentence, sorted by start. Const, thread-safe,
    /// no I/O. Spans are UTF-16 offsets into text.original().
    [[nodiscard]] QList<BoundaryFinding>
    check(const NormalisedText& text, const QList<LexiconMatch>& matches, Author author) const;
    /// The same with the sentence map of text already built (shared by the Analyzer).
    [[nodiscard]] QList<BoundaryFinding> check(const NormalisedText& text,
                                               const QList<LexiconMatch>& matches, Author author,
                                               const rules::SentenceMap& sentences) const;
};

} // namespace kotva
