#include "core/stats/FiguresService.h"

#include "core/schedule/WorkingDays.h"
#include "core/session/KindLists.h"
#include "core/session/SessionTypes.h"
#include "core/storage/SqlStatements.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <vector>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::FiguresService)
};

std::unexpected<Error> readError(const QSqlQuery& query)
{
    return fail(ErrorCode::Database, Tr::tr("The figures could not be read from the vault."),
                query.lastError().text());
}

/// Which month a stored time falls into: the index into the months whose starts (in
/// seconds, ascending, with the end of the last month appended) are given, or -1.
class MonthBuckets final
{
public:
    explicit MonthBuckets(const QList<QDate>& months)
    {
        const QTimeZone prague = WorkingDays::pragueZone();
        for (const QDate& month : months)
            m_starts.push_back(QDateTime(month, QTime(0, 0), prague).toSecsSinceEpoch());
        if (!months.isEmpty())
            m_starts.push_back(
                QDateTime(months.constLast().addMonths(1), QTime(0, 0), prague).toSecsSinceEpoch());
    }

    [[nodiscard]] qint64 from() const { return m_starts.empty() ? 0 : m_starts.front(); }
    [[nodiscard]] qint64 until() const { return m_starts.empty() ? 0 : m_starts.back(); }

    [[nodiscard]] qsizetype indexOf(qint64 secs) const
    {
        if (m_starts.size() < 2 || secs < m_starts.front() || secs >= m_starts.back())
            return -1;
        const auto after = std::upper_bound(m_starts.cbegin(), m_starts.cend(), secs);
        return qsizetype(after - m_starts.cbegin()) - 1;
    }

private:
    std::vector<qint64> m_starts;
};

/// Runs one read over the months' range; `each` gets the query positioned on a row and the
/// month index of its last column (created_at).
template <typename Each>
Status forEachRow(QSqlDatabase db, const MonthBuckets& buckets, const QString& sql, Each each)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!sql::run(query, sql, {buckets.from(), buckets.until()}))
        return readError(query);
    const int atColumn = query.record().count() - 1;
    while (query.next()) {
        const qsizetype month = buckets.indexOf(query.value(atColumn).toLongLong());
        if (month >= 0)
            each(query, month);
    }
    if (query.lastError().isValid())
        return readError(query);
    return {};
}

Status countContacts(QSqlDatabase db, const MonthBuckets& buckets, MonthlyFigures& figures)
{
    // The first wish is the contract the contact opened with (oldest change first).
    return forEachRow(
        db, buckets,
        QStringLiteral("SELECT c.channel, (SELECT w.wish FROM contact_contracts w "
                       "WHERE w.contact_id = c.id ORDER BY w.created_at, w.id LIMIT 1), "
                       "c.created_at FROM contacts c WHERE c.created_at >= ? AND c.created_at < ?"),
        [&figures](const QSqlQuery& q, qsizetype month) {
            figures.add(FigureGroup::ContactsByChannel, q.value(0).toString(), month);
            const QString wish = q.value(1).toString();
            figures.add(FigureGroup::ContactsByWish,
                        wish.isEmpty() ? contractWishName(ContractWish::NotSaidYet) : wish, month);
        });
}

Status countRecords(QSqlDatabase db, const MonthBuckets& buckets, MonthlyFigures& figures)
{
    return forEachRow(
        db, buckets,
        QStringLiteral("SELECT kind, details, created_at FROM records WHERE created_at >= ? AND "
                       "created_at < ? AND kind IN ('crisis', 'referral_given', "
                       "'boundary_override', 'contact_closed')"),
        [&figures](const QSqlQuery& q, qsizetype month) {
            const QString kind = q.value(0).toString();
            const QJsonObject details = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
            if (kind == QLatin1String("crisis")) {
                figures.add(FigureGroup::CrisisLevel,
                            details.value(QLatin1String("level")).toString(), month);
            } else if (kind == QLatin1String("referral_given")) {
                figures.add(FigureGroup::Referrals,
                            details.value(QLatin1String("level")).toString(), month);
            } else if (kind == QLatin1String("boundary_override")) {
                figures.add(FigureGroup::SentDespiteWarning, QStringLiteral("drafts"), month);
            } else {
                figures.add(FigureGroup::Outcome, QStringLiteral("closed"), month);
                if (details.value(QLatin1String("referralGiven")).toBool())
                    figures.add(FigureGroup::Outcome, QStringLiteral("referral_given"), month);
                const QJsonArray topics = details.value(QLatin1String("topics")).toArray();
                for (const QJsonValue& topic : topics)
                    if (!topic.toString().isEmpty())
                        figures.add(FigureGroup::Topic, topic.toString(), month);
            }
        });
}

Status countTurnFindings(QSqlDatabase db, const MonthBuckets& buckets, MonthlyFigures& figures)
{
    return forEachRow(
        db, buckets,
        QStringLiteral("SELECT author, boundary, created_at FROM turns WHERE created_at >= ? AND "
                       "created_at < ? AND boundary <> ''"),
        [&figures](const QSqlQuery& q, qsizetype month) {
            const FigureGroup group = q.value(0).toString() == QLatin1String("worker")
                                          ? FigureGroup::DraftBoundary
                                          : FigureGroup::ClientRequest;
            // A rule counts once per turn, however many spans it had.
            QList<BoundaryRule> rules = kindlists::boundaryRules(q.value(1).toString());
            std::sort(rules.begin(), rules.end());
            rules.erase(std::unique(rules.begin(), rules.end()), rules.end());
            for (BoundaryRule rule : rules)
                figures.add(group, boundaryRuleName(rule), month);
        });
}

Status countStopsAndSupervision(QSqlDatabase db, const MonthBuckets& buckets,
                                MonthlyFigures& figures)
{
    if (Status s = forEachRow(db, buckets,
                              QStringLiteral("SELECT created_at FROM contact_stops "
                                             "WHERE created_at >= ? AND created_at < ?"),
                              [&figures](const QSqlQuery&, qsizetype month) {
                                  figures.add(FigureGroup::Stops, QStringLiteral("stops"), month);
                              });
        !s)
        return s;
    return forEachRow(db, buckets,
                      QStringLiteral("SELECT created_at FROM contact_outcomes WHERE "
                                     "bring_to_supervision <> 0 AND created_at >= ? AND "
                                     "created_at < ?"),
                      [&figures](const QSqlQuery&, qsizetype month) {
                          figures.add(FigureGroup::Outcome, QStringLiteral("to_supervision"),
                                      month);
                      });
}

/// Rows in a fixed order: by group as allFigureGroups() lists them, then by the order of the
/// group's known values (channels, wishes, levels, rules), then by the most frequent topic.
void sortRows(MonthlyFigures& figures)
{
    const QList<FigureGroup> groups = allFigureGroups();
    const auto keyRank = [](const FigureRow& row) -> int {
        switch (row.group) {
        case FigureGroup::ContactsByChannel:
            if (const auto c = channelFromName(row.key))
                return int(allChannels().indexOf(*c));
            break;
        case FigureGroup::ContactsByWish:
            if (const auto w = contractWishFromName(row.key))
                return int(allContractWishes().indexOf(*w));
            break;
        case FigureGroup::CrisisLevel:
        case FigureGroup::Referrals:
            if (const auto l = kindlists::riskLevelFromName(row.key))
                return -int(*l); // acute first
            break;
        case FigureGroup::DraftBoundary:
        case FigureGroup::ClientRequest:
            if (const auto r = boundaryRuleNamed(row.key))
                return int(*r);
            break;
        case FigureGroup::Outcome:
            return int(QStringList{QStringLiteral("closed"), QStringLiteral("referral_given"),
                                   QStringLiteral("to_supervision")}
                           .indexOf(row.key));
        case FigureGroup::Topic:
            return -row.total();
        default:
            break;
        }
        return 1000;
    };
    std::stable_sort(figures.rows.begin(), figures.rows.end(),
                     [&](const FigureRow& a, const FigureRow& b) {
                         const qsizetype ga = groups.indexOf(a.group);
                         const qsizetype gb = groups.indexOf(b.group);
                         if (ga != gb)
                             return ga < gb;
                         const int ra = keyRank(a);
                         const int rb = keyRank(b);
                         return ra != rb ? ra < rb : a.key < b.key;
                     });
}

} // namespace

FiguresService::FiguresService(Vault& vault, const Clock& clock)
    : m_vault(vault)
    , m_clock(clock)
{}

QList<QDate> FiguresService::monthList(QDate day, int count)
{
    QList<QDate> months;
    const QDate last(day.year(), day.month(), 1);
    for (int i = std::clamp(count, 1, MaxMonths) - 1; i >= 0; --i)
        months << last.addMonths(-i);
    return months;
}

Result<MonthlyFigures> FiguresService::lastMonths(int months) const
{
    if (Status allowed = m_roles->require(Capability::Figures); !allowed)
        return std::unexpected(allowed.error());
    return monthsEndingWith(m_clock.nowUtc().toTimeZone(WorkingDays::pragueZone()).date(), months);
}

Result<MonthlyFigures> FiguresService::monthsEndingWith(QDate lastDay, int months) const
{
    if (Status allowed = m_roles->require(Capability::Figures); !allowed)
        return std::unexpected(allowed.error());
    MonthlyFigures figures;
    figures.months = monthList(lastDay, months);
    const MonthBuckets buckets(figures.months);
    QSqlDatabase db = m_vault.database();
    for (const auto count :
         {countContacts, countRecords, countTurnFindings, countStopsAndSupervision})
        if (Status s = count(db, buckets, figures); !s)
            return std::unexpected(s.error());
    sortRows(figures);
    return figures;
}

void addMailFigures(MonthlyFigures& figures, const QList<MailMonthFigures>& mail)
{
    for (const MailMonthFigures& month : mail) {
        const qsizetype index = figures.months.indexOf(month.month);
        if (index < 0)
            continue;
        figures.add(FigureGroup::Mail, QStringLiteral("received"), index, month.received);
        figures.add(FigureGroup::Mail, QStringLiteral("answered"), index, month.answered);
        figures.add(FigureGroup::Mail, QStringLiteral("within_deadline"), index,
                    month.answeredWithinDeadline);
    }
}

} // namespace kotva
