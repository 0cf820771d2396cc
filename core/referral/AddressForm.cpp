#include "core/referral/AddressForm.h"

#include "core/analysis/text/NormalisedText.h"

#include <algorithm>

namespace kotva {

namespace {

// Folded second-person words that only one form uses (no "te", which is also "tě" and "teď").
constexpr QStringView Informal[] = {
    u"jsi",   u"mas",   u"muzes",  u"ti",    u"tebe",    u"tobe",    u"tvuj",   u"tvoje",
    u"tva",   u"tvym",  u"vis",    u"chces", u"rekni",   u"napis",   u"pomoz",  u"pomuzes",
    u"delas", u"budes", u"myslis", u"bys",   u"zavolej", u"poradis", u"slysis", u"rozumis"};
constexpr QStringView Formal[] = {
    u"jste",    u"mate",   u"muzete",    u"vam",      u"vas",     u"vase",     u"vasi",   u"vasim",
    u"vite",    u"chcete", u"reknete",   u"napiste",  u"pomozte", u"pomuzete", u"delate", u"budete",
    u"myslite", u"byste",  u"zavolejte", u"poradite", u"slysite", u"rozumite"};

template <std::size_t N> bool among(QStringView word, const QStringView (&list)[N])
{
    return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

} // namespace

std::optional<Register> AddressForm::suggestedBy(const QString& clientText)
{
    const NormalisedText text(clientText);
    int informal = 0;
    int formal = 0;
    for (qsizetype i = 0; i < text.tokenCount(); ++i) {
        const QStringView word = text.word(i);
        informal += among(word, Informal);
        formal += among(word, Formal);
    }
    if (informal > formal)
        return Register::Informal;
    if (formal > informal)
        return Register::Formal;
    return std::nullopt;
}

} // namespace kotva
