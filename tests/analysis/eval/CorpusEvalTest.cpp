// The evaluation corpus (tests/data/eval/README.md): the tuning part, read while the
// lexicons and frames were written, and the test part, written separately from the guide
// alone and never read while changing the analysis. Both are scored here side by side and
// printed, so a change shows what it does on text it was not shaped on.
//
// The tuning part must meet the targets of ../shared/eval/README.md with the rules alone
// (the classifiers are trained on it, so their figures there say nothing). The test part is the
// honest estimate: its floors below are the figures measured when the corpus was made,
// less a small margin, so that a change that loses ground on unseen text fails here.

#include "CorpusScores.h"
#include "tests/analysis/rules/RulesFixture.h"

#include <cstdio>
#include <gtest/gtest.h>

namespace kotva::test {
namespace {

void printRisk(const char* part, const char* analyser, const RiskScore& s)
{
    std::printf("[risk %-6s %-16s] acute rated acute %s; concern rated concern or higher %s; "
                "none rated acute %s; none rated concern %s\n",
                part, analyser, qPrintable(ratio(s.acuteHit, s.acute)),
                qPrintable(ratio(s.concernHit, s.concern)), qPrintable(ratio(s.noneAcute, s.none)),
                qPrintable(ratio(s.noneConcern, s.none)));
}

void printBoundary(const char* part, const char* analyser, const BoundaryScore& s)
{
    std::printf("[boundary %-6s %-16s] rule messages with their rule %s; ok messages flagged %s\n",
                part, analyser, qPrintable(ratio(s.ruleFound, s.ruleMessages)),
                qPrintable(ratio(s.okFlagged, s.okMessages)));
}

void printPii(const char* part, const PiiScore& s)
{
    std::printf("[pii %-6s] PII substrings leaked %s; keep substrings kept %s\n", part,
                qPrintable(ratio(s.piiLeaked, s.piiSubstrings)),
                qPrintable(ratio(s.keepKept, s.keepSubstrings)));
}

TEST(CorpusEval, TuningRiskKeepsItsFloorWithTheRulesAlone)
{
    const RiskScore s =
        scoreRisk(rulesAnalyzer(), corpusFiles(QStringLiteral("tuning"), QStringLiteral("risk-")));
    printRisk("tuning", "rules", s);
    ASSERT_GE(s.acute, 300);
    // A floor, not the target: every acute message is the target, and the rules with the
    // classifier must meet it on the tuning part (next test). The rules alone met 95 % until
    // the rounds of writers t97 to t114 added 3,600 messages faster than their misses could be
    // read into frames (after those rounds, 92 % of acute and 94 % of concern messages); the tuning
    // messages still missed are listed in the closing note of issue 10 rather than patched one by
    // one. A lexicon or frame that breaks loses far more than the margin left here.
    EXPECT_GE(s.acuteHit, 0.90 * s.acute);
    EXPECT_GE(s.concernHit, 0.90 * s.concern);
    EXPECT_EQ(s.noneAcute, 0);
    EXPECT_LE(s.noneConcern, 0.10 * s.none);
}

// The classifier's acute thresholds sit above all but the highest out-of-fold scores of
// "none" messages, one per 2,500 of them (tools/risk_trainer, ThresholdPolicy::acuteOutliers):
// the shipped model, which was trained on those messages too, must still raise no tuning
// "none" message to acute, and with the rules it meets the targets there.
TEST(CorpusEval, TuningRiskMeetsTheTargetsWithTheClassifier)
{
    const RiskScore s = scoreRisk(classifierAnalyzer(),
                                  corpusFiles(QStringLiteral("tuning"), QStringLiteral("risk-")));
    printRisk("tuning", "rules+classifier", s);
    ASSERT_GE(s.none, 300);
    EXPECT_EQ(s.noneAcute, 0);
    // The targets of issue 10, on the messages the rules and the model were fitted to.
    EXPECT_GE(s.acuteHit, 0.95 * s.acute);
    EXPECT_GE(s.concernHit, 0.95 * s.concern);
    EXPECT_LE(s.noneConcern, 0.10 * s.none);
}

TEST(CorpusEval, TestRiskHoldsOnMessagesNobodyTunedOn)
{
    const QStringList files = corpusFiles(QStringLiteral("test"), QStringLiteral("risk-"));
    const RiskScore rules = scoreRisk(rulesAnalyzer(), files);
    const RiskScore shipped = scoreRisk(classifierAnalyzer(), files);
    printRisk("test", "rules", rules);
    printRisk("test", "rules+classifier", shipped);
    ASSERT_GE(shipped.acute, 300);
    // Floors, not targets: the figures measured (issue 10's closing note), less a few
    // messages. Every acute message rated acute is the target; a change that loses ground on
    // text nobody tuned on fails here. Measured with e9 and the lower acute threshold over
    // the rules' concern: acute 290/310; after t37 and t38 joined the tuning part (their
    // hard negatives raised the thresholds) 287/310, concern or higher 305/310. With e10
    // (unread, 58/60 before the round's changes) and t40, t41 in the tuning part: 344/370,
    // concern or higher 347/350, none rated acute 5/520; with t42 and t43 as well 345/370,
    // 348/350 and 5/520; with t45 350/370. With e13 (unread, 58/60 before the round's
    // changes) and t47, t49 in the tuning part: 411/430, concern or higher 388/390, none
    // rated acute 5/580 (the older 370: 353); with t50 and t51 413/430, 388/390, 4/580. With
    // e15 (unread, 57/60 before the round's changes) and t52, t53 in the tuning part: 465/490
    // (the rules alone 428/490, 3 more than before the round), concern or higher 428/430,
    // none rated acute 4/640; the retrained classifier raises 5 fewer of the older files'
    // acute messages (t53's hard negatives raised its thresholds; its folds score the same).
    // With e17 (unread, 56/60 before the round's changes) and t55, t56 in the tuning part:
    // 514/550 (the rules alone 481/550), concern or higher 467/470, none rated acute 4/700.
    // Again the retrained classifier raises fewer (t55's ordinary scenes that read like
    // acute ones raised its threshold from none to acute to 0.9999992). With e18 (unread,
    // 56/60 before the round's changes) and t58, t59 in the tuning part: 574/610 (the rules
    // alone 533/610), concern or higher 508/510, none rated acute 4/760, none rated concern
    // 39/760. With e20 (unread, 59/60 before the round's changes) and t61, t62 in the tuning
    // part: 631/670 (the rules alone 592/670), concern or higher 548/550, none rated acute
    // 4/820, none rated concern 40/820. With e22 (unread, 57/60 before the round's changes)
    // and t65 in the tuning part: 689/730 (the rules alone 648/730), concern or higher
    // 587/590, none rated acute 4/880, none rated concern 44/880. With e23 (unread, 54/60
    // before the round's changes) and t66 in the tuning part: 744/790 (the rules alone
    // 699/790), concern or higher 627/630, none rated acute 4/940, none rated concern
    // 48/940. With e25 (unread, 57/60 before the round's changes) and t68 in the tuning
    // part: 805/850 (the rules alone 753/850), concern or higher 667/670, none rated acute
    // 4/1000, none rated concern 50/1000. With e26, e27 (unread, 58/60 and 53/60 before
    // their round), e29, e30 (52/60 and 55/60 before theirs), t69, t70 and t72 to t74 in the
    // tuning part: 1024/1090 (the rules alone 964/1090), concern or higher 824/830, none
    // rated acute 5/1240, none rated concern 64/1240; t74's hard negatives first raised the
    // threshold over the rules' concern to 0.99989 and cost 16 acute messages, until a
    // fisherman at dawn ("nikde nikdo") was no longer a danger to the rules. With e31, added
    // unread at the end and scored by the final rules (52/60): 1076/1150, 863/870, 6/1300.
    // With e33 (unread, 57/60 before its round) and t76 in the tuning part: 1149/1210 (the
    // rules alone 1069/1210), concern or higher 921/930, none rated acute 6/1360, none rated
    // concern 68/1360. With e35 (unread, 57/60 before its round) and t78 in the tuning part:
    // 1202/1270 (the rules alone 1127/1270), concern or higher 983/990, none rated acute
    // 9/1420, none rated concern 75/1420. With e36 (unread, 58/60 before its round) and t79
    // in the tuning part: 1243/1330 (the rules alone 1180/1330) while the acute thresholds
    // sat above the highest out-of-fold score of a "none" message: one of t79's (a woman
    // locked out, waiting on the stairs, 0.999994) raised them. Above all but that one:
    // 1266/1330, concern or higher 1043/1050, none rated acute 10/1480 (all by the rules),
    // none rated concern 73/1480. With e37 (unread, 58/60 before its round) and t80 in the
    // tuning part: 1324/1390 (the rules alone 1234/1390), concern or higher 1104/1110, none
    // rated acute 10/1540, none rated concern 79/1540. With e39 (unread, 54/60 before its
    // round, the rules alone 43/60) and t82 in the tuning part: 1381/1450 (the rules alone
    // 1277/1450), concern or higher 1163/1170, none rated acute 10/1600, none rated concern
    // 81/1600. With e40 (unread, 59/60 before its round, the rules alone 53/60) and t83 in
    // the tuning part: 1439/1510 (the rules alone 1330/1510; the classifier retrained with
    // t83 lost one of the 1440 it had), concern or higher 1220/1230, none rated acute
    // 11/1660, none rated concern 84/1660. With e41 (unread, 56/60 before its round, the
    // rules alone 53/60) and t84 in the tuning part: 1494/1570 (the rules alone 1384/1570),
    // concern or higher 1279/1290, none rated acute 12/1720, none rated concern 89/1720.
    // With e42 and e43 (unread, 54/60 and 51/60 before their rounds, the rules alone 52/60
    // and 46/60) and t85 to t87 in the tuning part: 1595/1690 (the rules alone 1483/1690),
    // concern or higher 1402/1410, none rated acute 12/1840, none rated concern 93/1840. Of
    // the 1510 acute messages of the part before this session, the rules read 1332 (+2) and
    // the retrained classifier raised 4 fewer (1435, against 1439).
    EXPECT_GE(shipped.acuteHit, 0.92 * shipped.acute);
    EXPECT_GE(shipped.concernHit, 0.95 * shipped.concern);
    EXPECT_LE(shipped.noneAcute, 0.02 * shipped.none);
    EXPECT_LE(shipped.noneConcern, 0.10 * shipped.none);
    // The classifier may only raise a level.
    EXPECT_GE(shipped.acuteHit, rules.acuteHit);
    EXPECT_GE(shipped.concernHit, rules.concernHit);
}

TEST(CorpusEval, BoundariesOnBothParts)
{
    // The tuning part with the rules alone: the boundary classifiers are trained on it.
    const BoundaryScore tuning = scoreBoundary(
        rulesAnalyzer(), corpusFiles(QStringLiteral("tuning"), QStringLiteral("boundary-")));
    const QStringList testFiles = corpusFiles(QStringLiteral("test"), QStringLiteral("boundary-"));
    const BoundaryScore rules = scoreBoundary(rulesAnalyzer(), testFiles);
    const BoundaryScore shipped = scoreBoundary(classifierAnalyzer(), testFiles);
    printBoundary("tuning", "rules", tuning);
    printBoundary("test", "rules", rules);
    printBoundary("test", "rules+classifier", shipped);
    EXPECT_GE(tuning.ruleFound, 0.90 * tuning.ruleMessages);
    EXPECT_LE(tuning.okFlagged, 0.10 * tuning.okMessages);
    // Floors for the test part (measured less a few messages; the targets are 90 % and 10 %).
    // boundary-writer-e7 (indirect wording, unread) brought the rules' recall down from 88 %
    // to 71 %; the phrase lists learn their writers, and the classifiers catch much of what
    // they miss.
    // Measured with e9: the rules 611/770 and 15/260, with the classifiers 701/770 and
    // 19/260. With e21 (unread; 124/135 and 2/45 before the round's changes) and t64 in the
    // tuning part: the rules 714/905 and 15/305, with the classifiers 835/905 and 21/305.
    EXPECT_GE(rules.ruleFound, 0.77 * rules.ruleMessages);
    EXPECT_GE(shipped.ruleFound, 0.89 * shipped.ruleMessages);
    EXPECT_LE(shipped.okFlagged, 0.09 * shipped.okMessages);
    // The classifiers only add findings.
    EXPECT_GE(shipped.ruleFound, rules.ruleFound);
    EXPECT_GE(shipped.okFlagged, rules.okFlagged);
}

TEST(CorpusEval, PersonalDataOnBothParts)
{
    const PiiScore tuning =
        scorePii(rulesAnalyzer(), corpusFiles(QStringLiteral("tuning"), QStringLiteral("pii-")));
    const PiiScore test =
        scorePii(rulesAnalyzer(), corpusFiles(QStringLiteral("test"), QStringLiteral("pii-")));
    printPii("tuning", tuning);
    printPii("test", test);
    // The target is none. pii-writer-t21 and t22 (guide-only, scored before they were read:
    // 20 leaks) still leak 7: surnames that are also common words at a sentence start
    // ("Cerny mi psal", "S Černou"), lower-case surnames in chat, a school named in lower
    // case. t27 (17 before it was read) leaks 5: surnames in lower case or that are also
    // words ("Horkému"), homes for children and seniors named with their town. Handles with
    // digits after "jméno", a gamer tag with its "#", an IBAN followed by a word, an e-mail
    // typed with a comma or spelled out ("zavináč", "tečka") and an employer after a
    // one-letter preposition ("z Komerční banky v Třebíči") are caught now.
    // t35 (the newest, guide only) leaked 36 of 154 before it was read and leaks 35:
    // surnames typed in lower case in chat ("pan vondra", "s novakem", "marek kral"), homes
    // for children, educational institutes and long-term care wards with their names, an
    // employer named by its nickname ("ve Škodovce"), a gamer tag of letters only.
    // t39 leaked 16 of 98 before it was read and leaks 9 (see PiiEval.TuningSets); homes and
    // institutes with their town took 3 more of the older files' leaks.
    // t44 leaked 29 of 134 before it was read and leaks 19 (see PiiEval.TuningSets); its
    // rules took 3 more of the older files' leaks and 1 of the test part's.
    // t48 (written to be hard: surnames that are also words, in lower case; institutions named
    // alone) leaked 44 of 104 before it was read and leaks 34: universities and faculties
    // named by one word ("na ČVUT", "na matfyzu") and surnames that are also words right
    // after a title ("s panem kralem", "doktorka cerna") are caught now, and took 8 more of
    // the older files' leaks. t50 (guide only, every kind of writer) leaked 5 of 111 before
    // it was read and leaks 1: a street after a preposition with its town before or after it
    // ("v Koline na Havlickove 14", "na Zahradni 112 v Zatci", "Lipová 8, Tábor") is caught
    // now. t54 (long messages with the data buried in a story) leaked 37 of 276 before it was
    // read and leaks 32: phone numbers read out in hundreds and tens ("pět set osmdesát dva,
    // tři sta jedenáct, …"), half in words ("sedm sedm sedm, 48 12 36") or typed apart ("7 3 1
    // - 2 0 4 - 8 8 5", "602 / 311 / 987") and an -ová surname in lower case after a
    // preposition ("o dolejšové říká") are caught now. A floor: no more leaks than that.
    // t57 (chat in lower case naming people by surname, 57 leaks of 87 before it was read)
    // leaks 36; the rules of its round took 20 more of the older files' leaks. t60 (a week
    // of clients and workers, 55 leaks of 199 before it was read) leaks 43, t63 (offices,
    // employers, courts, 13 of 272 before it was read) 6, t67 (teenagers' chat, 36 of 97
    // before it was read) 28, t71 (workers' notes and clients naming the people in their
    // lives, 16 of 154 before it was read) 10, t75 (clients naming landlords, bailiffs and
    // doctors, 3 of 108 before it was read) 2; the rules of those two rounds took 7 of the
    // older files' leaks. t77 (e-mails with signatures, police officers and bailiffs named,
    // 16 of 324 before it was read) leaks 5, and its round took one of t54's: 235. t81
    // (winter: Christmas, debts, hospitals, 2 of 170 before it was read) leaks 1, and its
    // round took one more of the older files' leaks: 235.
    EXPECT_LE(tuning.piiLeaked, 235);
    EXPECT_GE(tuning.keepKept, 0.95 * tuning.keepSubstrings);
    EXPECT_GE(test.keepKept, 0.95 * test.keepSubstrings);
    // A floor for the test part: no more leaks than measured (the target is none); e7, added
    // unread, leaked 7 of its 130 substrings; e11 (added unread, after t44's round) 9 of 138;
    // e14 (added unread, after t50's round) 1 of 110; e16 (added unread, before t54's round)
    // 8 of 111, 7 after it. The longer first-name list (about 1,470 more names, nicknames
    // and the names of the largest migrant communities) keeps 8 more of the test part's kept
    // words (1215 → 1223 of 1260) and lets one more substring through (25 → 26): a first
    // name that is also a surname can no longer be told from one.
    // The rules of t57's round (lower-case surnames and streets in chat) took 3 of the test
    // part's leaks: 23. e19 (added unread, before t60's round) leaked 5 of its 125
    // substrings, and still does after it: 28. e24 (added unread, before t67's round)
    // leaked 5 of its 122, and still does; the rules of t67's round took one of the older
    // test files' leaks: 32. e28 (added unread, before t71's round) leaked 5 of its 123;
    // the rules of t71's round (a title "Dr.", "Masarykovo nám. 4") took 2 of the test
    // part's leaks: 35. e32 (added unread at the end of that session, scored by its final
    // rules) leaks 5 of its 119: 40. e34 (added unread, before t77's round) leaked 7 of its
    // 183; the rules of t77's round (a police rank, a handle ending "_CZ", a pizzeria, a
    // street where someone lives) took 2 of the test part's leaks: 45. e38 (added unread,
    // before t81's round) leaked 4 of its 156, and still does after it: 49.
    EXPECT_LE(test.piiLeaked, 49);
}

} // namespace
} // namespace kotva::test
