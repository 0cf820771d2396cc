#include "core/referral/ReferralPlan.h"

// The script is deliberately not translated with tr(): the worker chooses the client's
// language independently of the UI language, so both versions live here side by side.
// Wording rule: peers refer, the client calls. No sentence may say that the worker or the
// service will call, contact or arrange anything on the client's behalf.

namespace kotva {

namespace {

using L = ScriptLanguage;

QString pick(L language, const char16_t* cs, const char16_t* en)
{
    return QString::fromUtf16(language == L::Czech ? cs : en);
}

/// The language and the form of address the script is written in.
struct Voice
{
    L language = L::Czech;
    Register form = Register::Formal;
};

/// Czech with vy, Czech with ty, English.
QString say(Voice voice, const char16_t* vy, const char16_t* ty, const char16_t* en)
{
    if (voice.language == L::English)
        return QString::fromUtf16(en);
    return QString::fromUtf16(voice.form == Register::Informal ? ty : vy);
}

QString professionalTitle(ProfessionalHelp help, Voice voice)
{
    const L language = voice.language;
    switch (help) {
    case ProfessionalHelp::OwnDoctor:
        return say(voice, u"lékař, který vám léky předepsal", u"lékař, který ti léky předepsal",
                   u"the doctor who prescribed your medication");
    case ProfessionalHelp::GeneralPractitioner:
        return say(voice, u"váš praktický lékař", u"tvůj praktický lékař",
                   u"your general practitioner (GP)");
    case ProfessionalHelp::Psychiatrist:
        return pick(language, u"psychiatr", u"a psychiatrist");
    case ProfessionalHelp::Psychologist:
        return pick(language, u"klinický psycholog", u"a clinical psychologist");
    case ProfessionalHelp::Psychotherapist:
        return pick(language, u"psychoterapeut", u"a psychotherapist");
    case ProfessionalHelp::LegalAdvice:
        return pick(language, u"občanská poradna nebo advokát",
                    u"a citizens' advice centre or a lawyer");
    }
    return {};
}

QString boundarySentence(BoundaryRule rule, Voice voice)
{
    switch (rule) {
    case BoundaryRule::Medication:
        return say(voice,
                   u"Na otázky k lékům a dávkám vám odpoví lékař, který vám léky předepsal, "
                   u"nebo psychiatr. Jako peer pracovníci k lékům radit nemůžeme.",
                   u"Na otázky k lékům a dávkám ti odpoví lékař, který ti léky předepsal, "
                   u"nebo psychiatr. Jako peer pracovníci k lékům radit nemůžeme.",
                   u"Questions about medication and doses are for the doctor who prescribed "
                   u"it or a psychiatrist. As peer workers we cannot advise on medication.");
    case BoundaryRule::Diagnosis:
        return say(voice, u"Diagnózu může stanovit jen psychiatr nebo klinický psycholog.",
                   u"Diagnózu může stanovit jen psychiatr nebo klinický psycholog.",
                   u"Only a psychiatrist or a clinical psychologist can make a diagnosis.");
    case BoundaryRule::Therapy:
        return say(voice,
                   u"Terapii poskytuje psychoterapeut; na koho se obrátit, vám poradí i "
                   u"praktický lékař.",
                   u"Terapii poskytuje psychoterapeut; na koho se obrátit, ti poradí i "
                   u"praktický lékař.",
                   u"Therapy is given by a psychotherapist; your GP can also suggest whom "
                   u"to see.");
    case BoundaryRule::Legal:
        return say(voice, u"Právní radu vám dá občanská poradna nebo advokát.",
                   u"Právní radu ti dá občanská poradna nebo advokát.",
                   u"A citizens' advice centre or a lawyer can give you legal advice.");
    case BoundaryRule::Decision:
        return say(voice,
                   u"Rozhodnutí je na vás. Můžeme spolu probrat, co zvažujete, ale "
                   u"rozhodnout za vás nemůžeme.",
                   u"Rozhodnutí je na tobě. Můžeme spolu probrat, co zvažuješ, ale "
                   u"rozhodnout za tebe nemůžeme.",
                   u"The decision is yours. We can talk through what you are weighing up, "
                   u"but we cannot decide for you.");
    case BoundaryRule::OnBehalf:
        return say(voice, u"Službu kontaktujete vy sami; můžeme si spolu připravit, co řeknete.",
                   u"Službu kontaktuješ ty sám nebo sama; můžeme si spolu připravit, co řekneš.",
                   u"You contact the service yourself; we can prepare together what you "
                   u"want to say.");
    case BoundaryRule::PersonalData:
        return say(voice, u"Osobní údaje nám sdělovat nemusíte.",
                   u"Osobní údaje nám sdělovat nemusíš.",
                   u"You do not need to tell us any personal details.");
    case BoundaryRule::PrivateContact:
        return say(voice, u"Jsme tu pro vás v rámci služby, ne soukromě.",
                   u"Jsme tu pro tebe v rámci služby, ne soukromě.",
                   u"We are here for you within the service, not privately.");
    case BoundaryRule::Confidentiality:
        return say(voice, u"Co zazní ve skupině, zůstává ve skupině.",
                   u"Co zazní ve skupině, zůstává ve skupině.",
                   u"What is said in the group stays in the group.");
    case BoundaryRule::Guarantee: // a worker's rule; the plan has client rules only
        return say(voice,
                   u"Co pomohlo jednomu, nemusí pomoct druhému: můžeme se podělit o to, co "
                   u"pomohlo nám, a hledat s vámi, co by mohlo pomoct vám.",
                   u"Co pomohlo jednomu, nemusí pomoct druhému: můžeme se podělit o to, co "
                   u"pomohlo nám, a hledat s tebou, co by mohlo pomoct tobě.",
                   u"What helped one person may not help another: we can share what helped "
                   u"us and look with you for what might help you.");
    }
    return {};
}

/// "• Linka první psychické pomoci: 116 123 (Po–Pá nonstop; …)".
QString bullet(const Referral& referral, Voice voice)
{
    const L language = voice.language;
    QString line = QStringLiteral("• ") + (referral.professional
                                               ? professionalTitle(*referral.professional, voice)
                                               : referral.title(language));
    if (!referral.phone().isEmpty())
        line += QStringLiteral(": ") + referral.phone();
    if (referral.entry) {
        QString details = referral.entry->hours.describe(language);
        if (referral.openNow == OpenState::Closed)
            details += pick(language, u"; právě teď zavřeno", u"; closed right now");
        line += QStringLiteral(" (") + details + QChar(u')');
        if (!referral.entry->address.isEmpty())
            line += QStringLiteral(", ") + referral.entry->address;
    }
    return line;
}

/// "155 (Zdravotnická záchranná služba) nebo 112 (…)".
QString emergencyNumbers(const ReferralPlan& plan, L language)
{
    QStringList numbers;
    for (const Referral& r : plan.referrals) {
        if (r.entry && r.entry->kind == EntryKind::Emergency)
            numbers << r.entry->phone + QStringLiteral(" (") + r.title(language) + QChar(u')');
    }
    return numbers.join(pick(language, u" nebo ", u" or "));
}

QStringList bullets(const ReferralPlan& plan, Voice voice, auto&& predicate)
{
    QStringList lines;
    for (const Referral& r : plan.referrals) {
        if (predicate(r))
            lines << bullet(r, voice);
    }
    return lines;
}

} // namespace

QString Referral::title(ScriptLanguage language) const
{
    if (entry)
        return entry->name.in(language);
    if (professional)
        return professionalTitle(*professional, Voice{language, Register::Formal});
    return {};
}

QString Referral::hours(ScriptLanguage language) const
{
    return entry ? entry->hours.describe(language) : QString();
}

QString ReferralPlan::script(ScriptLanguage language, Register form) const
{
    const Voice voice{language, form};
    QStringList paragraphs;
    const QString emergency = emergencyNumbers(*this, language);

    if (acute && !emergency.isEmpty()) {
        paragraphs << say(voice,
                          u"Vaše bezpečí je teď to nejdůležitější. Prosím, zavolejte hned teď ",
                          u"Tvoje bezpečí je teď to nejdůležitější. Prosím, zavolej hned teď ",
                          u"Your safety matters most right now. Please call ") +
                          emergency +
                          say(voice, u". Řekněte, kde jste a co se děje.",
                              u". Řekni, kde jsi a co se děje.",
                              u" right now. Tell them where you are and what is happening.");
    }
    if (thirdPerson && !emergency.isEmpty()) {
        paragraphs << say(voice, u"Pokud je v ohrožení život někoho jiného, zavolejte prosím hned ",
                          u"Pokud je v ohrožení život někoho jiného, zavolej prosím hned ",
                          u"If someone else's life is in danger, please call ") +
                          emergency +
                          say(voice,
                              u". Řekněte, kde ten člověk je, co se stalo a jestli je při "
                              u"vědomí.",
                              u". Řekni, kde ten člověk je, co se stalo a jestli je při vědomí.",
                              u" now. Say where the person is, what happened and whether "
                              u"they are conscious.");
    }
    if (violenceNow && !acute && !thirdPerson && !emergency.isEmpty()) {
        paragraphs << say(voice, u"Pokud jste vy nebo někdo jiný teď v nebezpečí, zavolejte ",
                          u"Pokud jsi ty nebo někdo jiný teď v nebezpečí, zavolej ",
                          u"If you or someone else is in danger now, call ") +
                          emergency +
                          say(voice, u". Řekněte, kde jste a co se děje.",
                              u". Řekni, kde jsi a co se děje.",
                              u". Tell them where you are and what is happening.");
    }

    const QStringList violenceLines = bullets(*this, voice, [](const Referral& r) {
        return r.entry && r.entry->kind == EntryKind::CrisisLine &&
               r.entry->hasTopic(Topic::Violence);
    });
    if (!violenceLines.isEmpty()) {
        paragraphs << say(voice, u"Poradit, co dál, a vysvětlit vaše práva vám mohou na lince:",
                          u"Poradit, co dál, a vysvětlit tvoje práva ti můžou na lince:",
                          u"For advice on what to do next and on your rights, you can call:") +
                          QChar(u'\n') + violenceLines.join(QChar(u'\n'));
    }

    const QStringList crisisLines = bullets(*this, voice, [](const Referral& r) {
        return r.entry && r.entry->kind == EntryKind::CrisisLine &&
               !r.entry->hasTopic(Topic::Violence);
    });
    if (!crisisLines.isEmpty()) {
        paragraphs << say(voice, u"Když potřebujete s někým mluvit, můžete zavolat:",
                          u"Když potřebuješ s někým mluvit, můžeš zavolat:",
                          u"When you need to talk to someone, you can call:") +
                          QChar(u'\n') + crisisLines.join(QChar(u'\n'));
    }

    const QStringList centres = bullets(*this, voice, [](const Referral& r) {
        return r.entry && r.entry->kind == EntryKind::CrisisCentre;
    });
    if (!centres.isEmpty()) {
        paragraphs << say(voice, u"Krizové centrum ve vašem kraji, kam můžete zajít:",
                          u"Krizové centrum ve tvém kraji, kam můžeš zajít:",
                          u"A crisis centre in your region you can go to:") +
                          QChar(u'\n') + centres.join(QChar(u'\n'));
    }

    const QStringList professionals =
        bullets(*this, voice, [](const Referral& r) { return r.professional.has_value(); });
    if (!professionals.isEmpty()) {
        paragraphs << say(voice, u"Odbornou pomoc vám může dát:", u"Odbornou pomoc ti může dát:",
                          u"Professional help can come from:") +
                          QChar(u'\n') + professionals.join(QChar(u'\n'));
    }

    for (BoundaryRule rule : boundaryRules)
        paragraphs << boundarySentence(rule, voice);

    if (paragraphs.isEmpty())
        return {};
    if (!referrals.isEmpty()) {
        paragraphs << say(voice,
                          u"Zavolat se rozhodujete vy. Pokud chcete, můžeme si spolu připravit, "
                          u"co řeknete.",
                          u"Zavolat se rozhoduješ ty. Pokud chceš, můžeme si spolu připravit, "
                          u"co řekneš.",
                          u"You make the call. If you like, we can go over together what you "
                          u"want to say.");
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace kotva
