#include "ui/referral/ReferralTexts.h"

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

QString signalKindLabel(SignalKind kind)
{
    switch (kind) {
    case SignalKind::SuicidalThoughts:
        return Tr::tr("thoughts of suicide or of dying");
    case SignalKind::Plan:
        return Tr::tr("a plan or a decision to die");
    case SignalKind::Means:
        return Tr::tr("means of suicide");
    case SignalKind::AttemptInProgress:
        return Tr::tr("an attempt happening now");
    case SignalKind::Goodbye:
        return Tr::tr("saying goodbye");
    case SignalKind::SelfHarm:
        return Tr::tr("self-harm");
    case SignalKind::ViolenceNow:
        return Tr::tr("violence happening now");
    case SignalKind::Violence:
        return Tr::tr("violence or abuse");
    case SignalKind::Hopelessness:
        return Tr::tr("hopelessness");
    case SignalKind::ThirdPersonAtRisk:
        return Tr::tr("someone else's life at risk");
    }
    return {};
}

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
    const QLocale locale;
    // Czech writes "3. 11. 2026"; the locale's short format would give "03.11.26".
    return locale.language() == QLocale::Czech
               ? locale.toString(date, QStringLiteral("d. M. yyyy"))
               : locale.toString(date, QStringLiteral("d MMM yyyy"));
}

} // namespace kotva::referral_ui
