#include "core/supervision/AccessLog.h"

#include "core/session/SessionSql.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace kotva {

using namespace kotva::sessionsql;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::AccessLog)
};

std::unexpected<Error> logError(const QSqlError& error)
{
    return fail(ErrorCode::Database,
                Tr::tr("The access log could not be read or written in the vault."), error.text());
}

} // namespace

QString accessActionName(AccessAction action)
{
    switch (action) {
    case AccessAction::Unlocked:
        return QStringLiteral("unlocked");
    case AccessAction::OpenedTeamAgenda:
        return QStringLiteral("opened_team_agenda");
    case AccessAction::SavedTeamAgenda:
        return QStringLiteral("saved_team_agenda");
    case AccessAction::SavedIndividualList:
        return QStringLiteral("saved_individual_list");
    case AccessAction::OpenedSharedNote:
        return QStringLiteral("opened_shared_note");
    }
    return {};
}

std::optional<AccessAction> accessActionFromName(const QString& name)
{
    for (AccessAction action :
         {AccessAction::Unlocked, AccessAction::OpenedTeamAgenda, AccessAction::SavedTeamAgenda,
          AccessAction::SavedIndividualList, AccessAction::OpenedSharedNote})
        if (accessActionName(action) == name)
            return action;
    return std::nullopt;
}

QString accessActionLabel(AccessAction action)
{
    switch (action) {
    case AccessAction::Unlocked:
        return Tr::tr("Unlocked the vault");
    case AccessAction::OpenedTeamAgenda:
        return Tr::tr("Opened the team supervision agenda");
    case AccessAction::SavedTeamAgenda:
        return Tr::tr("Saved or printed the team supervision agenda");
    case AccessAction::SavedIndividualList:
        return Tr::tr("Saved the notes for individual supervision");
    case AccessAction::OpenedSharedNote:
        return Tr::tr("Opened a note shared for individual supervision");
    }
    return {};
}

AccessLog::AccessLog(Vault& vault, const Clock& clock)
    : m_vault(vault)
    , m_clock(clock)
{}

Status AccessLog::record(AccessAction action, const QString& detail)
{
    QSqlQuery query(m_vault.database());
    if (!run(query,
             QStringLiteral("INSERT INTO access_log (member, action, detail, created_at) VALUES "
                            "(?, ?, ?, ?)"),
             {m_member, accessActionName(action), detail, toSecs(wholeSeconds(m_clock.nowUtc()))}))
        return logError(query.lastError());
    return {};
}

Result<QList<AccessEntry>> AccessLog::entries(int limit) const
{
    if (Status allowed = m_roles->require(Capability::TeamAgenda); !allowed)
        return std::unexpected(allowed.error());
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT member, action, detail, created_at FROM access_log ORDER BY "
                            "created_at DESC, id DESC LIMIT ?"),
             {limit}))
        return logError(query.lastError());
    QList<AccessEntry> list;
    while (query.next()) {
        const std::optional<AccessAction> action = accessActionFromName(query.value(1).toString());
        if (!action)
            continue; // written by a newer Kotva
        list << AccessEntry{fromSecs(query.value(3).toLongLong()), query.value(0).toString(),
                            *action, query.value(2).toString()};
    }
    return list;
}

} // namespace kotva
