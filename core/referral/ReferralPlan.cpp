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

QString professionalTitle(ProfessionalHelp help, L language)
{
    switch (help) {
    case ProfessionalHelp::OwnDoctor:
        return pick(language, u"lékař, který vám léky předepsal",
                    u"the doctor who prescribed your medication");
    case ProfessionalHelp::GeneralPractitioner:
        return pick(language, u"váš praktický lékař", u"your general practitioner (GP)");
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

QString boundarySentence(BoundaryRule rule, L language)
{
    switch (rule) {
    case BoundaryRule::Medication:
        return pick(language,
                    u"Na otázky k lékům a dávkám vám odpoví lékař, který vám léky předepsal, "
                    u"nebo psychiatr. Jako peer pracovníci k lékům radit nemůžeme.",
                    u"Questions about medication and doses are for the doctor who prescribed "
                    u"it or a psychiatrist. As peer workers we cannot advise on medication.");
    case BoundaryRule::Diagnosis:
        return pick(language, u"Diagnózu může stanovit jen psychiatr nebo klinický psycholog.",
                    u"Only a psychiatrist or a clinical psychologist can make a diagnosis.");
    case BoundaryRule::Therapy:
        return pick(language,
                    u"Terapii poskytuje psychoterapeut; na koho se obrátit, vám poradí i "
                    u"praktický lékař.",
                    u"Therapy is given by a psychotherapist; your GP can also suggest whom "
                    u"to see.");
    case BoundaryRule::Legal:
        return pick(language, u"Právní radu vám dá občanská poradna nebo advokát.",
                    u"A citizens' advice centre or a lawyer can give you legal advice.");
    case BoundaryRule::Decision:
        return pick(language,
                    u"Rozhodnutí je na vás. Můžeme spolu probrat, co zvažujete, ale "
                    u"rozhodnout za vás nemůžeme.",
                    u"The decision is yours. We can talk through what you are weighing up, "
                    u"but we cannot decide for you.");
    case BoundaryRule::OnBehalf:
        return pick(language,
                    u"Službu kontaktujete vy sami; můžeme si spolu připravit, co řeknete.",
                    u"You contact the service yourself; we can prepare together what you "
                    u"want to say.");
    case BoundaryRule::PersonalData:
        return pick(language, u"Osobní údaje nám sdělovat nemusíte.",
                    u"You do not need to tell us any personal details.");
    case BoundaryRule::PrivateContact:
        return pick(language, u"Jsme tu pro vás v rámci služby, ne soukromě.",
                    u"We are here for you within the service, not privately.");
    case BoundaryRule::Confidentiality:
        return pick(language, u"Co zazní ve skupině, zůstává ve skupině.",
                    u"What is said in the group stays in the group.");
    }
    return {};
}

/// "• Linka první psychické pomoci: 116 123 (Po–Pá nonstop; …)".
QString bullet(const Referral& referral, L language)
{
    QString line = QStringLiteral("• ") + referral.title(language);
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

QStringList bullets(const ReferralPlan& plan, L language, auto&& predicate)
{
    QStringList lines;
    for (const Referral& r : plan.referrals) {
        if (predicate(r))
            lines << bullet(r, language);
    }
    return lines;
}

} // namespace

QString Referral::title(ScriptLanguage language) const
{
    if (entry)
        return entry->name.in(language);
    if (professional)
        return professionalTitle(*professional, language);
    return {};
}

QString Referral::hours(ScriptLanguage language) const
{
    return entry ? entry->hours.describe(language) : QString();
}

QString ReferralPlan::script(ScriptLanguage language) const
{
    QStringList paragraphs;
    const QString emergency = emergencyNumbers(*this, language);

    if (acute && !emergency.isEmpty()) {
        paragraphs << pick(language,
                           u"Vaše bezpečí je teď to nejdůležitější. Prosím, zavolejte "
                           u"hned teď ",
                           u"Your safety matters most right now. Please call ") +
                          emergency +
                          pick(language, u". Řekněte, kde jste a co se děje.",
                               u" right now. Tell them where you are and what is happening.");
    }
    if (thirdPerson && !emergency.isEmpty()) {
        paragraphs << pick(language,
                           u"Pokud je v ohrožení život někoho jiného, zavolejte prosím "
                           u"hned ",
                           u"If someone else's life is in danger, please call ") +
                          emergency +
                          pick(language,
                               u". Řekněte, kde ten člověk je, co se stalo a jestli "
                               u"je při vědomí.",
                               u" now. Say where the person is, what happened and whether "
                               u"they are conscious.");
    }
    if (violenceNow && !acute && !thirdPerson && !emergency.isEmpty()) {
        paragraphs << pick(language, u"Pokud jste vy nebo někdo jiný teď v nebezpečí, zavolejte ",
                           u"If you or someone else is in danger now, call ") +
                          emergency +
                          pick(language, u". Řekněte, kde jste a co se děje.",
                               u". Tell them where you are and what is happening.");
    }

    const QStringList violenceLines = bullets(*this, language, [](const Referral& r) {
        return r.entry && r.entry->kind == EntryKind::CrisisLine &&
               r.entry->hasTopic(Topic::Violence);
    });
    if (!violenceLines.isEmpty()) {
        paragraphs << pick(language, u"Poradit, co dál, a vysvětlit vaše práva vám mohou na lince:",
                           u"For advice on what to do next and on your rights, you can call:") +
                          QChar(u'\n') + violenceLines.join(QChar(u'\n'));
    }

    const QStringList crisisLines = bullets(*this, language, [](const Referral& r) {
        return r.entry && r.entry->kind == EntryKind::CrisisLine &&
               !r.entry->hasTopic(Topic::Violence);
    });
    if (!crisisLines.isEmpty()) {
        paragraphs << pick(language, u"Když potřebujete s někým mluvit, můžete zavolat:",
                           u"When you need to talk to someone, you can call:") +
                          QChar(u'\n') + crisisLines.join(QChar(u'\n'));
    }

    const QStringList centres = bullets(*this, language, [](const Referral& r) {
        return r.entry && r.entry->kind == EntryKind::CrisisCentre;
    });
    if (!centres.isEmpty()) {
        paragraphs << pick(language, u"Krizové centrum ve vašem kraji, kam můžete zajít:",
                           u"A crisis centre in your region you can go to:") +
                          QChar(u'\n') + centres.join(QChar(u'\n'));
    }

    const QStringList professionals =
        bullets(*this, language, [](const Referral& r) { return r.professional.has_value(); });
    if (!professionals.isEmpty()) {
        paragraphs << pick(language, u"Odbornou pomoc vám může dát:",
                           u"Professional help can come from:") +
                          QChar(u'\n') + professionals.join(QChar(u'\n'));
    }

    for (BoundaryRule rule : boundaryRules)
        paragraphs << boundarySentence(rule, language);

    if (paragraphs.isEmpty())
        return {};
    if (!referrals.isEmpty()) {
        paragraphs << pick(language,
                           u"Zavolat se rozhodujete vy. Pokud chcete, můžeme si spolu připravit, "
                           u"co řeknete.",
                           u"You make the call. If you like, we can go over together what you "
                           u"want to say.");
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace kotva
