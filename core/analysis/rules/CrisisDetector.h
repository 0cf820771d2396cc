#pragma once

// Interface agreed with the engine (Analyzer calls exactly this). Reads the lexicon
// matches of one text and decides the risk level; the vocabulary is data
// (resources/lexicons/crisis.json, crisis-means.json, crisis-context.json), the
// decisions are here.
//
// Categories read (all prefixed "crisis."):
//   signals  act (kind kill|hang|poison|life|veins|something|crash|gas|shoot|...), jump,
//            thought, death_wish, vanish, hopeless, self_harm, goodbye (kind strong|weak|
//            affairs), attempt (kind overdose|attempt), ingest (kind strong|weak|future),
//            dose (kind vague|container|single|harmless), bleeding (kind severe|mild), gas_open,
//            unresponsive (kind severe|weak|symptom), end_it, violence (kind
//            abuse|control|threat), danger (kind presence|fear: weak, see below)
//   context  means (kind pills|rope|blade|gas|weapon|place|ledge|rails|vehicle|drown|
//            weighted|poison; "firearm": true for guns, as against an axe), access,
//            position, now (kind strict|soon|moment: "před chvílí", "za chvíli"), past, no_plan,
//            negation, plan (kind resolve: "vím přesně kde a kdy"; ultimatum: "když mi nikdo
//            neodepíše"; alone: "až všichni usnou"; height: "fouká", "dolů", a cue that colours a
//            position and is no plan itself), idiom, media, benign (kind
//            leaving|hunt|sport|silence), third, first_person
//
// How context decides (a sentence ends at . ! ? ; … or a line break; a message typed in
// fragments of at most four words each is one sentence: "plyn. okna zavřený. dobrou"):
//   - idiom: a signal overlapping an idiom is no signal ("to je sebevražda jet na kole");
//   - media: a signal within 6 words after a film/book/study word is no signal;
//   - negation right before an act or an "end it" (the next word): thoughts, not intent;
//   - jump counts only next to a place or rails ("skočit z mostu", not "skočím do obchodu");
//   - intent (act, jump, vanish, end it) is acute with a time (now), a plan, a means at
//     hand (means + access: "mám doma prášky") or a dangerous position ("stojím na mostě");
//     thoughts, death wishes and hopelessness are acute only with a means at hand, a
//     position, a plan beside a goodbye or a time, or (not hopelessness) a dose just taken;
//     otherwise they are a concern; a resolved plan ("vím přesně kde a kdy") with a place or
//     a means and a time is acute by itself;
//   - past in the sentence ("před dvěma lety", "loni") keeps everything at concern, and an
//     explicit no-plan anywhere ("nic neplánuju") keeps intent at concern;
//   - an attempt just made (pills swallowed, gas open, heavy bleeding, overdose, someone not
//     breathing), a goodbye message and violence with "now" or immediate danger are acute;
//   - without any word of intent (the short answers to a worker's question), acute are: a
//     position at a height now (no l-participle) with a time or a height cue and nothing
//     benign; a lethal dose with "a moment ago" or "in a moment"; a plan for when the others
//     are away or asleep with a time and a plan or a means besides; a message of a few words
//     that is a rope, a gun, poison or pills at hand and a time; a rope, a gun or gas at
//     hand in a sentence not in the past, a time, and despair, a goodbye, "end it" or a
//     threat anywhere ("má v batohu provaz a dneska to zkusí"); stones in one's pockets;
//     a lethal dose of pills laid out beside a wish to be left alone, with no time; a short
//     answer that starts "na" and a dangerous place, with a second place, a time, a height
//     cue or rails ("na střeše paneláku, 11. patro"); a message of at most six words that
//     is pills and how many, nothing past, benign or prescribed ("40 prasku, spocitany");
//   - a jump needs no place beside hopelessness or a death wish and a time ("za chvíli
//     skočím, už to nedávám");
//   - a laughing face (😂, 😅, 🤣 …) and nothing else of a crisis (no means, height, dose,
//     goodbye or danger) keeps intent at concern ("asi se zastřelím 😅");
//   - someone here or on the way (danger, kind presence: "stojí pod oknem", "jede sem")
//     counts as a danger phrase only beside another one, violence, or fear, hiding or a
//     restraining order (kind fear: "bojím se", "zákaz přiblížení"); fear counts only
//     beside someone here or a danger phrase; alone, either is nothing;
//   - one danger phrase at a shooting range or a hunt, with no time, violence, goodbye or
//     "end it", is sport ("byl jsem na střelnici s pistolí"); a hunt, or work or a sport in
//     the plan's own sentence, explains a plan at hand ("opravuju anténu hned teď, než přijde
//     ta bouřka");
//   - a jump beside bungee or a parachute, with nothing else suicidal, is the sport;
//   - stones in one's pockets in a sentence that tells a film or a book are the story's;
//   - all the vitamins, or a course of antibiotics finished, are no overdose unless the
//     message is suicidal or the body reacts; pills to be taken beside a goodbye are intent
//     ("už jsem napsal dopis našim. večer si vezmu ty prášky");
//   - headphones, no signal or a flat battery explain someone who does not answer or stays
//     behind a locked door, when nothing suicidal, violent, final, swallowed or at hand is
//     in the message ("je na rybách u přehrady a tam není signál");
//   - work in the sentence of rails and someone's position there explains them when
//     nothing in the message is suicidal ("Jsem výpravčí a dneska na přejezdu ...");
//   - a goodbye beside a gun named anywhere but at a hunt is kept, whatever trip explains
//     it otherwise ("tchán je na chatě s flintou, volal ženě, že se s ní loučí");
//   - settled affairs beside a means that only harms, at hand, are a goodbye ("zaplatil
//     všechny účty ... Provaz mám koupený");
//   - an l-participle just before a position puts it in the past only within its sentence
//     ("Tak jsem se konečně odhodlal. Stojím na tom mostě." stands there now);
//   - a deadline for an answer ("jestli mi do půlnoci nikdo nenapíše") keeps idioms from
//     dropping what they cover ("tak skočím z okna");
//   - a signal after another person ("kamarád", "píše, že") without the writer's own
//     first-person words in between is also a ThirdPersonAtRisk signal.

#include "core/analysis/Findings.h"
#include "core/analysis/text/LexiconMatcher.h"
#include "core/analysis/text/NormalisedText.h"

#include <QList>

namespace kotva {

namespace rules {
class SentenceMap;
}

class CrisisDetector final
{
public:
    CrisisDetector() = default;

    /// Level and signals for one text. Pure function of its arguments: const,
    /// thread-safe, no I/O. Signal spans are UTF-16 offsets into text.original(),
    /// sorted by start.
    [[nodiscard]] CrisisAssessment assess(const NormalisedText& text,
                                          const QList<LexiconMatch>& matches) const;
    /// The same with the sentence map of text already built (the Analyzer shares one
    /// between the detectors).
    [[nodiscard]] CrisisAssessment assess(const NormalisedText& text,
                                          const QList<LexiconMatch>& matches,
                                          const rules::SentenceMap& sentences) const;

    /// A dose written as a number counts from this many pills on ("30 prášků", not
    /// "2 prášky na hlavu"); a number of packs ("2 platy") counts at any number.
    static constexpr int MinimumNumericDose = 8;
};

} // namespace kotva
