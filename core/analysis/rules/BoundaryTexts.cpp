#include "core/analysis/rules/BoundaryTexts.h"

#include <QCoreApplication>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::BoundaryTexts)
};

// A client's answer, in the English source. Czech has two of each, for vykání (the
// plain entry) and tykání (disambiguation "ty"): both are listed for lupdate, and a test
// checks the two English lists are the same texts.
struct AnswerSource
{
    const char* source;
    const char* comment;
};

const AnswerSource FormalAnswers[] = {
    QT_TRANSLATE_NOOP3(
        "kotva::BoundaryTexts",
        "We cannot diagnose: peer workers are not doctors or psychologists. A psychiatrist, a "
        "psychologist or your general practitioner can assess it.",
        ""),
    QT_TRANSLATE_NOOP3(
        "kotva::BoundaryTexts",
        "We cannot advise on medication; only a doctor can. Please ask your psychiatrist "
        "or general "
        "practitioner, or a pharmacist. If it is urgent, call 155.",
        ""),
    QT_TRANSLATE_NOOP3(
        "kotva::BoundaryTexts",
        "We do not give legal or social-law advice. A citizens' advice bureau (občanská "
        "poradna), a "
        "legal advice centre or a lawyer can help; the Czech Bar Association can appoint free "
        "legal aid.",
        ""),
    QT_TRANSLATE_NOOP3(
        "kotva::BoundaryTexts",
        "We cannot provide therapy: peer support is sharing experience, not treatment. A "
        "psychotherapist, your psychiatrist or a crisis centre can.",
        ""),
    QT_TRANSLATE_NOOP3(
        "kotva::BoundaryTexts",
        "We cannot decide for you; the decision is yours. We can help you think through "
        "the options "
        "and what matters to you.",
        ""),
    QT_TRANSLATE_NOOP3(
        "kotva::BoundaryTexts",
        "We do not contact other people or services for clients. We can give you the "
        "contact and "
        "help you prepare what to say.",
        ""),
    QT_TRANSLATE_NOOP3(
        "kotva::BoundaryTexts",
        "The service is anonymous on both sides: we do not share personal data of peer "
        "workers or "
        "of other clients.",
        ""),
    QT_TRANSLATE_NOOP3(
        "kotva::BoundaryTexts",
        "Peer workers keep contact within the service: the group, the club, trips and "
        "the service "
        "phone. We do not meet privately or connect on social media.",
        ""),
    QT_TRANSLATE_NOOP3(
        "kotva::BoundaryTexts",
        "What is said in the group stays in the group, for everyone's safety, yours included.", ""),
    QT_TRANSLATE_NOOP3("kotva::BoundaryTexts",
                       "What you write stays in the service. But if your life or someone "
                       "else's were in danger, we could not keep silent: we would tell you "
                       "first and look for help together. Urgent help: 112, 155 or a crisis "
                       "line such as 116 123.",
                       ""),
    QT_TRANSLATE_NOOP3("kotva::BoundaryTexts",
                       "You do not need to send us your personal data: the service is anonymous, "
                       "a first name or a nickname is enough. Please leave out birth numbers, "
                       "addresses, account numbers and photos of documents.",
                       ""),
    QT_TRANSLATE_NOOP3("kotva::BoundaryTexts",
                       "We cannot promise that something will work: what helped one person may "
                       "not help another. We can share what helped us and look with you for "
                       "what might help you.",
                       ""),
};

const AnswerSource InformalAnswers[] = {
    QT_TRANSLATE_NOOP3(
        "kotva::BoundaryTexts",
        "We cannot diagnose: peer workers are not doctors or psychologists. A psychiatrist, a "
        "psychologist or your general practitioner can assess it.",
        "ty"),
    QT_TRANSLATE_NOOP3(
        "kotva::BoundaryTexts",
        "We cannot advise on medication; only a doctor can. Please ask your psychiatrist "
        "or general "
        "practitioner, or a pharmacist. If it is urgent, call 155.",
        "ty"),
    QT_TRANSLATE_NOOP3(
        "kotva::BoundaryTexts",
        "We do not give legal or social-law advice. A citizens' advice bureau (občanská "
        "poradna), a "
        "legal advice centre or a lawyer can help; the Czech Bar Association can appoint free "
        "legal aid.",
        "ty"),
    QT_TRANSLATE_NOOP3(
        "kotva::BoundaryTexts",
        "We cannot provide therapy: peer support is sharing experience, not treatment. A "
        "psychotherapist, your psychiatrist or a crisis centre can.",
        "ty"),
    QT_TRANSLATE_NOOP3(
        "kotva::BoundaryTexts",
        "We cannot decide for you; the decision is yours. We can help you think through "
        "the options "
        "and what matters to you.",
        "ty"),
    QT_TRANSLATE_NOOP3(
        "kotva::BoundaryTexts",
        "We do not contact other people or services for clients. We can give you the "
        "contact and "
        "help you prepare what to say.",
        "ty"),
    QT_TRANSLATE_NOOP3(
        "kotva::BoundaryTexts",
        "The service is anonymous on both sides: we do not share personal data of peer "
        "workers or "
        "of other clients.",
        "ty"),
    QT_TRANSLATE_NOOP3(
        "kotva::BoundaryTexts",
        "Peer workers keep contact within the service: the group, the club, trips and "
        "the service "
        "phone. We do not meet privately or connect on social media.",
        "ty"),
    QT_TRANSLATE_NOOP3(
        "kotva::BoundaryTexts",
        "What is said in the group stays in the group, for everyone's safety, yours included.",
        "ty"),
    QT_TRANSLATE_NOOP3("kotva::BoundaryTexts",
                       "What you write stays in the service. But if your life or someone "
                       "else's were in danger, we could not keep silent: we would tell you "
                       "first and look for help together. Urgent help: 112, 155 or a crisis "
                       "line such as 116 123.",
                       "ty"),
    QT_TRANSLATE_NOOP3("kotva::BoundaryTexts",
                       "You do not need to send us your personal data: the service is anonymous, "
                       "a first name or a nickname is enough. Please leave out birth numbers, "
                       "addresses, account numbers and photos of documents.",
                       "ty"),
    QT_TRANSLATE_NOOP3("kotva::BoundaryTexts",
                       "We cannot promise that something will work: what helped one person may "
                       "not help another. We can share what helped us and look with you for "
                       "what might help you.",
                       "ty"),
};

constexpr int SecrecyAnswer = 9;
constexpr int OwnDataAnswer = 10;
constexpr int GuaranteeAnswer = 11;

int generalAnswer(BoundaryRule rule)
{
    switch (rule) {
    case BoundaryRule::Diagnosis:
        return 0;
    case BoundaryRule::Medication:
        return 1;
    case BoundaryRule::Legal:
        return 2;
    case BoundaryRule::Therapy:
        return 3;
    case BoundaryRule::Decision:
        return 4;
    case BoundaryRule::OnBehalf:
        return 5;
    case BoundaryRule::PersonalData:
        return 6;
    case BoundaryRule::PrivateContact:
        return 7;
    case BoundaryRule::Confidentiality:
        return 8;
    case BoundaryRule::Guarantee:
        return GuaranteeAnswer;
    }
    return 0;
}

/// The answer in the UI language, in tykání or vykání where the language has them.
QString clientAnswer(int index, Register form)
{
    const AnswerSource& answer =
        form == Register::Informal ? InformalAnswers[index] : FormalAnswers[index];
    return QCoreApplication::translate("kotva::BoundaryTexts", answer.source,
                                       *answer.comment ? answer.comment : nullptr);
}

const QLatin1String Secrecy("secrecy");
const QLatin1String Told("told");
const QLatin1String OwnData("own_data");

/// The texts of a variant, or an empty string where the rule's general text fits.
QString variantExplanation(BoundaryRule rule, Author author, QStringView variant)
{
    if (rule == BoundaryRule::Confidentiality && variant == Secrecy)
        return author == Author::Worker
                   ? Tr::tr("This draft promises secrecy without exception, even if the client's "
                            "life were in danger. Confidentiality in the service ends where a "
                            "life is at stake.")
                   : Tr::tr("The client asks for a promise of secrecy even if their life were in "
                            "danger.");
    if (rule == BoundaryRule::Confidentiality && variant == Told && author == Author::Worker)
        return Tr::tr("This draft says that the client's story was passed on to someone outside "
                      "the service. What a client shares stays in the service.");
    if (rule == BoundaryRule::PersonalData && variant == OwnData && author == Author::Client)
        return Tr::tr("The client offers their own personal data.");
    return {};
}

QString variantSuggestion(BoundaryRule rule, Author author, QStringView variant, Register form)
{
    if (rule == BoundaryRule::Confidentiality && variant == Secrecy)
        return author == Author::Worker
                   ? Tr::tr("Say that what the client writes stays in the service, and that if "
                            "their life or someone else's were in danger you would act and tell "
                            "them first.")
                   : clientAnswer(SecrecyAnswer, form);
    if (rule == BoundaryRule::Confidentiality && variant == Told && author == Author::Worker)
        return Tr::tr("Do not tell anyone outside the service about the client. If you need to "
                      "talk it through, bring it to supervision without names.");
    if (rule == BoundaryRule::PersonalData && variant == OwnData && author == Author::Client)
        return clientAnswer(OwnDataAnswer, form);
    return {};
}

} // namespace

QStringList BoundaryTexts::variants(BoundaryRule rule)
{
    switch (rule) {
    case BoundaryRule::Confidentiality:
        return {Secrecy, Told};
    case BoundaryRule::PersonalData:
        return {OwnData};
    default:
        return {};
    }
}

QString BoundaryTexts::explanation(BoundaryRule rule, Author author, QStringView variant)
{
    if (!variant.isEmpty())
        if (QString text = variantExplanation(rule, author, variant); !text.isEmpty())
            return text;
    if (author == Author::Worker) {
        switch (rule) {
        case BoundaryRule::Diagnosis:
            return Tr::tr("This draft names a diagnosis. Peer workers do not diagnose; only a "
                          "psychiatrist or a "
                          "psychologist can.");
        case BoundaryRule::Medication:
            return Tr::tr(
                "This draft advises on medication (taking, changing or stopping it). Peer "
                "workers give "
                "no medical advice.");
        case BoundaryRule::Legal:
            return Tr::tr("This draft gives legal or social-law advice. The peer service does not "
                          "provide legal "
                          "counselling.");
        case BoundaryRule::Therapy:
            return Tr::tr(
                "This draft offers therapy or treatment. Peer support is not psychotherapy.");
        case BoundaryRule::Decision:
            return Tr::tr(
                "This draft decides for the client. Clients make their own decisions; the "
                "peer does not "
                "take that responsibility from them.");
        case BoundaryRule::OnBehalf:
            return Tr::tr(
                "This draft offers to contact someone for the client. Peer workers do not "
                "contact other "
                "people or services on the client's behalf.");
        case BoundaryRule::PersonalData:
            return Tr::tr(
                "This draft asks for personal data. The service is anonymous: a first name "
                "or a pseudonym "
                "is enough.");
        case BoundaryRule::PrivateContact:
            return Tr::tr(
                "This draft moves the contact into private life (a private meeting, a "
                "private number, "
                "social-media friendship). Peer workers keep contact within the service.");
        case BoundaryRule::Confidentiality:
            return Tr::tr("This draft carries what was said in the group, or by another client, "
                          "outside of it. "
                          "What is said in the group stays in the group.");
        case BoundaryRule::Guarantee:
            return Tr::tr("This draft promises that something will work, or gives advice as if it "
                          "worked for everyone. A peer shares what helped them; a promise that it "
                          "will work for the client cannot be kept, and if it does not work, the "
                          "client may feel it is their failure.");
        }
    }
    switch (rule) {
    case BoundaryRule::Diagnosis:
        return Tr::tr("The client asks for a diagnosis.");
    case BoundaryRule::Medication:
        return Tr::tr("The client asks for advice on medication.");
    case BoundaryRule::Legal:
        return Tr::tr("The client asks for legal or social-law advice.");
    case BoundaryRule::Therapy:
        return Tr::tr("The client asks for therapy.");
    case BoundaryRule::Decision:
        return Tr::tr("The client asks the worker to decide for them.");
    case BoundaryRule::OnBehalf:
        return Tr::tr("The client asks the worker to contact someone for them.");
    case BoundaryRule::PersonalData:
        return Tr::tr("The client asks for personal data.");
    case BoundaryRule::PrivateContact:
        return Tr::tr("The client asks for a private contact or meeting.");
    case BoundaryRule::Confidentiality:
        return Tr::tr("The client asks about what someone else said in the group.");
    case BoundaryRule::Guarantee:
        return Tr::tr("The client asks for a promise that something will work.");
    }
    return {};
}

QString BoundaryTexts::suggestion(BoundaryRule rule, Author author, QStringView variant,
                                  Register form)
{
    if (!variant.isEmpty())
        if (QString text = variantSuggestion(rule, author, variant, form); !text.isEmpty())
            return text;
    if (author == Author::Worker) {
        switch (rule) {
        case BoundaryRule::Diagnosis:
            return Tr::tr(
                "Say what you hear instead (\"that sounds really hard\") and, if the client "
                "wants to know "
                "more, suggest a psychiatrist or a psychologist.");
        case BoundaryRule::Medication:
            return Tr::tr(
                "Suggest that the client talks about their medication with their doctor or "
                "psychiatrist. "
                "You may share your own experience without recommending anything.");
        case BoundaryRule::Legal:
            return Tr::tr(
                "Point the client to a citizens' advice bureau (občanská poradna), a legal "
                "advice centre "
                "or a lawyer.");
        case BoundaryRule::Therapy:
            return Tr::tr(
                "Offer listening and your own experience; for therapy, suggest the client's "
                "therapist or "
                "a psychotherapist.");
        case BoundaryRule::Decision:
            return Tr::tr(
                "Help the client look at their options and ask what they want, instead of "
                "telling them "
                "what to do.");
        case BoundaryRule::OnBehalf:
            return Tr::tr(
                "Give the client the contact and, if they want, help them prepare what to say.");
        case BoundaryRule::PersonalData:
            return Tr::tr(
                "Remove the request: do not ask for surnames, addresses, phone numbers or "
                "birth numbers.");
        case BoundaryRule::PrivateContact:
            return Tr::tr(
                "Keep to the service's channels and programme: the group, the club, trips "
                "and the service "
                "phone.");
        case BoundaryRule::Confidentiality:
            return Tr::tr("Do not pass it on. If something worries you, bring it to supervision "
                          "without names.");
        case BoundaryRule::Guarantee:
            return Tr::tr("Share it as your own experience and leave the outcome open: \"what "
                          "helped me was…, maybe it is worth a try\", \"I hope it helps\", "
                          "\"I believe you can get through this\".");
        }
    }
    return clientAnswer(generalAnswer(rule), form);
}

} // namespace kotva
