#include "ui/stats/FigureLabels.h"

#include "core/session/KindLists.h"
#include "core/session/SessionTypes.h"
#include "ui/shell/FindingLabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace kotva::figurelabels {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::FigureLabels)
};

} // namespace

QString groupTitle(FigureGroup group)
{
    switch (group) {
    case FigureGroup::ContactsByChannel:
        return Tr::tr("Contacts by channel");
    case FigureGroup::ContactsByWish:
        return Tr::tr("Contacts by what the client wanted");
    case FigureGroup::CrisisLevel:
        return Tr::tr("Crisis levels reached");
    case FigureGroup::Referrals:
        return Tr::tr("Referrals given");
    case FigureGroup::DraftBoundary:
        return Tr::tr("Boundary findings in sent replies");
    case FigureGroup::SentDespiteWarning:
        return Tr::tr("Replies sent despite a warning");
    case FigureGroup::ClientRequest:
        return Tr::tr("Client requests outside the peer role");
    case FigureGroup::Stops:
        return Tr::tr("Topics stopped by the client");
    case FigureGroup::Outcome:
        return Tr::tr("Closed contacts");
    case FigureGroup::Topic:
        return Tr::tr("Topics of closed contacts");
    case FigureGroup::Mail:
        return Tr::tr("E-mail counselling");
    }
    return {};
}

QString groupExplanation(FigureGroup group)
{
    switch (group) {
    case FigureGroup::ContactsByChannel:
        return Tr::tr("Contacts opened in the month, by how the client reached the service.");
    case FigureGroup::ContactsByWish:
        return Tr::tr("Contacts opened in the month, by what the client wanted at the start.");
    case FigureGroup::CrisisLevel:
        return Tr::tr("Contacts whose messages reached a level, counted once per contact in the "
                      "month it was reached.");
    case FigureGroup::Referrals:
        return Tr::tr("Times a worker gave the client the crisis referral, by the level of "
                      "danger at that moment.");
    case FigureGroup::DraftBoundary:
        return Tr::tr("Workers' sent replies in which Kotva found a boundary of the peer role, "
                      "by rule.");
    case FigureGroup::SentDespiteWarning:
        return Tr::tr("Replies a worker chose to send although Kotva warned about a boundary.");
    case FigureGroup::ClientRequest:
        return Tr::tr("Clients' messages asking for what peers do not give, by rule.");
    case FigureGroup::Stops:
        return Tr::tr("Times a client said STOP to a topic.");
    case FigureGroup::Outcome:
        return Tr::tr("Contacts closed in the month, with a referral, and brought to "
                      "supervision.");
    case FigureGroup::Topic:
        return Tr::tr("Closed contacts by the organisation's outcome topics.");
    case FigureGroup::Mail:
        return Tr::tr("Clients' e-mails received in the month, answered, and answered within "
                      "4 working days.");
    }
    return {};
}

QString rowLabel(const FigureRow& row)
{
    switch (row.group) {
    case FigureGroup::ContactsByChannel:
        if (const auto channel = channelFromName(row.key))
            return channelLabel(*channel);
        break;
    case FigureGroup::ContactsByWish:
        if (const auto wish = contractWishFromName(row.key))
            return contractWishLabel(*wish);
        break;
    case FigureGroup::CrisisLevel:
    case FigureGroup::Referrals:
        if (const auto level = kindlists::riskLevelFromName(row.key))
            return findings::riskLabel(*level);
        break;
    case FigureGroup::DraftBoundary:
    case FigureGroup::ClientRequest:
        if (const auto rule = boundaryRuleNamed(row.key))
            return findings::ruleLabel(*rule);
        break;
    case FigureGroup::SentDespiteWarning:
        return Tr::tr("replies sent despite a warning");
    case FigureGroup::Stops:
        return Tr::tr("STOPs");
    case FigureGroup::Outcome:
        if (row.key == QLatin1String("closed"))
            return Tr::tr("closed");
        if (row.key == QLatin1String("referral_given"))
            return Tr::tr("with a referral");
        if (row.key == QLatin1String("to_supervision"))
            return Tr::tr("brought to supervision");
        break;
    case FigureGroup::Topic:
        return row.key; // the organisation's own word
    case FigureGroup::Mail:
        if (row.key == QLatin1String("received"))
            return Tr::tr("received");
        if (row.key == QLatin1String("answered"))
            return Tr::tr("answered");
        if (row.key == QLatin1String("within_deadline"))
            return Tr::tr("answered within 4 working days");
        break;
    }
    return row.key;
}

QString monthLabel(const QDate& month)
{
    return QLocale().standaloneMonthName(month.month()) + u' ' + QString::number(month.year());
}

QString shortMonthLabel(const QDate& month)
{
    return QLocale().standaloneMonthName(month.month(), QLocale::ShortFormat) + u' ' +
           QString::number(month.year() % 100).rightJustified(2, u'0');
}

QString periodLabel(const QList<QDate>& months)
{
    if (months.isEmpty())
        return {};
    if (months.size() == 1)
        return monthLabel(months.constFirst());
    return Tr::tr("%1 – %2").arg(monthLabel(months.constFirst()), monthLabel(months.constLast()));
}

} // namespace kotva::figurelabels
