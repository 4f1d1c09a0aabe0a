#pragma once

#include "storage/cachedquery.h"

#include <QHash>
#include <QSqlDatabase>
#include <functional>
#include <memory>

class QSqlError;

// The SQLite side of SessionStore: one QSqlDatabase connection, its pragmas, the schema
// migrations, prepared statements kept per SQL text, and failures mapped to words a user can
// act on by the driver's native error code. Everything dialect-specific about the connection
// lives here (a PostgreSQL backend would be a second class beside it).
// Used only on the thread that opened it.
// Its messages are the store's: translated in the "SessionStore" context.
class SqliteConnection
{
public:
    // What kind of failure, from the driver's error code (never from the message text).
    enum class ErrorKind { None, Full, ReadOnly, Busy, Damaged, Io, NewerVersion, Other };

    SqliteConnection();
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // Opens `path` (creating folder and file if needed, owner-only; `ownFolder`: the folder is
    // Confab's own and made owner-only even if it exists), sets busy timeout, WAL, synchronous,
    // foreign keys and secure_delete, and migrates the schema. A file of a newer schema is not
    // touched. On failure: lastError() says why, openError() what kind of failure it was.
    bool open(const QString &path, bool ownFolder = false);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase database() const;
    ErrorKind openError() const { return m_openError; }
    QString lastError() const { return m_lastError; }

    // The prepared statement for `sql`, prepared on first use and kept until close(). A
    // statement still lent out (a nested use of the same SQL) gets a fresh one instead.
    CachedQuery prepare(const QString &sql);
    // Runs `query`; on failure logs the statement (confab.storage), sets lastError() and calls
    // the error handler with the user-facing text.
    bool exec(QSqlQuery &query);
    void setErrorHandler(std::function<void(const QString &)> handler) { m_onError = std::move(handler); }

    bool beginImmediate();
    bool commit();
    void rollback();

    static ErrorKind classify(const QSqlError &error);

private:
    struct Statement;
    bool configure();
    bool failOpen(ErrorKind kind, const QString &message);
    QString describe(const QSqlError &error) const;

    QString m_path;
    QString m_connectionName;
    QString m_lastError;
    ErrorKind m_openError = ErrorKind::None;
    QHash<QString, std::shared_ptr<Statement>> m_statements;
    std::function<void(const QString &)> m_onError;
};
