#pragma once

#include "storage/cachedquery.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <memory>

class QSqlError;

// The connection of SessionStore: one QSqlDatabase, to an SQLite file (QSQLITE: pragmas, WAL)
// or a PostgreSQL server (QPSQL, storeconnectionpg.cpp), the schema migrations, prepared
// statements kept per SQL text, and failures mapped to words a user can act on by the driver's
// native error code (SQLite result code, PostgreSQL SQLSTATE). The few statements that differ
// between the two dialects ask dialect(); the rest of the SQL is written once for both.
// Used only on the thread that opened it.
// Its messages are the store's: translated in the "SessionStore" context.
class StoreConnection
{
public:
    // What kind of failure, from the driver's error code (never from the message text).
    enum class ErrorKind { None, Full, ReadOnly, Busy, Damaged, Io, NewerVersion, Unreachable, Other };
    enum class Dialect { Sqlite, Postgres };
    // The page cache of an SQLite connection (KiB): the most it holds in memory.
    static constexpr int CacheKiB = 16 * 1024;
    // What every connection to an SQLite file sets once it is open, after its busy timeout (the
    // store's, and the second connection of SearchIndexer, which writes as much as the store).
    static QStringList sqliteSettings();

    StoreConnection();
    ~StoreConnection();
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    // Opens `path` (creating folder and file if needed, owner-only; `ownFolder`: the folder is
    // Confab's own and made owner-only even if it exists), sets busy timeout, WAL, synchronous,
    // foreign keys and secure_delete, and migrates the schema. A file of a newer schema is not
    // touched. On failure: lastError() says why, openError() what kind of failure it was.
    // `path` may also be a postgresql:// URL (see StoreLocation): then the server's database is
    // opened and migrated, with the password set by setPassword() or found in PGPASSFILE.
    bool open(const QString &path, bool ownFolder = false);
    void setPassword(const QString &password) { m_password = password; }
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase database() const;
    ErrorKind openError() const { return m_openError; }
    Dialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == Dialect::Postgres; }
    QString lastError() const { return m_lastError; }

    // The prepared statement for `sql`, prepared on first use and kept until close(). A
    // statement still lent out (a nested use of the same SQL) gets a fresh one instead.
    CachedQuery prepare(const QString &sql);
    // Runs `query`; on failure logs the statement (confab.storage), sets lastError() and calls
    // the error handler with the user-facing text.
    bool exec(QSqlQuery &query);
    void setErrorHandler(std::function<void(const QString &)> handler) { m_onError = std::move(handler); }

    // An INSERT's new id: the statement's text ends with returningId() (" RETURNING id" on
    // PostgreSQL, whose driver has no last insert id), and insertedId() reads it after exec().
    QString returningId() const;
    qint64 insertedId(QSqlQuery &query) const;
    // A LIMIT value: SQLite takes -1 for "no limit", PostgreSQL NULL.
    QVariant limit(int rows) const;

    bool beginImmediate();
    bool commit();
    void rollback();

    // A PostgreSQL server that cannot be reached: the first statement that finds it gone
    // reports it (the error handler, once), and the reachability handler hears false. From then
    // on statements fail at once without a round trip, and prepare() reopens the connection
    // (after 0.5 s, then ever less often up to every 15 s; never inside a transaction: its first
    // part died with the old connection); when that works the prepared
    // statements are prepared again and the handler hears true. SQLite files are never lost.
    bool isLost() const { return m_lost; }
    // Reopens a lost connection if it is time for another try; true if it is open.
    bool ensureConnected();
    void setReachabilityHandler(std::function<void(bool)> handler) { m_onReachability = std::move(handler); }

    static ErrorKind classify(const QSqlError &error);
    static ErrorKind classifyPostgres(const QSqlError &error);

private:
    struct Statement;
    bool configure();
    bool openPostgres(const QString &url);
    bool execDirect(const QString &sql);
    // Reports a failed statement; true if it was the server going away (then m_lost is set).
    bool report(const QSqlError &error, const QString &sql);
    bool reconnect();
    // Drops the prepared statements not lent out (before a reconnect or close).
    void dropStatements();
    ErrorKind kindOf(const QSqlError &error) const;
    bool failOpen(ErrorKind kind, const QString &message);
    QString describe(const QSqlError &error) const;

    QString m_path;
    QString m_connectionName;
    QString m_lastError;
    QString m_password;
    Dialect m_dialect = Dialect::Sqlite;
    ErrorKind m_openError = ErrorKind::None;
    QHash<QString, std::shared_ptr<Statement>> m_statements;
    std::function<void(const QString &)> m_onError;
    std::function<void(bool)> m_onReachability;
    bool m_lost = false;
    bool m_inTransaction = false;
    QString m_lostError; // what the statement that found the server gone said
    QElapsedTimer m_sinceAttempt;
    int m_retryMs = 0; // doubles with each failed try: each may block for libpq's connect_timeout
    int m_generation = 0; // bumped by each reconnect: statements of an older one are prepared again
};
