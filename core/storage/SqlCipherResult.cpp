#include "core/storage/SqlCipherResult.h"

#include "core/storage/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>

#include <sqlcipher/sqlite3.h>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::SqlCipherDriver)
};

QMetaType metaTypeForColumnType(int type)
{
    switch (type) {
    case SQLITE_INTEGER:
        return QMetaType(QMetaType::LongLong);
    case SQLITE_FLOAT:
        return QMetaType(QMetaType::Double);
    case SQLITE_BLOB:
        return QMetaType(QMetaType::QByteArray);
    case SQLITE_TEXT:
        return QMetaType(QMetaType::QString);
    default:
        return QMetaType();
    }
}

} // namespace

QMetaType SqlCipherResult::metaTypeForDeclaredType(const char* declared)
{
    if (!declared)
        return QMetaType();
    // SQLite's column affinity rules (datatype3.html, section 3.1), in their order.
    const QByteArray decl = QByteArray(declared).toUpper();
    if (decl.contains("INT"))
        return QMetaType(QMetaType::LongLong);
    if (decl.contains("CHAR") || decl.contains("CLOB") || decl.contains("TEXT"))
        return QMetaType(QMetaType::QString);
    if (decl.isEmpty() || decl.contains("BLOB"))
        return QMetaType(QMetaType::QByteArray);
    return QMetaType(QMetaType::Double);
}

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver)
{}

SqlCipherResult::~SqlCipherResult()
{
    if (const SqlCipherDriver* d = owner())
        d->m_results.removeOne(this);
    finalize();
}

const SqlCipherDriver* SqlCipherResult::owner() const
{
    return static_cast<const SqlCipherDriver*>(driver());
}

sqlite3* SqlCipherResult::connection() const
{
    const SqlCipherDriver* d = owner();
    return d ? d->m_db : nullptr;
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_hasPendingRow = false;
    m_done = true;
}

bool SqlCipherResult::isStepping() const
{
    return m_stmt && sqlite3_stmt_busy(m_stmt);
}

bool SqlCipherResult::failWith(const QString& driverText, QSqlError::ErrorType type, int code)
{
    if (const SqlCipherDriver* d = owner())
        setLastError(d->makeError(driverText, type, code));
    else
        setLastError(QSqlError(driverText, {}, type));
    return false;
}

bool SqlCipherResult::reset(const QString& query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString& query)
{
    finalize();
    m_record.clear();
    m_cache.clear();
    sqlite3* db = connection();
    if (!db || !owner()->isOpen())
        return failWith(Tr::tr("The database is not open."), QSqlError::ConnectionError,
                        SQLITE_MISUSE);

    const QByteArray sql = query.toUtf8();
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        finalize();
        return failWith(Tr::tr("Could not prepare the statement."), QSqlError::StatementError,
                        sqlite3_extended_errcode(db));
    }
    if (!m_stmt)
        return failWith(Tr::tr("The statement is empty."), QSqlError::StatementError,
                        SQLITE_MISUSE);
    // One statement per query: silently ignoring the rest would hide mistakes.
    if (tail && !QByteArray(tail).trimmed().isEmpty()) {
        finalize();
        return failWith(Tr::tr("Only one statement can be run at a time."),
                        QSqlError::StatementError, SQLITE_MISUSE);
    }
    return true;
}

bool SqlCipherResult::bindAll()
{
    const QVariantList values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (values.size() != expected) {
        return failWith(
            Tr::tr("The statement expects %1 values but got %2.").arg(expected).arg(values.size()),
            QSqlError::StatementError, SQLITE_RANGE);
    }
    for (int i = 0; i < expected; ++i) {
        const QVariant& value = values.at(i);
        const int index = i + 1;
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_stmt, index);
        } else {
            switch (value.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Long:
            case QMetaType::ULong:
            case QMetaType::LongLong:
            case QMetaType::Char:
            case QMetaType::SChar:
            case QMetaType::UChar:
                rc = sqlite3_bind_int64(m_stmt, index, value.toLongLong());
                break;
            case QMetaType::ULongLong:
                rc = sqlite3_bind_int64(m_stmt, index, qint64(value.toULongLong()));
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, index, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()),
                                       SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QDateTime: {
                const QByteArray text =
                    value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8();
                rc = sqlite3_bind_text(m_stmt, index, text.constData(), int(text.size()),
                                       SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QByteArray text = value.toString().toUtf8();
                rc = sqlite3_bind_text(m_stmt, index, text.constData(), int(text.size()),
                                       SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK)
            return failWith(Tr::tr("Could not bind a value."), QSqlError::StatementError, rc);
    }
    return true;
}

bool SqlCipherResult::exec()
{
    sqlite3* db = connection();
    if (!m_stmt || !db)
        return failWith(Tr::tr("No statement is prepared."), QSqlError::StatementError,
                        SQLITE_MISUSE);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_cache.clear();
    m_hasPendingRow = false;
    m_done = false;
    m_lastOnly = false;
    m_stmtRow = -1;
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    if (!bindAll())
        return false;

    // Step once here so that errors (a wrong key shows up on the first read) belong to exec().
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_hasPendingRow = true;
    } else if (rc == SQLITE_DONE) {
        m_done = true;
        if (!sqlite3_stmt_readonly(m_stmt)) {
            m_rowsAffected = sqlite3_changes(db);
            if (m_rowsAffected > 0)
                m_lastInsertId = qint64(sqlite3_last_insert_rowid(db));
        } else {
            m_rowsAffected = 0;
        }
    } else {
        const int code = sqlite3_extended_errcode(db);
        const QSqlError error = owner()->makeError(Tr::tr("Could not run the statement."),
                                                   QSqlError::StatementError, code);
        sqlite3_reset(m_stmt);
        setLastError(error);
        return false;
    }
    buildRecord();
    setSelect(sqlite3_column_count(m_stmt) > 0);
    setActive(true);
    if (m_done)
        sqlite3_reset(m_stmt); // releases the read lock right away
    return true;
}

void SqlCipherResult::buildRecord()
{
    m_record.clear();
    const int columns = sqlite3_column_count(m_stmt);
    for (int i = 0; i < columns; ++i) {
        QMetaType type = metaTypeForDeclaredType(sqlite3_column_decltype(m_stmt, i));
        if (!type.isValid() && m_hasPendingRow)
            type = metaTypeForColumnType(sqlite3_column_type(m_stmt, i));
        m_record.append(QSqlField(QString::fromUtf8(sqlite3_column_name(m_stmt, i)), type));
    }
}

bool SqlCipherResult::advance()
{
    if (m_hasPendingRow) {
        m_hasPendingRow = false;
    } else {
        if (m_done || !m_stmt)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_DONE) {
            m_done = true;
            sqlite3_reset(m_stmt);
            return false;
        }
        if (rc != SQLITE_ROW) {
            m_done = true;
            const int code = sqlite3_extended_errcode(connection());
            failWith(Tr::tr("Could not read the next row."), QSqlError::StatementError, code);
            sqlite3_reset(m_stmt);
            return false;
        }
    }
    ++m_stmtRow;
    if (!isForwardOnly())
        m_cache.push_back(currentRow());
    return true;
}

SqlCipherResult::Row SqlCipherResult::currentRow() const
{
    Row row;
    const int columns = sqlite3_column_count(m_stmt);
    row.reserve(columns);
    for (int i = 0; i < columns; ++i)
        row.append(columnValue(i));
    return row;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_stmt, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, column);
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
    }
    case SQLITE_BLOB: {
        const auto* blob = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
        return QByteArray(blob, sqlite3_column_bytes(m_stmt, column));
    }
    default:
        return QVariant(m_record.field(column).metaType());
    }
}

bool SqlCipherResult::fetch(int i)
{
    if (i < 0 || !isActive() || !isSelect())
        return false;
    if (!isForwardOnly()) {
        while (qsizetype(m_cache.size()) <= i) {
            if (!advance()) {
                setAt(QSql::AfterLastRow);
                return false;
            }
        }
        setAt(i);
        return true;
    }
    if (m_lastOnly || i < m_stmtRow)
        return false; // a forward-only query cannot go back
    while (m_stmtRow < i) {
        if (!advance()) {
            setAt(QSql::AfterLastRow);
            return false;
        }
    }
    setAt(i);
    return true;
}

bool SqlCipherResult::fetchNext()
{
    if (at() == QSql::AfterLastRow)
        return false;
    return fetch(at() + 1);
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    if (!isForwardOnly()) {
        while (advance()) {
        }
        if (m_cache.empty())
            return false;
        setAt(int(m_cache.size()) - 1);
        return true;
    }
    // Forward-only: keep a copy of each row as we pass, so the last one stays readable.
    Row last;
    bool any = false;
    while (advance()) {
        last = currentRow();
        any = true;
    }
    if (!any)
        return false;
    m_cache.assign(1, last);
    m_lastOnly = true;
    setAt(m_stmtRow);
    return true;
}

QVariant SqlCipherResult::data(int i)
{
    if (i < 0 || i >= m_record.count() || at() < 0)
        return QVariant();
    if (m_lastOnly)
        return m_cache.front().at(i);
    if (!isForwardOnly())
        return m_cache.at(size_t(at())).at(i);
    return columnValue(i);
}

bool SqlCipherResult::isNull(int i)
{
    if (i < 0 || i >= m_record.count() || at() < 0)
        return true;
    if (m_lastOnly)
        return m_cache.front().at(i).isNull();
    if (!isForwardOnly())
        return m_cache.at(size_t(at())).at(i).isNull();
    return sqlite3_column_type(m_stmt, i) == SQLITE_NULL;
}

int SqlCipherResult::size()
{
    return -1; // SQLite only knows the row count after the last step
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord SqlCipherResult::record() const
{
    if (!isActive() || !isSelect())
        return QSqlRecord();
    return m_record;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId;
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_stmt));
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_hasPendingRow = false;
    m_done = true;
}

} // namespace kotva
