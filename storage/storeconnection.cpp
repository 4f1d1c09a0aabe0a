#include "storage/storeconnection.h"

#include "storage/migrations.h"
#include "storage/privatefiles.h"
#include "storage/storagelog.h"
#include "storage/storelocation.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {

// SQLite primary result codes (QSqlError::nativeErrorCode() carries the extended code).
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADb = 26;

// How long after losing the server the first reconnect is tried, and the longest wait between two.
constexpr int FirstRetryMs = 500;
constexpr int MaxRetryMs = 15000;

} // namespace

struct StoreConnection::Statement
{
    QSqlQuery query;
    bool busy = false;
    int generation = 0; // the connection it was prepared on (see reconnect())
};

StoreConnection::StoreConnection()
{
    static QAtomicInteger<int> counter;
    m_connectionName = QStringLiteral("confab-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

StoreConnection::~StoreConnection()
{
    close();
}

QSqlDatabase StoreConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

StoreConnection::ErrorKind StoreConnection::classify(const QSqlError &error)
{
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 0:
        return error.type() == QSqlError::NoError ? ErrorKind::None : ErrorKind::Other;
    case SqliteFull:
        return ErrorKind::Full;
    case SqliteReadOnly:
        return ErrorKind::ReadOnly;
    case SqliteBusy:
    case SqliteLocked:
        return ErrorKind::Busy;
    case SqliteCorrupt:
    case SqliteNotADb:
        return ErrorKind::Damaged;
    case SqliteIoErr:
    case SqliteCantOpen:
        return ErrorKind::Io;
    default:
        return ErrorKind::Other;
    }
}

bool StoreConnection::failOpen(ErrorKind kind, const QString &message)
{
    m_openError = kind;
    m_lastError = message;
    // A URL is logged without a password someone may have put in it.
    qCWarning(lcStorage) << "cannot open" << StoreLocation::redacted(m_path) << ":" << message;
    close();
    return false;
}

bool StoreConnection::open(const QString &path, bool ownFolder)
{
    close();
    m_path = path;
    m_lastError.clear();
    m_openError = ErrorKind::None;
    m_dialect = Dialect::Sqlite;
    const StoreLocation location = StoreLocation::parse(path);
    if (location.kind() == StoreLocation::Kind::Invalid)
        return failOpen(ErrorKind::Other, location.error());
    if (location.isPostgres())
        return openPostgres(path);

    const QFileInfo info(path);
    // Chats are private: the data folder 0700, the database (and so its -wal and -shm, which
    // SQLite creates with the database's mode) 0600.
    if (!PrivateFiles::ensureDir(info.absolutePath(), ownFolder))
        return failOpen(ErrorKind::Other,
            QCoreApplication::translate("SessionStore", "Cannot create the folder %1 for the database.")
                .arg(info.absolutePath()));
    PrivateFiles::prepareFile(path);
    for (const char *suffix : {"-wal", "-shm"})
        PrivateFiles::restrict(path + QLatin1String(suffix));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString text = db.lastError().text();
            db = {};
            return failOpen(ErrorKind::Other,
                QCoreApplication::translate("SessionStore", "Cannot open the database %1: %2")
                    .arg(path, text));
        }
    }
    if (!configure())
        return false;
    QSqlDatabase db = database();
    QString migrateError;
    QSqlError cause;
    if (!Migrations::migrate(db, &migrateError, &cause)) {
        db = {};
        if (classify(cause) == ErrorKind::Damaged)
            return failOpen(ErrorKind::Damaged,
                QCoreApplication::translate("SessionStore",
                    "The database %1 is damaged or is not a Confab database (%2). "
                    "It was left untouched; move it aside to start with a fresh one.")
                    .arg(path, migrateError));
        return failOpen(ErrorKind::Other,
            QCoreApplication::translate("SessionStore", "Cannot open the database %1: %2")
                .arg(path, migrateError));
    }
    return true;
}

bool StoreConnection::configure()
{
    QSqlDatabase db = database();
    QVariant value;
    const auto pragma = [&](const QString &sql) {
        QSqlQuery query(db);
        if (query.exec(sql)) {
            value = query.next() ? query.value(0) : QVariant();
            return true;
        }
        qCWarning(lcStorage).noquote()
            << "failed:" << sql << "-" << query.lastError().nativeErrorCode() << query.lastError().text();
        if (classify(query.lastError()) == ErrorKind::Damaged)
            return failOpen(ErrorKind::Damaged,
                QCoreApplication::translate("SessionStore",
                    "The file %1 is damaged or is not a Confab database. It was left untouched; "
                    "move it aside to start with a fresh one.")
                    .arg(m_path));
        return failOpen(ErrorKind::Other,
            QCoreApplication::translate("SessionStore", "Cannot set up the database %1: %2")
                .arg(m_path, query.lastError().text()));
    };
    // The busy timeout must come first: the journal-mode switch itself may wait for another process.
    if (!pragma(QStringLiteral("PRAGMA busy_timeout = 5000")))
        return false;
    // A file from a newer Confab must not even get its journal mode changed.
    if (!pragma(QStringLiteral("PRAGMA user_version")))
        return false;
    if (value.toInt() > Migrations::LatestVersion) {
        return failOpen(ErrorKind::NewerVersion,
            QCoreApplication::translate("SessionStore",
                "Cannot open the database %1: it was written by a newer version of Confab "
                "(schema %2, this version knows %3). Update Confab to open it; the file was not changed.")
                .arg(m_path)
                .arg(value.toInt())
                .arg(Migrations::LatestVersion));
    }
    if (!pragma(QStringLiteral("PRAGMA journal_mode = WAL")))
        return false;
    if (value.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return failOpen(ErrorKind::Other,
            QCoreApplication::translate("SessionStore",
                "The database %1 cannot use write-ahead logging (journal mode is \"%2\"); "
                "it may be on a network or read-only file system.")
                .arg(m_path, value.toString()));
    }
    const QStringList settings = sqliteSettings();
    return std::all_of(settings.cbegin(), settings.cend(), pragma);
}

QStringList StoreConnection::sqliteSettings()
{
    // NORMAL is durable against application crashes in WAL mode; FULL only adds power-loss safety.
    // secure_delete: a deleted chat's text is overwritten, not left in free pages of the file.
    // cache_size: SQLite's default 2 MB is less than a long reply's end writes (its text, its
    // search index, its chunks freed), and spilling pages mid-transaction made the end of a 1 MB
    // reply hold the event loop for 45-55 ms instead of 33-38.
    return {QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA secure_delete = ON"), QStringLiteral("PRAGMA cache_size = -%1").arg(CacheKiB)};
}

void StoreConnection::dropStatements()
{
    // QPSQL frees each prepared statement on the server as it goes; on a lost connection that
    // fails with a warning per statement, which says nothing the user was not told once.
    static QtMessageHandler previous = nullptr;
    if (m_lost)
        previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &text) {
                if (!text.startsWith(QLatin1String("Unable to free statement")))
                    previous(type, context, text);
            });
    for (auto it = m_statements.begin(); it != m_statements.end();) {
        if (it.value()->busy)
            ++it; // lent out: prepared again after its use (its generation is old)
        else
            it = m_statements.erase(it);
    }
    if (m_lost)
        qInstallMessageHandler(previous);
}

void StoreConnection::close()
{
    // Statements first: a connection cannot be removed while queries on it live.
    dropStatements();
    m_statements.clear();
    m_lost = false;
    m_inTransaction = false;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = database();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool StoreConnection::isOpen() const
{
    // A lost server's store stays open: its connection is reopened when the server is back.
    return QSqlDatabase::contains(m_connectionName) && (m_lost || database().isOpen());
}

CachedQuery StoreConnection::prepare(const QString &sql)
{
    // While the server is away: no round trip (exec() refuses this unprepared statement).
    if (!ensureConnected())
        return CachedQuery(std::make_unique<QSqlQuery>());
    const auto prepared = [this, &sql](QSqlQuery &query) {
        query = QSqlQuery(database());
        query.setForwardOnly(true);
        if (query.prepare(sql))
            return true;
        qCWarning(lcStorage).noquote() << "cannot prepare:" << sql << "-" << query.lastError().text();
        return false;
    };
    std::shared_ptr<Statement> &statement = m_statements[sql];
    if (statement && statement->busy) {
        auto once = std::make_unique<QSqlQuery>();
        prepared(*once);
        return CachedQuery(std::move(once));
    }
    if (statement && statement->generation != m_generation)
        statement.reset(); // prepared on a connection that was lost since
    if (!statement) {
        statement = std::make_shared<Statement>();
        statement->generation = m_generation;
        if (!prepared(statement->query)) {
            // Not kept: exec() reports the failure, and the next use prepares again.
            auto failed = std::make_unique<QSqlQuery>(std::move(statement->query));
            m_statements.remove(sql);
            return CachedQuery(std::move(failed));
        }
    }
    statement->busy = true;
    return CachedQuery(&statement->query, &statement->busy);
}

StoreConnection::ErrorKind StoreConnection::kindOf(const QSqlError &error) const
{
    return isPostgres() ? classifyPostgres(error) : classify(error);
}

QString StoreConnection::describe(const QSqlError &error) const
{
    switch (kindOf(error)) {
    case ErrorKind::Full:
        return QCoreApplication::translate("SessionStore",
            "The disk is full: Confab could not save your latest change. "
            "Free some space; nothing already saved is lost.");
    case ErrorKind::ReadOnly:
        return QCoreApplication::translate(
            "SessionStore", "The database %1 is read-only: changes cannot be saved.")
            .arg(m_path);
    case ErrorKind::Busy:
        return QCoreApplication::translate(
            "SessionStore", "The database is busy: another program kept it locked for too long. Try again.");
    case ErrorKind::Damaged:
        return QCoreApplication::translate("SessionStore", "The database %1 is damaged (%2).")
            .arg(m_path, error.databaseText());
    case ErrorKind::Io:
        return QCoreApplication::translate("SessionStore", "Cannot read or write the database %1 (%2).")
            .arg(m_path, error.databaseText());
    case ErrorKind::Unreachable:
        return QCoreApplication::translate("SessionStore",
            "The database server %1 cannot be reached (%2). Confab reconnects by itself: a reply "
            "being written is kept and saved then, and a message sent meanwhile is sent then.")
            .arg(StoreLocation::parse(m_path).host(),
                error.databaseText().trimmed().isEmpty() ? error.driverText()
                                                         : error.databaseText().trimmed());
    default:
        return QCoreApplication::translate("SessionStore", "Database error: %1").arg(error.text());
    }
}

bool StoreConnection::exec(QSqlQuery &query)
{
    if (m_lost) {
        m_lastError = m_lostError;
        return false;
    }
    if (query.exec())
        return true;
    report(query.lastError(), query.lastQuery());
    return false;
}

bool StoreConnection::report(const QSqlError &reported, const QString &sql)
{
    // QPSQL closes a connection whose socket it saw die; QSqlQuery then fails with no error at
    // all ("database not open"), which is the same lost server.
    const QSqlError error = reported.type() == QSqlError::NoError && isPostgres() && !database().isOpen()
        ? QSqlError(QStringLiteral("no connection to the server"), QString(), QSqlError::ConnectionError)
        : reported;
    const bool gone = isPostgres() && kindOf(error) == ErrorKind::Unreachable;
    if (gone && m_lost)
        return true; // the user was told when it went
    // The statement and the driver's words; bound values (user text) stay out of the log.
    qCWarning(lcStorage).noquote() << "failed:" << sql << "-" << error.nativeErrorCode() << error.text();
    m_lastError = describe(error);
    if (gone) {
        m_lost = true;
        m_lostError = m_lastError;
        m_retryMs = FirstRetryMs;
        m_sinceAttempt.start();
    }
    if (m_onError)
        m_onError(m_lastError);
    if (gone && m_onReachability)
        m_onReachability(false);
    return gone;
}

bool StoreConnection::ensureConnected()
{
    if (!m_lost)
        return true;
    if (m_inTransaction || m_sinceAttempt.elapsed() < m_retryMs)
        return false;
    m_sinceAttempt.start();
    if (reconnect())
        return true;
    m_retryMs = qMin(m_retryMs * 2, MaxRetryMs);
    return false;
}

bool StoreConnection::reconnect()
{
    dropStatements();
    QSqlDatabase db = database();
    db.close();
    if (!db.open()) {
        qCInfo(lcStorage).noquote() << "the database server is still away:"
                                    << db.lastError().text().trimmed();
        return false;
    }
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO warning"));
    ++m_generation;
    m_lost = false;
    qCInfo(lcStorage) << "reconnected to the database server";
    if (m_onReachability)
        m_onReachability(true);
    return true;
}

QString StoreConnection::returningId() const
{
    return isPostgres() ? QStringLiteral(" RETURNING id") : QString();
}

qint64 StoreConnection::insertedId(QSqlQuery &query) const
{
    if (isPostgres())
        return query.next() ? query.value(0).toLongLong() : 0;
    return query.lastInsertId().toLongLong();
}

QVariant StoreConnection::limit(int rows) const
{
    if (rows >= 0 || !isPostgres())
        return rows;
    return QVariant(QMetaType(QMetaType::Int));
}

bool StoreConnection::execDirect(const QString &sql)
{
    if (!ensureConnected()) {
        m_lastError = m_lostError;
        return false;
    }
    // Transaction control cannot be a server-side prepared statement on PostgreSQL.
    QSqlQuery query(database());
    if (query.exec(sql))
        return true;
    report(query.lastError(), sql);
    return false;
}

bool StoreConnection::beginImmediate()
{
    bool begun = false;
    if (isPostgres()) {
        begun = execDirect(QStringLiteral("BEGIN"));
    } else {
        CachedQuery q = prepare(QStringLiteral("BEGIN IMMEDIATE"));
        begun = exec(*q);
    }
    m_inTransaction = begun;
    return begun;
}

bool StoreConnection::commit()
{
    // A failed commit is followed by rollback(); a lost server took the transaction with it.
    m_inTransaction = false;
    if (isPostgres())
        return execDirect(QStringLiteral("COMMIT"));
    CachedQuery q = prepare(QStringLiteral("COMMIT"));
    return exec(*q);
}

void StoreConnection::rollback()
{
    m_inTransaction = false;
    if (m_lost)
        return; // the server ended the transaction with the connection
    QSqlQuery q(database());
    q.exec(QStringLiteral("ROLLBACK"));
}
