#include "core/session/SessionSql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace kotva::sessionsql {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::ContactRepository)
};

} // namespace

std::unexpected<Error> databaseError(const QSqlError& error)
{
    return fail(ErrorCode::Database,
                Tr::tr("The contact could not be read or written in the vault."), error.text());
}

std::unexpected<Error> contactNotFound()
{
    return fail(ErrorCode::NotFound,
                Tr::tr("This contact is no longer in the vault (it was deleted or it expired)."));
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK TO kotva_session"));
    query.exec(QStringLiteral("RELEASE kotva_session"));
}

Status Transaction::begin()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SAVEPOINT kotva_session")))
        return databaseError(query.lastError());
    m_open = true;
    return {};
}

Status Transaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("RELEASE kotva_session")))
        return databaseError(query.lastError());
    m_open = false;
    return {};
}

} // namespace kotva::sessionsql
