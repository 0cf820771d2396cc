#include "ui/referral/ReferralTexts.h"

#include "ui/shell/DateText.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace kotva::referral_ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::ReferralTexts)
};

} // namespace

QString openStateLabel(OpenState state)
{
    switch (state) {
    case OpenState::Open:
        return Tr::tr("Open now");
    case OpenState::Closed:
        return Tr::tr("Closed now");
    case OpenState::Unknown:
        break;
    }
    return {};
}

QString levelTitle(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Acute:
        return Tr::tr("Acute danger");
    case RiskLevel::Concern:
        return Tr::tr("Concern");
    case RiskLevel::None:
        break;
    }
    return Tr::tr("No danger signs");
}

ScriptLanguage uiScriptLanguage()
{
    return QLocale().language() == QLocale::Czech ? ScriptLanguage::Czech : ScriptLanguage::English;
}

QString cutSpan(const QString& text, TextSpan span)
{
    const qsizetype start = std::clamp<qsizetype>(span.start, 0, text.size());
    const qsizetype end = std::clamp<qsizetype>(span.end, start, text.size());
    return text.mid(start, end - start).simplified();
}

QString shortDate(QDate date)
{
    if (!date.isValid())
        return Tr::tr("unknown");
    return shell::dateText(date);
}

} // namespace kotva::referral_ui
