#pragma once

#include <QList>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace kotva {

class SqlCipherDriver;

/// One prepared statement of the KOTVA_SQLCIPHER driver. Forward-only queries read
/// straight from the statement; scrollable ones (QSqlQueryModel) keep the rows they
/// have stepped over so that seek() can go back.
class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;
    Q_DISABLE_COPY_MOVE(SqlCipherResult)

    /// Releases the statement; called by the driver before it closes the connection.
    void finalize();
    /// True while the statement is part-way through its rows.
    [[nodiscard]] bool isStepping() const;
    /// The Qt type for a column declared as `declared`, by SQLite's affinity rules.
    static QMetaType metaTypeForDeclaredType(const char* declared);

protected:
    QVariant data(int i) override;
    bool isNull(int i) override;
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    bool fetch(int i) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    bool fetchNext() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    QVariant handle() const override;
    void detachFromResultSet() override;

private:
    using Row = QList<QVariant>;

    const SqlCipherDriver* owner() const;
    sqlite3* connection() const;
    bool advance();
    Row currentRow() const;
    QVariant columnValue(int column) const;
    void buildRecord();
    bool bindAll();
    bool failWith(const QString& driverText, QSqlError::ErrorType type, int code);

    sqlite3_stmt* m_stmt = nullptr;
    QSqlRecord m_record;
    std::vector<Row> m_cache;     ///< rows seen so far, only for scrollable queries
    bool m_hasPendingRow = false; ///< exec() stepped onto row 0 already
    bool m_done = false;          ///< no more rows
    bool m_lastOnly = false;      ///< forward-only fetchLast(): only the last row is kept
    int m_stmtRow = -1;           ///< the row the statement is on
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

} // namespace kotva
