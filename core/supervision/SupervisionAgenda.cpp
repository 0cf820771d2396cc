#include "core/supervision/SupervisionAgenda.h"

#include "core/schedule/WorkingDays.h"
#include "core/session/SessionSql.h"
#include "core/session/TextRedaction.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace kotva {

using namespace kotva::sessionsql;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::SupervisionAgenda)
};

std::unexpected<Error> agendaError(const QSqlError& error)
{
    return fail(ErrorCode::Database,
                Tr::tr("The supervision agenda could not be read or written in the vault."),
                error.text());
}

QString monthKey(const QDate& month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QDate firstDay(const QDate& day)
{
    return QDate(day.year(), day.month(), 1);
}

/// The month's start and end in stored seconds: months are Prague's, as the team meets.
std::pair<qint64, qint64> monthSpan(const QDate& month)
{
    const QTimeZone prague = WorkingDays::pragueZone();
    return {QDateTime(month, QTime(0, 0), prague).toSecsSinceEpoch(),
            QDateTime(month.addMonths(1), QTime(0, 0), prague).toSecsSinceEpoch()};
}

} // namespace

QList<AgendaItem> SupervisionAgendaMonth::itemsOf(NoteTopic topic) const
{
    QList<AgendaItem> list;
    for (const AgendaItem& item : items)
        if (item.topic == topic)
            list << item;
    return list;
}

int SupervisionAgendaMonth::discussedCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const AgendaItem& item) { return item.discussed; }));
}

SupervisionAgenda::SupervisionAgenda(Vault& vault, const Analyzer& analyzer, const Clock& clock)
    : m_vault(vault)
    , m_analyzer(analyzer)
    , m_clock(clock)
{}

QString SupervisionAgenda::redacted(const QString& text) const
{
    return m_analyzer.analyze(redaction::normalisedForStorage(text), Author::Worker)
        .redacted.trimmed();
}

Status SupervisionAgenda::takeInNotes(const QDate& month)
{
    const auto [from, until] = monthSpan(month);
    QSqlQuery query(m_vault.database());
    // A note the worker no longer shares for team supervision leaves the agenda.
    if (!run(query,
             QStringLiteral("DELETE FROM agenda_items WHERE month = ? AND note_id IS NOT NULL AND "
                            "note_id NOT IN (SELECT id FROM supervision_notes WHERE sharing = "
                            "'team')"),
             {monthKey(month)}))
        return agendaError(query.lastError());
    // New shared notes join at the end, oldest first. (SQLCipher 3.4's SQLite has no window
    // functions to number them in one statement.)
    if (!run(query,
             QStringLiteral("SELECT n.id, n.topic, n.created_at FROM supervision_notes n WHERE "
                            "n.sharing = 'team' AND n.created_at >= ? AND n.created_at < ? AND "
                            "n.id NOT IN (SELECT note_id FROM agenda_items WHERE note_id IS NOT "
                            "NULL) ORDER BY n.created_at, n.id"),
             {from, until}))
        return agendaError(query.lastError());
    QList<QVariantList> newNotes;
    while (query.next())
        newNotes << QVariantList{query.value(0), query.value(1), query.value(2)};
    if (newNotes.isEmpty())
        return {};
    if (!run(query,
             QStringLiteral("SELECT coalesce(max(position), 0) FROM agenda_items WHERE month = ?"),
             {monthKey(month)}) ||
        !query.next())
        return agendaError(query.lastError());
    int position = query.value(0).toInt();
    for (const QVariantList& note : std::as_const(newNotes))
        if (!run(query,
                 QStringLiteral("INSERT INTO agenda_items (month, note_id, topic, position, "
                                "created_at) VALUES (?, ?, ?, ?, ?)"),
                 {monthKey(month), note.at(0), note.at(1), ++position, note.at(2)}))
            return agendaError(query.lastError());
    return {};
}

Result<QList<AgendaItem>> SupervisionAgenda::select(const QString& where,
                                                    const QVariantList& values) const
{
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT a.id, a.note_id, coalesce(n.topic, a.topic), "
                            "coalesce(n.body, a.body), coalesce(n.contact_reference, ''), "
                            "a.position, a.discussed, a.agreed, a.created_at, "
                            "coalesce(n.anonymous, 0), coalesce(m.label, '') FROM agenda_items a "
                            "LEFT JOIN supervision_notes n ON n.id = a.note_id "
                            "LEFT JOIN team_members m ON m.member_id = n.author ") +
                 where + QStringLiteral(" ORDER BY a.position, a.id"),
             values))
        return agendaError(query.lastError());
    QList<AgendaItem> items;
    while (query.next()) {
        AgendaItem item;
        item.id = query.value(0).toLongLong();
        if (!query.value(1).isNull())
            item.noteId = query.value(1).toLongLong();
        item.topic = noteTopicFromName(query.value(2).toString()).value_or(NoteTopic::Other);
        item.text = query.value(3).toString();
        item.contactReference = query.value(4).toString();
        item.position = query.value(5).toInt();
        item.discussed = query.value(6).toBool();
        item.agreed = query.value(7).toString();
        item.createdAtUtc = fromSecs(query.value(8).toLongLong());
        item.anonymous = query.value(9).toBool();
        if (!item.anonymous)
            item.author = query.value(10).toString();
        items << item;
    }
    if (query.lastError().isValid())
        return agendaError(query.lastError());
    return items;
}

Result<AgendaItem> SupervisionAgenda::item(AgendaItemId id) const
{
    const auto found = select(QStringLiteral("WHERE a.id = ?"), {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound,
                    Tr::tr("This item is no longer on the agenda (it was removed or it expired)."));
    return found->constFirst();
}

Result<SupervisionAgendaMonth> SupervisionAgenda::month(QDate day)
{
    if (Status allowed = m_roles->require(Capability::ReadTeamNotes); !allowed)
        return std::unexpected(allowed.error());
    SupervisionAgendaMonth agenda;
    agenda.month = firstDay(day);
    Transaction transaction(m_vault.database());
    if (Status s = transaction.begin(); !s)
        return std::unexpected(s.error());
    if (Status s = takeInNotes(agenda.month); !s)
        return std::unexpected(s.error());
    if (Status s = transaction.commit(); !s)
        return std::unexpected(s.error());
    const auto items = select(QStringLiteral("WHERE a.month = ?"), {monthKey(agenda.month)});
    if (!items)
        return std::unexpected(items.error());
    const QList<NoteTopic> order = allNoteTopics();
    agenda.items = *items;
    std::stable_sort(agenda.items.begin(), agenda.items.end(),
                     [&order](const AgendaItem& a, const AgendaItem& b) {
                         return order.indexOf(a.topic) < order.indexOf(b.topic);
                     });
    return agenda;
}

Result<AgendaItem> SupervisionAgenda::addItem(QDate month, NoteTopic topic, const QString& text)
{
    if (Status allowed = m_roles->require(Capability::TeamAgenda); !allowed)
        return std::unexpected(allowed.error());
    if (text.size() > MaxItemLength)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("This item is too long (at most %n character(s)).", nullptr,
                           int(MaxItemLength)));
    const QString stored = redacted(text);
    if (stored.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("An empty item cannot be added."));
    const QDate first = firstDay(month);
    QSqlQuery query(m_vault.database());
    if (!run(query,
             QStringLiteral("INSERT INTO agenda_items (month, topic, body, position, created_at) "
                            "VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM "
                            "agenda_items WHERE month = ?), ?)"),
             {monthKey(first), noteTopicName(topic), stored, monthKey(first),
              toSecs(wholeSeconds(m_clock.nowUtc()))}))
        return agendaError(query.lastError());
    return item(query.lastInsertId().toLongLong());
}

Status SupervisionAgenda::move(AgendaItemId id, int steps)
{
    if (Status allowed = m_roles->require(Capability::TeamAgenda); !allowed)
        return allowed;
    const Result<AgendaItem> moving = item(id);
    if (!moving)
        return std::unexpected(moving.error());
    QSqlQuery query(m_vault.database());
    if (!run(query, QStringLiteral("SELECT month FROM agenda_items WHERE id = ?"), {id}) ||
        !query.next())
        return agendaError(query.lastError());
    const QString month = query.value(0).toString();
    const auto all = select(QStringLiteral("WHERE a.month = ?"), {month});
    if (!all)
        return std::unexpected(all.error());
    // Within its kind: the agenda is printed kind by kind.
    QList<AgendaItem> kind;
    for (const AgendaItem& other : *all)
        if (other.topic == moving->topic)
            kind << other;
    const qsizetype from =
        std::find_if(kind.cbegin(), kind.cend(), [id](const AgendaItem& i) { return i.id == id; }) -
        kind.cbegin();
    const qsizetype to = std::clamp<qsizetype>(from + steps, 0, kind.size() - 1);
    if (to == from)
        return {};
    QList<int> positions;
    for (const AgendaItem& i : std::as_const(kind))
        positions << i.position;
    kind.move(from, to);
    Transaction transaction(m_vault.database());
    if (Status s = transaction.begin(); !s)
        return s;
    for (qsizetype i = 0; i < kind.size(); ++i)
        if (!run(query, QStringLiteral("UPDATE agenda_items SET position = ? WHERE id = ?"),
                 {positions.at(i), kind.at(i).id}))
            return agendaError(query.lastError());
    return transaction.commit();
}

Status SupervisionAgenda::setDiscussed(AgendaItemId id, bool discussed, const QString& agreed)
{
    if (Status allowed = m_roles->require(Capability::TeamAgenda); !allowed)
        return allowed;
    if (agreed.size() > MaxAgreedLength)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("What was agreed is too long (at most %n character(s)).", nullptr,
                           int(MaxAgreedLength)));
    if (const Result<AgendaItem> found = item(id); !found)
        return std::unexpected(found.error());
    QSqlQuery query(m_vault.database());
    if (!run(query,
             QStringLiteral("UPDATE agenda_items SET discussed = ?, agreed = ? WHERE id = ?"),
             {discussed ? 1 : 0, agreed.trimmed().isEmpty() ? QString() : redacted(agreed), id}))
        return agendaError(query.lastError());
    return {};
}

Status SupervisionAgenda::removeItem(AgendaItemId id)
{
    if (Status allowed = m_roles->require(Capability::TeamAgenda); !allowed)
        return allowed;
    const Result<AgendaItem> found = item(id);
    if (!found)
        return std::unexpected(found.error());
    if (found->noteId)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("A note shared for team supervision stays on the agenda while it is "
                           "shared. Mark it discussed, or ask its author to change its sharing."));
    QSqlQuery query(m_vault.database());
    if (!run(query, QStringLiteral("DELETE FROM agenda_items WHERE id = ?"), {id}))
        return agendaError(query.lastError());
    sql::wipeDeletedFromLog(m_vault.database());
    return {};
}

} // namespace kotva
