#include "core/schedule/Programme.h"

#include <QCoreApplication>
#include <QSet>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::Programme)
};

class IssueList
{
public:
    void error(const QString& where, const QString& message)
    {
        m_issues.append({ValidationIssue::Severity::Error, where, message});
    }
    void warning(const QString& where, const QString& message)
    {
        m_issues.append({ValidationIssue::Severity::Warning, where, message});
    }
    [[nodiscard]] QList<ValidationIssue> take() { return std::move(m_issues); }

private:
    QList<ValidationIssue> m_issues;
};

QString activityPlace(qsizetype index, const Activity& activity)
{
    return QStringLiteral("activities[%1] (%2)").arg(index).arg(activity.id);
}

void validateTimes(const Activity& activity, const QString& where, IssueList& issues)
{
    if (!activity.start.isValid() || !activity.end.isValid()) {
        issues.error(where, Tr::tr("start and end time are required"));
        return;
    }
    if (activity.end <= activity.start) {
        issues.error(where, Tr::tr("the end time must be after the start time"));
        return;
    }
    const int minutes = int(activity.start.secsTo(activity.end) / 60);
    if (activity.breakMinutes < 0 || activity.breakMinutes >= minutes)
        issues.error(where, Tr::tr("the break must be shorter than the activity"));
    if (activity.breakStart.isValid() &&
        (activity.breakStart < activity.start ||
         activity.breakStart.addSecs(activity.breakMinutes * 60) > activity.end))
        issues.error(where, Tr::tr("the break must lie within the activity"));
}

void validateActivity(qsizetype index, const Activity& activity, const Organisation& organisation,
                      IssueList& issues)
{
    const QString where = activityPlace(index, activity);
    if (activity.id.trimmed().isEmpty())
        issues.error(where, Tr::tr("the activity needs an id"));
    if (activity.title.trimmed().isEmpty())
        issues.error(where, Tr::tr("the activity needs a title"));
    validateTimes(activity, where, issues);
    if (activity.rules.isEmpty())
        issues.error(where, Tr::tr("the activity needs at least one date rule"));
    bool meetsAtOrganisation = activity.venue.kind == Venue::Kind::OrganisationAddress;
    for (qsizetype r = 0; r < activity.rules.size(); ++r) {
        const RecurrenceRule& rule = activity.rules.at(r);
        const QString problem = rule.problem();
        if (!problem.isEmpty())
            issues.error(where + QStringLiteral(".rules[%1]").arg(r), problem);
        if (rule.venue && rule.venue->kind == Venue::Kind::OrganisationAddress)
            meetsAtOrganisation = true;
    }
    if (activity.venue.kind == Venue::Kind::Place && activity.venue.place.trimmed().isEmpty())
        issues.error(where, Tr::tr("the venue is a place but no place is given"));
    if (activity.capacity && *activity.capacity < 1)
        issues.error(where, Tr::tr("the capacity must be at least 1"));
    if (activity.leads.size() < Activity::MinimumLeads)
        issues.warning(where, Tr::tr("at least %1 peers should lead every activity; %2 given")
                                  .arg(Activity::MinimumLeads)
                                  .arg(activity.leads.size()));
    if (meetsAtOrganisation && organisation.address.trimmed().isEmpty())
        issues.warning(where,
                       Tr::tr("the activity meets at the organisation but its address is empty"));
}

} // namespace

QList<ValidationIssue> Programme::validate() const
{
    IssueList issues;
    if (organisation.name.trimmed().isEmpty())
        issues.error(QStringLiteral("organisation"), Tr::tr("the organisation needs a name"));

    QSet<QString> ids;
    for (qsizetype i = 0; i < activities.size(); ++i) {
        const Activity& item = activities.at(i);
        validateActivity(i, item, organisation, issues);
        if (!item.id.isEmpty() && ids.contains(item.id))
            issues.error(activityPlace(i, item), Tr::tr("the id '%1' is used twice").arg(item.id));
        ids.insert(item.id);
    }

    for (qsizetype i = 0; i < cancellations.size(); ++i) {
        const Cancellation& cancellation = cancellations.at(i);
        const QString where = QStringLiteral("cancellations[%1]").arg(i);
        const Activity* target = activity(cancellation.activityId);
        if (!target)
            issues.error(where, Tr::tr("unknown activity '%1'").arg(cancellation.activityId));
        else if (!target->ruleOn(cancellation.date))
            issues.error(
                where, Tr::tr("'%1' does not take place on %2")
                           .arg(cancellation.activityId, cancellation.date.toString(Qt::ISODate)));
    }
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const OccurrenceChange& change = changes.at(i);
        const QString where = QStringLiteral("changes[%1]").arg(i);
        const Activity* target = activity(change.activityId);
        if (!target) {
            issues.error(where, Tr::tr("unknown activity '%1'").arg(change.activityId));
            continue;
        }
        if (!target->ruleOn(change.date))
            issues.error(where, Tr::tr("'%1' does not take place on %2")
                                    .arg(change.activityId, change.date.toString(Qt::ISODate)));
        const QTime start = change.start.isValid() ? change.start : target->start;
        const QTime end = change.end.isValid() ? change.end : target->end;
        if (start.isValid() && end.isValid() && end <= start)
            issues.error(where, Tr::tr("the end time must be after the start time"));
        if (!change.start.isValid() && !change.end.isValid() && !change.venue)
            issues.error(where, Tr::tr("the change changes neither time nor venue"));
    }

    if (rota.peers.size() < OnCallRota::MinimumPeers)
        issues.warning(QStringLiteral("rota"),
                       Tr::tr("at least %1 peers should share the on-call phone; %2 given")
                           .arg(OnCallRota::MinimumPeers)
                           .arg(rota.peers.size()));
    if (rota.anchorMonday.isValid() && rota.anchorMonday.dayOfWeek() != Qt::Monday)
        issues.error(QStringLiteral("rota"), Tr::tr("the rota must start on a Monday"));
    return issues.take();
}

bool Programme::isUsable() const
{
    for (const ValidationIssue& issue : validate())
        if (issue.isError())
            return false;
    return true;
}

const Activity* Programme::activity(const QString& id) const
{
    for (const Activity& item : activities)
        if (item.id == id)
            return &item;
    return nullptr;
}

} // namespace kotva
