// Decision table for the crisis level: the hard cases of issue 3 (inflection, missing
// diacritics, idioms, negation, past, third person, means and time), each a row.

#include "RulesFixture.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <optional>

namespace kotva {
namespace {

struct RiskCase
{
    const char* name;
    const char* text;
    RiskLevel level;
    std::optional<SignalKind> signal; ///< a signal kind the assessment must contain
};

void PrintTo(const RiskCase& c, std::ostream* os)
{
    *os << c.name;
}

class CrisisDecision : public ::testing::TestWithParam<RiskCase>
{};

TEST_P(CrisisDecision, RatesTheMessage)
{
    const RiskCase& c = GetParam();
    const QString text = QString::fromUtf8(c.text);
    const CrisisAssessment assessment = test::rulesAnalyzer().analyze(text, Author::Client).crisis;
    EXPECT_EQ(riskLevelName(assessment.level), riskLevelName(c.level)) << c.text;
    if (c.signal) {
        EXPECT_TRUE(std::any_of(assessment.signals.cbegin(), assessment.signals.cend(),
                                [&](const CrisisSignal& s) { return s.kind == *c.signal; }))
            << c.text << ": no " << signalKindName(*c.signal).toStdString();
    }
    for (const CrisisSignal& s : assessment.signals) {
        EXPECT_LE(0, s.span.start) << c.text;
        EXPECT_LT(s.span.start, s.span.end) << c.text;
        EXPECT_LE(s.span.end, text.size()) << c.text;
    }
}

using enum RiskLevel;
using SK = SignalKind;

const RiskCase Cases[] = {
    // Inflection: the same stem in other forms.
    {"inflection_noun_accusative", "Poslední dobou myslím na sebevraždu.", Concern,
     SK::SuicidalThoughts},
    {"inflection_adjective", "Mívám sebevražedné nápady.", Concern, SK::SuicidalThoughts},
    {"inflection_hang_future", "Zítra se oběsím na trámu.", Acute, SK::SuicidalThoughts},
    {"inflection_selfharm_feminine", "Včera jsem se zase pořezala.", Concern, SK::SelfHarm},
    {"inflection_pills_genitive", "Spolykala jsem deset prášků.", Acute, SK::AttemptInProgress},
    // Missing diacritics.
    {"ascii_death_wish", "uz nechci zit", Concern, SK::SuicidalThoughts},
    {"ascii_plan_now", "dneska se zabiju, mam to promyslene", Acute, SK::SuicidalThoughts},
    {"ascii_pills_taken", "vzala jsem si vsechny prasky co byly doma", Acute,
     SK::AttemptInProgress},
    {"ascii_rails", "stojim na kolejich", Acute, SK::Means},
    {"upper_case", "CHCI UMŘÍT", Concern, SK::SuicidalThoughts},
    // Idioms and figures of speech.
    {"idiom_exam_kills", "Ten test z chemie mě zabije.", None, std::nullopt},
    {"idiom_dying_of_boredom", "Na té přednášce jsem umírala nudou.", None, std::nullopt},
    {"idiom_killed_presentation", "Zabila jsem tu prezentaci, všichni tleskali.", None,
     std::nullopt},
    {"idiom_laughing", "Umřu smíchy, to je vtipný.", None, std::nullopt},
    {"idiom_tired_to_death", "Jsem unavený k smrti.", None, std::nullopt},
    {"idiom_suicide_to_ride", "Je to sebevražda jezdit bez helmy.", None, std::nullopt},
    // Topic, not the writer: media, studies, natural deaths.
    {"media_film", "Včera jsme viděli film o sebevraždě jedné herečky.", None, std::nullopt},
    {"media_study", "Studuju výzkum o sebepoškozování.", None, std::nullopt},
    {"natural_death", "Teta zemřela v nemocnici na rakovinu.", None, std::nullopt},
    // Negation the Czech way.
    {"negation_is_the_signal", "Nechci žít.", Concern, SK::SuicidalThoughts},
    {"negated_act_not_acute", "Nechci se zabít, jen chci, aby to přestalo bolet.", Concern,
     std::nullopt},
    {"no_plan_caps_intent", "Napadá mě, že se zabiju, ale nic neplánuju.", Concern, std::nullopt},
    {"would_not_do_it", "Myslím na smrt, ale neudělala bych to.", Concern, std::nullopt},
    {"end_it_with_him", "Dneska večer to s ním skončím.", None, std::nullopt},
    // Past versus now.
    {"past_attempt", "Před třemi lety jsem se pokusil o sebevraždu.", Concern, std::nullopt},
    {"past_overdose", "Loni jsem se předávkovala.", Concern, std::nullopt},
    {"past_violence", "Jako dítě mě otec bil.", Concern, SK::Violence},
    {"now_violence", "Právě mě bije a nemůžu utéct.", Acute, SK::ViolenceNow},
    {"now_means_plan", "Mám doma prášky a dnes večer to udělám, nechci žít.", Acute, SK::Means},
    {"goodbye", "Sbohem, děkuju za všechno.", Acute, SK::Goodbye},
    {"bleeding", "Řízla jsem se a krev nejde zastavit.", Acute, SK::AttemptInProgress},
    {"gas", "Pustila jsem plyn a sedím v kuchyni.", Acute, SK::AttemptInProgress},
    {"vanish_trip", "Příští týden tu nebudu, jedeme na hory.", None, std::nullopt},
    {"vanish_now", "Dneska večer už tu nebudu.", Acute, SK::SuicidalThoughts},
    // Third person.
    {"third_now", "Kamarádka mi napsala, že spolykala prášky a nereaguje.", Acute,
     SK::ThirdPersonAtRisk},
    {"third_thoughts", "Syn říká, že nechce žít.", Concern, SK::ThirdPersonAtRisk},
    {"third_unconscious", "Táta leží na zemi v bezvědomí.", Acute, SK::AttemptInProgress},
    // Frames without a word like "zabít" (issue 10, a later round of guide-only writers).
    {"packs_at_any_number", "spolkla jsem 2 platy ibuprofenu", Acute, SK::AttemptInProgress},
    {"stones_in_pockets_in_water", "Kapsy mám plné kamení a stojím po kolena ve vodě.", Acute,
     SK::Means},
    {"resolved_plan_place_time", "Vím přesně kde a kdy. Zítra ve 4 ráno, dálniční most.", Acute,
     SK::Plan},
    {"weapon_bought_end_it_third", "Táta si koupil brokovnici a že to v sobotu na chatě skončí.",
     Acute, SK::Plan},
    {"knife_drawn_children_hiding", "táta vytáhl nůž na mamku, já jsem se ségrou zalezla v pokoji",
     Acute, SK::ViolenceNow},
    {"death_wish_after_everything_taken",
     "Teď jsem si dal naráz všechno, co jsem sehnal. Nechci se už probudit.", Acute,
     SK::SuicidalThoughts},
    {"news_of_someone_on_the_rails",
     "Přijdu pozdě, u Kolína někdo skočil pod vlak a stojí doprava.", None, std::nullopt},
    {"figure_run_over_by_a_train", "mám chřipku a je mi jak kdyby mě přejel vlak", None,
     std::nullopt},
    // Taking pills in the future is ordinary medicine; with a dose it is an overdose planned.
    {"future_taking_with_a_dose", "Dnes v noci si vezmu ty prášky, je jich asi šedesát.", Acute,
     SK::SuicidalThoughts},
    {"future_taking_medicine", "Dnes večer si vezmu prášek na spaní a půjdu brzo spát.", None,
     std::nullopt},
    {"jump_beside_a_plan_and_a_time", "dneska v noci skocim, vsechno je pripraveny", Acute,
     SK::SuicidalThoughts},
    {"plan_with_pills_hoarded_and_a_time",
     "uz jsem si to naplanovala na patek vecer, prasky schovavam od zacatku mesice", Acute,
     SK::Plan},
    // Spoken Czech: "sem" for "jsem", "bejt" for "být" (one pattern covers both).
    {"spoken_sem_with_all_taken", "spolkla sem vsechny prasky co sem nasla", Acute,
     SK::AttemptInProgress},
    {"spoken_bejt_death_wish", "uz tu nechci bejt, nema to smysl", Concern, std::nullopt},
    // Locked in with a weapon beside suicidal words, or with a loaded gun at hand.
    {"locked_in_with_a_gun_and_despair",
     "bratr se zamkl v garáži s puškou a říká, že už nechce žít", Acute, SK::ViolenceNow},
    {"loaded_gun_at_hand_and_danger", "vzal jsem tátovu pistoli, je nabitá a sedím s ní v autě",
     Acute, SK::ViolenceNow},
    // A hunt explains a gun cleaned and cartridges bought; a gun locked away is no danger.
    {"hunt_tomorrow_gun_ready", "Zítra jedeme na hon, kulovnice je vyčištěná a náboje mám koupené.",
     None, std::nullopt},
    {"gun_locked_in_a_safe", "Pušku mám zamčenou v trezoru, kontrola byla v pořádku.", None,
     std::nullopt},
    // Affairs settled twice over beside hopelessness are a goodbye.
    {"two_affairs_and_hopelessness",
     "Úspory jsem převedl na bratra a hesla jsou v obálce na stole. Už je to stejně jedno.", Acute,
     SK::Goodbye},
    // "Nobody call anyone" after pills taken.
    {"pills_taken_do_not_call", "vzala jsem si ty léky, teď jen čekám, nevolejte nikomu", Acute,
     std::nullopt},
    // A cat jumping from a balcony is no one's crisis; a tap dripping is no bleeding.
    {"cat_jumped_from_balcony", "Kocour zase skočil z balkonu, nic se mu nestalo.", None,
     std::nullopt},
    {"tap_dripping_all_night", "Kape to z kohoutku celou noc, znáte instalatéra?", None,
     std::nullopt},
    // Means alone are not a signal.
    {"means_alone_knife", "Potřebuju naostřit nůž na zeleninu.", None, std::nullopt},
    {"means_alone_bridge", "Sejdeme se u mostu v šest.", None, std::nullopt},
    {"jump_errand", "Skočím na poštu a pak přijdu.", None, std::nullopt},
    // Frames from the t47/t49 round: pills "in me", charcoal in a car, a gun turned on
    // oneself, a mother's goodbye on Facebook by a pond; and the idiom "na oběšení".
    {"pills_are_in_me", "zbytek paralenu, asi 20 prasku, uz je ve me. ted uz je to jedno", Acute,
     std::nullopt},
    {"charcoal_in_the_car",
     "Koupil jsem pytel uhlí a grilovací misku do auta, zítra ráno odjedu do lesa a zavřu okýnka.",
     Acute, std::nullopt},
    {"gun_turned_on_oneself", "mam sluzebni pistoli a dneska v noci ji otocim proti sobe", Acute,
     std::nullopt},
    {"mother_goodbye_by_the_pond",
     "Máma před deseti minutama dala na facebook rozloučení a že jde k rybníku.", Acute,
     std::nullopt},
    {"hockey_idiom_hanging", "na hokeji jsme dostali 8:1, hanba, to je na oběšení", None,
     std::nullopt},
    // At a height with a time or a cue of the scene, and no word of intent (t52, t53).
    {"height_wind_and_cold", "jsem pořád na střeše toho paneláku, fouká tu a je zima", Acute,
     std::nullopt},
    {"height_waiting_for_dark", "sedím na kraji střechy obchoďáku a čekám, až se setmí", Acute,
     std::nullopt},
    {"height_repair_is_ordinary", "stojím na střeše a opravuju anténu, fouká tu", None,
     std::nullopt},
    {"height_in_the_past_tense", "Zalévala jsem kytky na balkóně a spadl mi květináč dolů", None,
     std::nullopt},
    // A deadline for an answer turns a figure of speech into a threat.
    {"ultimatum_with_a_deadline", "jestli mi do půlnoci nikdo nenapíše, tak skočím z okna", Acute,
     std::nullopt},
    {"figure_of_speech_without_a_deadline", "jestli zase dostanu pětku, tak skočím z okna", None,
     std::nullopt},
    // A dose and "a moment ago" answer a worker's question without a verb.
    {"dose_a_moment_ago", "jo, byl to ibalgin, asi 40 tablet, před chvílí", Acute, std::nullopt},
    {"dose_laid_out_for_in_a_moment", "mám je vysypané na stole, 50 kusů. za chvíli", Acute,
     std::nullopt},
    {"prescription_taken_now_is_ordinary",
     "v lékárně mi dali 30 tablet na měsíc, teď je beru ráno a večer", None, std::nullopt},
    {"pack_poured_down", "celý balení jsem do sebe nasypal a zapil to", Acute, std::nullopt},
    {"goodbye_and_the_phone_unanswered", "dcera mi napsala sbohem mami a nebere telefon", Acute,
     std::nullopt},
    {"slovak_goodbye_on_a_balcony", "som na balkóne na 9. poschodí, s otcom som sa už rozlúčil",
     Acute, std::nullopt},
    {"door_being_broken_in", "soused se snaží vyrazit dveře a má v ruce sekeru", Acute,
     std::nullopt},
    // Short answers and scenes (t55, t56): a plan for when the others are away, a means and
    // a time in a few words, stones in the pockets; and what keeps such words ordinary.
    {"plan_for_when_all_are_asleep", "mám to vymyšlený na dnešní noc, ve 3, až všichni usnou",
     Acute, std::nullopt},
    {"chores_when_all_are_gone", "zítra ráno, až všichni odejdou, uklidím celý byt", None,
     std::nullopt},
    {"gun_and_a_day_in_four_words", "mam brokovnici. dneska.", Acute, std::nullopt},
    {"knife_and_now_in_four_words_is_cooking", "mám nůž. teď krájím", None, std::nullopt},
    {"stones_in_the_pockets", "mám kapsy plné kamení a řeka je rozvodněná", Acute, std::nullopt},
    {"crane_at_work_is_a_workplace", "pracuju na jeřábu, dneska je výhled až na Sněžku", None,
     std::nullopt},
    {"pills_counted_out_and_a_goodbye",
     "léky na srdce mám všechny odpočítané na talířku. Nezlob se. Tvůj táta.", Acute, std::nullopt},
    {"allergy_pills_left_by_mum", "mamka mi nechala na stole prášky na alergii, ať si je vezmu",
     None, std::nullopt},
    {"barbecue_in_the_garden", "zapálil jsem gril na zahradě, přijďte na klobásy", None,
     std::nullopt},
    {"gas_taps_turned_on", "otočil jsem všechny kohouty u sporáku a zavřel okna", Acute,
     std::nullopt},
    {"god_may_take_me", "Pánbůh by si mě už mohl vzít, je mi 84.", Concern, std::nullopt},
    {"self_harm_relapse_in_slang", "mam zas relaps se sh, 40 dni clean a v haji", Concern,
     std::nullopt},
    // t58, t59: danger said by a scene, and hard negatives that share its words.
    {"pills_laid_out_and_do_not_disturb",
     "na stole mám vysypané tři krabičky prášků na spaní a řekla jsem, ať mě nikdo neruší", Acute,
     std::nullopt},
    {"stepping_in_front_of_a_lorry", "stojím u dálnice, až pojede další kamion, vyjdu mu do cesty",
     Acute, std::nullopt},
    {"a_suicide_made_to_look_like_an_accident",
     "stojím nahoře na lešení a nejistím se, ať to vypadá jako pracovní úraz", Acute, std::nullopt},
    {"hyperbole_with_a_laughing_face", "mám tolik úkolů, že se asi oběsím 😂 ale zítra jdu do kina",
     Concern, std::nullopt},
    {"the_same_without_a_laughing_face", "zítra se oběsím, mám to promyšlené", Acute, std::nullopt},
    {"pistol_at_a_shooting_range", "byla jsem poprvé na střelnici s pistolí, trefila jsem devítku",
     None, std::nullopt},
    {"engine_idling_in_a_garage_for_a_repair",
     "v garáži mi běží motor na volnoběh a zjišťuju, odkud to klepe", None, std::nullopt},
    {"do_not_look_for_me_on_holiday",
     "příští týden mě nehledejte, jedu na dovolenou, uvidíme se za týden", None, std::nullopt},
    {"an_axe_for_firewood", "mám sekeru a jdu na to, naštípat dříví na zimu", None, std::nullopt},
    // t61, t62: short answers, stories with the danger in one sentence, and their negatives.
    {"short_answer_on_a_roof", "na střeše paneláku, 9. patro", Acute, std::nullopt},
    {"short_answer_on_a_balcony_looking_at_stars", "na balkóně, koukám na hvězdy", None,
     std::nullopt},
    {"short_answer_about_an_aerial", "na střeše máme anténu", None, std::nullopt},
    {"jump_in_a_moment_and_despair", "za chvíli skočím, už to nedávám", Acute, std::nullopt},
    {"all_of_the_pills_and_dizziness", "tátovy prášky na srdce, všechny. točí se mi hlava", Acute,
     std::nullopt},
    {"a_door_giving_way", "otčím se dobývá do pokoje, dveře už povolují", Acute, std::nullopt},
    {"a_dormitory_is_no_track", "jsem na koleji, spolubydlící zase chrápe", None, std::nullopt},
    {"bungee_for_a_birthday", "rozhodla jsem se, že na narozeniny skočím bungee z mostu", None,
     std::nullopt},
    {"last_message_before_a_trek",
     "tohle je poslední zpráva na dva týdny, zítra odlétáme a nebude signál. mějte se!", None,
     std::nullopt},
    {"a_friend_beyond_the_railing_while_at_work",
     "jsem teď v práci na směně. kamarádka je na mostě a už přelezla zábradlí", Acute,
     std::nullopt},
    {"a_letter_and_a_missing_gun",
     "ráno jsem našla dopis, ať mu odpustím, a ze skříně zmizela jeho puška", Acute, std::nullopt},
    {"come_with_me_next_time", "vzala jsem mu fotky z chalupy. příště jeď se mnou", None,
     std::nullopt},
    // t65: said around it, and the same objects in ordinary lives.
    {"rope_hanging_until_the_wife_comes",
     "Už to visí. Žena přijde z práce za hodinu, takže do té doby.", Acute, std::nullopt},
    {"waiting_on_the_tracks_for_a_train",
     "Ten ve 23:40 projíždí přejezdem za vsí a já tam budu čekat na kolejích.", Acute,
     std::nullopt},
    {"a_bandage_soaked_through", "krvácím z té rány, obvaz už je celý prosáklý a točí se mi hlava",
     Acute, std::nullopt},
    {"a_rope_packed_for_the_last_trip",
     "Zabalil jsem si do batohu provaz a jedu vlakem do lesa. Tohle je moje poslední cesta.", Acute,
     std::nullopt},
    {"an_open_window_and_the_cat", "Nechal jsem otevřené okno na balkon a kocour utekl na střechu.",
     None, std::nullopt},
    {"a_farewell_letter_for_a_retiring_colleague",
     "Dopsala jsem dopis na rozloučenou pro kolegyni, co odchází do důchodu.", None, std::nullopt},
    {"ending_a_gym_membership", "dneska jsem se rozhodla, že to ukončím s tím fitkem", None,
     std::nullopt},
    // t66: danger from someone present, said in the moment.
    {"a_child_hiding_while_the_father_beats", "táta bije mámu a máma křičí, já jsem ve skříni",
     Acute, std::nullopt},
    {"a_drunk_driver_with_children",
     "kamarád je namol a chce teď jet autem, vzadu má děti, už startuje", Acute, std::nullopt},
    {"a_girl_dragged_into_a_van",
     "právě vidím, jak nějaký chlap táhne holku do dodávky, ona křičí a kope", Acute, std::nullopt},
    {"a_carer_who_hit_and_tied_up",
     "pečovatelka mě dnes zase bila a přivázala mě k posteli, je ještě v bytě", Acute,
     std::nullopt},
    {"a_tablet_is_no_pill", "píšu na tabletu, co mi nechala vnučka", None, std::nullopt},
    {"a_threat_to_publish_photos", "ex mi vyhrožoval, že zveřejní moje fotky, jestli se nevrátím",
     Concern, std::nullopt},
    // t68: older people's means, and the same words in their ordinary lives.
    {"wrong_way_on_the_motorway",
     "Pojedu dneska na dálnici v protisměru. Auto mám natankované, za hodinu vyjedu.", Acute,
     std::nullopt},
    {"a_service_pistol_and_the_children_asleep",
     "Služebák mám nabitej na stole. Dneska v noci, až se děcka uloží, se s tím rozloučím.", Acute,
     std::nullopt},
    {"a_neighbour_seen_hanging", "oknem jsem zahlédla na trámu provaz, bojím se, že tam visí",
     Acute, std::nullopt},
    {"a_gun_safe_out_of_date", "Kupuji nový trezor na zbraně, ten starý už neodpovídá předpisům.",
     None, std::nullopt},
    {"no_strength_left_for_farming", "Prodal jsem pole sousedovi, na hospodaření už nemám sílu.",
     Concern, std::nullopt},
    // t69, t70, t72: jumping sports, a film told, and a goodbye letter beside pills.
    {"a_bungee_jump_with_a_date",
     "K narozeninám jsem si nadělila bungee jump z mostu! V sobotu v deset skočím z výšky přes "
     "padesát metrů.",
     None, std::nullopt},
    {"stones_in_pockets_in_a_film",
     "Posílám recenzi. Hrdinka si na začátku plní kapsy kameny a vchází do řeky, a celý film je "
     "pak meditací o životě.",
     None, std::nullopt},
    {"a_goodbye_letter_and_pills_tonight",
     "uz jsem napsal dopis nasim a dal ho pod polstar. vecer si vezmu ty prasky co jsem si sehnal",
     Acute, std::nullopt},
    {"gas_taps_open_at_the_cooker",
     "Okna jsem utěsnila páskou a kohoutky u sporáku jsou puštěné už čtvrt hodiny.", Acute,
     std::nullopt},
    {"a_stove_damper_closed", "Zatopila jsem v kamnech a zavřela šoupě. Asi tady usnu.", Acute,
     std::nullopt},
    // t73, t74: the same scenes with and without danger, and other people's goodbyes.
    {"all_the_vitamins_at_breakfast",
     "Vzal jsem je všechny najednou, céčko, déčko, hořčík i zinek, jak mi je žena nachystala.",
     None, std::nullopt},
    {"on_the_roof_before_the_storm",
     "jsem zrovna na střeše, opravuju anténu hned teď, než přijde ta bouřka", None, std::nullopt},
    {"a_fisherman_on_the_dam_at_dawn",
     "Ráno ve čtyři na přehradě, mlha nad vodou, nikde nikdo, a chytil sem kapra.", None,
     std::nullopt},
    {"a_sisters_goodbye_and_no_answer",
     "Sestra mi před pěti minutami napsala „promiň mi to všechno, postarej se o Mícu“ a teď "
     "nebere telefon.",
     Acute, std::nullopt},
    {"pupils_hiding_from_a_gunman",
     "Dcera mi píše, že ve škole je kluk se zbraní a oni se schovávají ve třídě pod lavicemi.",
     Acute, std::nullopt},
    {"a_winter_that_will_finish_me", "Tahle zima mě dorazí, pořád jen tma a zima.", None,
     std::nullopt},
    // t76: goodbyes hidden in instructions, and the ordinary reasons no one answers.
    {"a_rope_bought_and_the_bills_paid",
     "Dnes jsem zaplatil všechny účty a napsal bratrovi, kde najde hesla. Provaz mám koupený.",
     Acute, std::nullopt},
    {"all_the_sleeping_pills_inside_already",
     "Kanárka jsem dnes odnesla sousedce. Léky na spaní už mám všechny v sobě.", Acute,
     std::nullopt},
    {"resolved_then_standing_on_the_bridge",
     "Tak jsem se konečně odhodlal. Stojím na tom mostě. Fouká tu vítr a nikde nikdo.", Acute,
     std::nullopt},
    {"a_husband_fishing_without_signal",
     "manzel nebere telefon uz dve hodiny, ale je na rybach u prehrady a tam neni signal", None,
     std::nullopt},
    {"a_daughter_locked_in_with_headphones",
     "dcera je zamcena v koupelne uz hodinu a nereaguje, protoze ma sluchatka", None, std::nullopt},
    {"hiding_with_a_flat_battery",
     "zamkla jsem se v koupelne, on busi na dvere a rve, mam vybitej mobil", Acute, std::nullopt},
    {"a_goodbye_before_the_university_dorm",
     "Chtěla bych se rozloučit, od září nastupuji na vysokou a budu bydlet na koleji.", None,
     std::nullopt},
    // t78: the hardest acute messages, and the idiom they resemble.
    {"hiding_from_a_husband_who_threatens",
     "Manžel řekl, že až se vrátí z hospody, tak mě zabije, a doma má pušku. Píšu potichu ze "
     "záchodu.",
     Acute, std::nullopt},
    {"a_friends_goodbye_and_no_answer",
     "Kamarádka mi před deseti minutama napsala, že už ji neuvidím. Nebere telefon.", Acute,
     std::nullopt},
    {"washed_down_and_a_word_for_mum",
     "zapil jsem to vodkou a cekam. jen chci at mama vi ze sem ji mel rad", Acute, std::nullopt},
    {"mum_will_kill_me_for_the_vase", "jestli to mamka zjisti tak me zabije, rozbil sem ji vazu",
     None, std::nullopt},
    {"writing_quietly_while_mum_sleeps",
     "mamka spí, tak píšu potichu. dneska jsme spolu pekly buchty", None, std::nullopt},
    // t79: the hardest negatives, and the acute messages in their scenes.
    {"a_signalman_at_a_level_crossing",
     "Jsem výpravčí a dneska na přejezdu u nás zase někdo projel na červenou. Vlak naštěstí "
     "stihl zabrzdit.",
     None, std::nullopt},
    {"a_hangmans_knot_at_a_summer_camp",
     "Na táboře učíme děti vázat uzly na laně, ptaly se i na oběšenecký uzel. Můžeme jim ho "
     "ukázat?",
     None, std::nullopt},
    {"a_son_gone_to_jump_from_the_viaduct",
     "Syn právě odešel z domu, řekl, že jde skočit z viaduktu, a nechal tu telefon.", Acute,
     std::nullopt},
    {"a_message_read_after_death",
     "Tuhle zprávu jsem si naplánoval dopředu. Pokud ji čtete, už nežiju.", Acute, std::nullopt},
    {"a_goodbye_from_the_plane",
     "Až si tohle přečteš, budu už v letadle do Austrálie. Neboj, ozvu se.", None, std::nullopt},
    // t80: messages second-hand, dictated, in Slovak or mixed with English.
    {"finishing_this_message_and_going_to_jump", "Dopisuju tohle a jdu skočit.", Acute,
     std::nullopt},
    {"finishing_homework_and_popping_to_the_shop", "Dopisuju úkol a jdu skočit do obchodu.", None,
     std::nullopt},
    {"under_the_train_in_a_moment_in_slovak", "O chvíľu idem pod vlak, prepáčte mi.", Acute,
     std::nullopt},
    {"into_the_river_in_slovak", "Som pri Dunaji a idem do vody, nech ma nikto nehľadá.", Acute,
     std::nullopt},
    {"waiting_for_the_express_and_a_message_for_mum",
     "Čekám u trati na rychlík v deset, řekněte to mámě nějak šetrně.", Acute, std::nullopt},
    {"a_last_stream_with_a_round_in_the_chamber",
     "Tohle je můj poslední stream, náboj je v komoře, čau chat.", Acute, std::nullopt},
    {"a_last_post_before_leaving_facebook",
     "Končím s Facebookem, tohle je můj poslední příspěvek, jsem na Instagramu.", None,
     std::nullopt},
    {"a_whole_bag_of_crisps", "Dal jsem si celej pytlík chipsů, je mi blbě.", None, std::nullopt},
    // t82: the acute messages a keyword filter would miss, and negatives in their scenes.
    {"stepping_out_in_front_of_a_lorry", "Stojím u dálnice a čekám na kamion. Až pojede, vykročím.",
     Acute, std::nullopt},
    {"stepping_into_the_new_year", "Vykročím do nového roku s úsměvem.", None, std::nullopt},
    {"dad_gone_with_a_rope_saying_not_to_look",
     "Táta odešel s provazem do lesa a řekl, ať ho nehledáme.", Acute, std::nullopt},
    {"funeral_wishes_and_ending_it_tonight",
     "Pohřeb chci bez kostela, všechno je v obálce na stole. Dnes večer to ukončím.", Acute,
     std::nullopt},
    {"over_the_fence_on_a_bridge", "Jsem na mostě, pletivo jsem přelezl a držím se jen rukama.",
     Acute, std::nullopt},
    {"too_many_of_mums_pills_and_double_vision",
     "asi jsem to přehnal s máminejma práškama, vidím dvojmo", Acute, std::nullopt},
    {"too_much_beer", "Přehnal jsem to s pivem, je mi blbě.", None, std::nullopt},
    {"the_gas_turned_on_full", "Otočila jsem plynem naplno a sedím u sporáku.", Acute,
     std::nullopt},
    {"the_car_warming_up_in_the_garage",
     "Nechal jsem v garáži nastartované auto, ať se ohřeje, než vyjedu.", None, std::nullopt},
    {"a_pill_organiser_for_grandma",
     "Babičce jsem nachystala dávkovač na týden, ráno Warfarin a večer Prestarium.", None,
     std::nullopt},
    {"a_belt_tied_to_a_pipe_and_tested",
     "Pásek je uvázaný na trubce, zkoušel jsem, jestli to udrží.", Acute, std::nullopt},
    // t83: tired, drunk or panicking writers in fragments; the same scenes harmless.
    {"held_under_water_and_threatened_again",
     "Přítel mi držel hlavu pod vodou ve vaně, teď šel pro pivo a říká, že to zopakuje.", Acute,
     std::nullopt},
    {"hiding_in_the_bushes_from_an_attacker",
     "Nějakej chlap na mě skočil v parku, utekla jsem do křoví a on pořád chodí kolem a svítí "
     "baterkou.",
     Acute, std::nullopt},
    {"the_dog_jumped_up_at_the_door", "Pes na mě skočil, když jsem přišla domů.", None,
     std::nullopt},
    {"bleach_swallowed", "Vypila jsem savo, nemůžu polykat.", Acute, std::nullopt},
    {"grandad_lost_in_the_frost_in_slippers",
     "Dědeček odešel z domu v papučích, venku je mráz a nemůžeme ho najít.", Acute, std::nullopt},
    {"the_dog_hiding_from_fireworks",
     "O půlnoci jsme pouštěli ohňostroj a pes se schoval pod postel.", None, std::nullopt},
    {"regretting_the_rum", "hlava mi třeští, proč jsem pil ten rum", None, std::nullopt},
    // t84: scenes told by what is held, arranged or seen; the same words harmless.
    {"gas_told_in_fragments", "plyn puštěnej. okna zavřený. dobrou noc", Acute, std::nullopt},
    {"a_full_sentence_keeps_its_own_words", "Nechci. Žít tady s nimi je ale fajn, fakt.", None,
     std::nullopt},
    {"a_goodbye_beside_a_gun_at_the_cottage",
     "Švagr sedí na chalupě s flintou a volal sestře, že se s ní loučí.", Acute, std::nullopt},
    {"an_axe_lent_for_the_fence_and_thanks",
     "Sousedi mi půjčili sekeru na plot. Děkuji za všechno.", None, std::nullopt},
    {"someone_hanging_who_cannot_be_lifted_down", "brácha visí v garáži, nemůžu ho sundat", Acute,
     std::nullopt},
    {"laundry_hanging_in_the_attic", "Prádlo visí na půdě, večer ho musím sundat.", None,
     std::nullopt},
    {"a_child_locked_in_a_hot_car", "Na parkovišti je v autě zamčené dítě, je vedro a nehýbe se.",
     Acute, std::nullopt},
    {"shots_and_pills_one_after_another", "další panák. a další dva prášky. už to nebolí", Acute,
     std::nullopt},
    {"a_shot_and_pills_for_the_morning", "Dej si panáka a další dva prášky na hlavu si vezmi ráno.",
     None, std::nullopt},
    // t85: people in or beside institutions and closed places; the same places harmless.
    {"a_muzzle_under_the_chin", "Pistoli mám nabitou a hlaveň držím pod bradou.", Acute,
     std::nullopt},
    {"a_dormitory_window_that_does_not_close",
     "Na koleji nejde zavřít okno a správce nebere telefon.", None, std::nullopt},
    {"a_notice_hanging_on_the_door", "Na ubytovně už zase visí na dveřích cedule o nádobí.", None,
     std::nullopt},
    {"the_last_night_in_prison",
     "Poslední noc v base, zítra ráno jdu ven, s klukama jsme se rozloučili.", None, std::nullopt},
    {"kicked_in_the_head_and_not_moving",
     "Před barem kopou do kluka, kopou ho do hlavy a on se už nehýbe.", Acute, std::nullopt},
    // t86: answers to a worker's question in a live chat; the same answers harmless.
    {"hanging_curtains_on_a_chair", "stojím na židli a věším záclony, máma drží štafle", None,
     std::nullopt},
    {"a_fire_in_grandmas_room",
     "U babičky začalo hořet v pokoji, nemůžu se k ní dostat, je tam kouř.", Acute, std::nullopt},
    {"pills_not_as_the_doctor_said", "jo beru je, ale ne jak říkal doktor. všechny naráz.", Acute,
     std::nullopt},
    {"the_handbrake_above_a_quarry",
     "zaparkovala jsem nad lomem, auto stojí čumákem dolů, stačí pustit brzdu", Acute,
     std::nullopt},
    {"mum_will_kill_me_for_the_mess", "Mam doma hrozny neporadek, mama me zabije, az prijede.",
     None, std::nullopt},
    // t87: people writing about someone else; the same scenes harmless.
    {"a_neighbours_flat_on_fire_and_he_stays", "Sousedovi hoří byt a on tam pořád je, nechce ven.",
     Acute, std::nullopt},
    {"a_friend_who_cannot_be_woken_with_blue_lips",
     "Kamarádka se po večírku nedá probudit a rty má modrý.", Acute, std::nullopt},
    {"a_goodbye_photo_from_a_bridge", "Brácha mi poslal fotku z mostu a napsal, ať se mám hezky.",
     Acute, std::nullopt},
    {"a_photo_from_a_viewpoint_on_a_trip",
     "Syn mi poslal fotku z vyhlídky, stojí kousek od zábradlí a mně se z toho točí hlava 😅", None,
     std::nullopt},
    // t88: illness, pain and addiction; the same lives harmless.
    {"an_insulin_pump_turned_up_with_the_alarms_off",
     "Nastavil jsem si pumpu na velký bolus a vypnul alarmy, brzo usnu.", Acute, std::nullopt},
    {"phone_alarms_off_for_a_night_of_sleep", "Vypnul jsem alarmy na mobilu, ať se v noci vyspím.",
     None, std::nullopt},
    {"seizures_three_days_without_alcohol",
     "Táta je tři dny bez alkoholu, leží na zemi, hází s ním křeče.", Acute, std::nullopt},
    {"eyes_rolled_at_homework", "Protočila oči v sloup, když jsem jí řekl o úkolu.", None,
     std::nullopt},
    {"a_dog_with_foam_after_a_run", "Pes po procházce pije a má trochu pěnu u pusy od běhání.",
     None, std::nullopt},
    {"a_son_who_will_not_wake_for_school", "Syna nemůžu ráno probudit do školy, je to hrůza.", None,
     std::nullopt},
    // t89: messages typed in a hurry or in pieces; the same scenes harmless.
    {"alone_at_the_top_of_the_macocha_abyss", "Jsem nahoře u Macochy, nikdo tu není.", Acute,
     std::nullopt},
    {"a_family_trip_to_the_macocha_abyss", "Byli jsme s dětmi na Macoše, nahoře bylo plno lidí.",
     None, std::nullopt},
    {"a_knot_ready_on_the_beam", "Uzel už je hotový na trámu a stojím na židli.", Acute,
     std::nullopt},
    {"petrol_poured_in_the_hall_and_a_threat_to_burn",
     "Přítel polil chodbu benzínem a křičí, že nás zapálí.", Acute, std::nullopt},
    {"a_last_message_before_bed", "Jdu spát, poslední zpráva dneska, slibuju.", None, std::nullopt},
    // t90: danger from someone else now; the same scenes harmless.
    {"an_ex_forced_his_way_in_and_locked_the_children_in",
     "Bývalý se násilím dostal dovnitř a teď je zamknul s sebou v koupelně.", Acute, std::nullopt},
    {"a_neighbour_let_us_in_through_the_cellar",
     "Soused se dostal dovnitř přes sklep, když jsme zapomněli klíče, a otevřel nám.", None,
     std::nullopt},
    {"a_shot_next_door_then_silence", "Slyšela jsem výstřel u sousedů, pak křik a teď je ticho.",
     Acute, std::nullopt},
    {"a_knife_held_to_the_throat_by_a_flatmate",
     "Spolubydlící mi teď přiložil nůž ke krku a říká, že se vrátí.", Acute, std::nullopt},
    {"how_to_hold_a_kitchen_knife", "Kamarád mi ukazoval, jak se správně drží nůž v kuchyni.", None,
     std::nullopt},
    // t91: older people and formal e-mails; the same lives harmless.
    {"a_boiler_lit_and_the_gaps_stuffed_with_towels",
     "Kotel v koupelně jsem rozdělal a škvíry pod dveřmi ucpal ručníky. Děkuji za vše.", Acute,
     std::nullopt},
    {"towels_against_a_draught", "Ucpal jsem škvíry pod oknem ručníky, protože táhne.", None,
     std::nullopt},
    {"to_the_dam_once_more_into_the_water",
     "Dnes je úplněk, půjdu k přehradě ještě jednou, tentokrát až do vody.", Acute, std::nullopt},
    {"a_last_email_from_an_old_address",
     "Tohle je můj poslední e-mail z této adresy, přecházím na nový účet.", None, std::nullopt},
    {"when_i_am_gone_meaning_a_care_home",
     "Tchán pořád říká, až tu nebudu, tak si to rozdělte, ale myslí tím, že jde do domova.", None,
     std::nullopt},
    // t92-t94: a rope or a gun at hand with a time and despair or "to zkusí"; taken pills;
    // bleeding that does not stop; a last story; the same lives harmless.
    {"a_classmate_with_a_rope_who_will_try_tonight",
     "Spolužák má v batohu provaz a říkal, že to dneska večer zkusí.", Acute, SignalKind::Means},
    {"a_washing_line_tonight",
     "Koupila jsem provaz na prádlo a dneska večer ho natáhnu na balkoně.", None, std::nullopt},
    {"a_father_with_a_gun_who_says_it_is_all_useless",
     "Táta sedí v garáži s flintou, dneska je to všechno zbytečný, říkal.", Acute, std::nullopt},
    {"a_gun_packed_for_a_hunt", "Zítra jedeme s tátou na hon, flintu má už nachystanou v autě.",
     None, std::nullopt},
    {"a_forearm_cut_that_will_not_stop", "Pořezal jsem si předloktí a nemůžu přestat krvácet.",
     Acute, std::nullopt},
    {"a_paper_cut_that_stopped",
     "Kolegyně vyprávěla, že se řízla o papír a chvíli nemohla přestat krvácet z prstu, pak to "
     "přestalo.",
     None, std::nullopt},
    {"a_friend_posting_a_last_story",
     "Kámoška teď dala na insta poslední story a napsala sbohem lásko.", Acute, std::nullopt},
    {"goodbye_to_summer_in_a_story", "Dala jsem na insta story z hor, sbohem léto.", None,
     std::nullopt},
    {"sleeping_pills_taken", "užila jsem asi dvacet prášků na spaní", Acute, std::nullopt},
    {"enjoyed_a_concert", "užila jsem si to na koncertě, bylo to super", None, std::nullopt},
    // t95-t96: a vacuum hose in the car, a hair dryer in the bath; the same things at home.
    {"a_vacuum_hose_and_tape_in_the_car",
     "Mám v autě hadici od vysavače a izolepu, večer pojedu do lesa.", Acute, std::nullopt},
    {"a_hose_and_tape_for_the_garden",
     "Koupil jsem hadici a izolepu, v sobotu opravujeme zahradní zavlažování.", None, std::nullopt},
    {"a_hair_dryer_in_the_bath", "sedím ve vaně s fénem v ruce a zásuvka je hned vedle", Acute,
     std::nullopt},
    {"a_hair_dryer_after_the_bath", "Fén mám po babičce, suším si s ním vlasy po vaně.", None,
     std::nullopt},
    // t107: the short answer that is nothing but pills and how many; a prescription, a course
    // in the past and one tablet stay ordinary.
    {"a_count_of_pills_as_the_answer", "40 prasku, spocitany", Acute,
     SignalKind::AttemptInProgress},
    {"two_blister_packs_as_the_answer", "rivotril, 2 plata", Acute, SignalKind::AttemptInProgress},
    {"pills_for_a_month", "30 tablet na měsíc, beru je ráno", None, std::nullopt},
    {"pills_swallowed_last_year", "loni jsem spolykala 30 prášků", Concern, std::nullopt},
    {"one_tablet_as_the_answer", "jeden prášek na spaní", None, std::nullopt},
    // Edge input.
    {"empty", "", None, std::nullopt},
    {"punctuation_only", "?!... :-)", None, std::nullopt},
};

INSTANTIATE_TEST_SUITE_P(Table, CrisisDecision, ::testing::ValuesIn(Cases),
                         [](const ::testing::TestParamInfo<RiskCase>& row) {
                             return std::string(row.param.name);
                         });

TEST(CrisisDetectorTest, VeryLongTextKeepsSpansInside)
{
    QString text;
    for (int i = 0; i < 2000; ++i)
        text += QStringLiteral("Dnes je hezky a jdu na procházku. ");
    text += QStringLiteral("Chci se dnes oběsit.");
    const CrisisAssessment assessment = test::rulesAnalyzer().analyze(text, Author::Client).crisis;
    EXPECT_EQ(assessment.level, RiskLevel::Acute);
    ASSERT_FALSE(assessment.signals.isEmpty());
    for (const CrisisSignal& s : assessment.signals)
        EXPECT_GE(s.span.start, text.size() - 25);
}

TEST(CrisisDetectorTest, TellsTheSafetyNetWhereItFoundWordsOfASignal)
{
    // A goodbye that decides nothing on its own is still words of a signal: the classifier
    // needs less to raise such a message to acute. An idiom or a film explains its words.
    const auto assess = [](const char* text) {
        return test::rulesAnalyzer().analyze(QString::fromUtf8(text), Author::Client).crisis;
    };
    const CrisisAssessment thanks = assess("Děkuju za všechno.");
    EXPECT_EQ(thanks.level, RiskLevel::None);
    EXPECT_TRUE(thanks.signalWords);
    EXPECT_FALSE(assess("to je sebevražda jet v zimě na kole").signalWords);
    EXPECT_FALSE(assess("v tom filmu se hrdina na konci oběsí").signalWords);
    EXPECT_FALSE(assess("Zítra jdu nakoupit.").signalWords);
}

TEST(CrisisDetectorTest, SomeoneAtTheDoorIsDangerOnlyBesideFearOrAThreat)
{
    // Someone here or on the way is a visit, and fear alone is a feeling; together, or
    // someone here beside a threat, they are a person in danger now.
    const auto level = [](const char* text) {
        return test::rulesAnalyzer().analyze(QString::fromUtf8(text), Author::Client).crisis.level;
    };
    EXPECT_EQ(level("Soused zase zvoní u dveří, asi chce vrátit vrtačku."), RiskLevel::None);
    EXPECT_EQ(level("Bojím se zítřejší zkoušky z matiky."), RiskLevel::None);
    EXPECT_EQ(level("Bývalý zase zvoní u dveří a já se strašně bojím."), RiskLevel::Acute);
    EXPECT_EQ(level("Ex sedí v autě naproti mé práci. Má soudní zákaz se ke mně přibližovat."),
              RiskLevel::Acute);
    EXPECT_EQ(level("Minule mi zlomil nos. Teď mi napsal, že jede sem."), RiskLevel::Acute);
    // Fear of what was is no danger now.
    EXPECT_NE(level("Minulý týden rozbil dveře a od té doby mám strach, co bude."),
              RiskLevel::Acute);
}

TEST(CrisisDetectorTest, SpansPointAtTheOriginalWordsWithDiacritics)
{
    const QString text = QStringLiteral("😢 Mám sebevražedné myšlenky.");
    const CrisisAssessment assessment = test::rulesAnalyzer().analyze(text, Author::Client).crisis;
    ASSERT_EQ(assessment.signals.size(), 1);
    const TextSpan span = assessment.signals.first().span;
    EXPECT_EQ(text.mid(span.start, span.end - span.start), QStringLiteral("sebevražedné"));
}

} // namespace
} // namespace kotva

namespace kotva {
namespace {

TEST(CrisisDetectorTest, LexiconsEmbeddedInTheBuildGiveTheSameResult)
{
    Result<Analyzer> builtIn = Analyzer::create();
    ASSERT_TRUE(builtIn.has_value()) << builtIn.error().toString().toStdString();
    const QString text = QStringLiteral("Stojím na římse a chci skočit.");
    EXPECT_EQ(builtIn->analyze(text, Author::Client).crisis.level, RiskLevel::Acute);
    EXPECT_EQ(test::rulesAnalyzer().analyze(text, Author::Client).crisis.level, RiskLevel::Acute);
}

} // namespace
} // namespace kotva
