#include "core/schedule/Programme.h"

#include "core/schedule/VenueClashes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::Programme)
};

/// Collects issues about one subject at a time (set with about()).
class IssueList
{
public:
    void about(ValidationIssue::Subject subject, qsizetype index = -1)
    {
        m_subject = subject;
        m_index = index;
    }
    void error(const QString& where, const QString& message)
    {
        add(ValidationIssue::Severity::Error, where, message);
    }
    void warning(const QString& where, const QString& message)
    {
        add(ValidationIssue::Severity::Warning, where, message);
    }
    [[nodiscard]] QList<ValidationIssue> take() { return std::move(m_issues); }

private:
    void add(ValidationIssue::Severity severity, const QString& where, const QString& message)
    {
        m_issues.append({severity, where, message, m_subject, m_index});
    }

    QList<ValidationIssue> m_issues;
    ValidationIssue::Subject m_subject = ValidationIssue::Subject::Organisation;
    qsizetype m_index = -1;
};

QString activityPlace(qsizetype index, const Activity& activity)
{
    if (activity.id.isEmpty())
        return QStringLiteral("activities[%1]").arg(index);
    return QStringLiteral("activities[%1] (%2)").arg(index).arg(activity.id);
}

QString placeText(const Venue& venue, const Organisation& organisation)
{
    const QString text = venue.describe(organisation);
    return text.isEmpty() ? Tr::tr("the organisation") : text;
}

void validateClashes(const Programme& programme, IssueList& issues)
{
    const QDate anchor =
        programme.rota.anchorMonday.isValid() ? programme.rota.anchorMonday : QDate::currentDate();
    const QLocale locale;
    for (const VenueClash& clash : VenueClashes::find(programme, anchor)) {
        const Activity& first = programme.activities.at(clash.first);
        const Activity& second = programme.activities.at(clash.second);
        issues.about(ValidationIssue::Subject::Activity, clash.second);
        issues.error(activityPlace(clash.second, second),
                     Tr::tr("meets at the same time and place as '%1' (e.g. %2, %3)")
                         .arg(first.title.isEmpty() ? first.id : first.title,
                              locale.toString(clash.date, QLocale::LongFormat),
                              placeText(clash.venue, programme.organisation)));
    }
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
    // Without a title there is nothing to make an id from: one clear message is enough.
    if (activity.title.trimmed().isEmpty())
        issues.error(where, Tr::tr("the activity needs a title"));
    else if (activity.id.trimmed().isEmpty())
        issues.error(where, Tr::tr("the activity needs an id"));
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
    // Supervision is led by a supervisor, not by two peers.
    if (!activity.isInternal() && activity.leads.size() < Activity::MinimumLeads)
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
    issues.about(ValidationIssue::Subject::Organisation);
    if (organisation.name.trimmed().isEmpty())
        issues.error(QStringLiteral("organisation"), Tr::tr("the organisation needs a name"));

    QSet<QString> ids;
    for (qsizetype i = 0; i < activities.size(); ++i) {
        const Activity& item = activities.at(i);
        issues.about(ValidationIssue::Subject::Activity, i);
        validateActivity(i, item, organisation, issues);
        if (!item.id.isEmpty() && ids.contains(item.id))
            issues.error(activityPlace(i, item), Tr::tr("the id '%1' is used twice").arg(item.id));
        ids.insert(item.id);
    }
    validateClashes(*this, issues);

    for (qsizetype i = 0; i < cancellations.size(); ++i) {
        const Cancellation& cancellation = cancellations.at(i);
        const QString where = QStringLiteral("cancellations[%1]").arg(i);
        issues.about(ValidationIssue::Subject::Cancellation, i);
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
        issues.about(ValidationIssue::Subject::Change, i);
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

    issues.about(ValidationIssue::Subject::Rota);
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

bool Programme::fits(const Cancellation& cancellation) const
{
    const Activity* target = activity(cancellation.activityId);
    return target && target->ruleOn(cancellation.date);
}

bool Programme::fits(const OccurrenceChange& change) const
{
    const Activity* target = activity(change.activityId);
    return target && target->ruleOn(change.date);
}

qsizetype Programme::removeStaleExceptions()
{
    const qsizetype removed = cancellations.removeIf([this](const Cancellation& item) {
        return !fits(item);
    }) + changes.removeIf([this](const OccurrenceChange& item) { return !fits(item); });
    return removed;
}

const Activity* Programme::activity(const QString& id) const
{
    for (const Activity& item : activities)
        if (item.id == id)
            return &item;
    return nullptr;
}

} // namespace kotva
