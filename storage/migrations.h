#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;
class QSqlError;

// Schema history, one for both dialects. Each step takes the database from version N-1 to N
// inside one transaction (rolled back on any failure) and records N: PRAGMA user_version in an
// SQLite file, the confab_schema table on PostgreSQL (migrationspg.cpp: the same steps in its
// dialect, plus the NOTIFY triggers that tell other clients about changes).
namespace Migrations {
constexpr int LatestVersion = 11;
// From version 11 on, a message that ends (or is edited) with at least this many characters is
// not indexed for search by the trigger, in the writer's transaction, but queued in
// messages_unindexed for SearchIndexer, on a thread of its own: FTS5 took 25-45 ms of the GUI
// thread for a 1 MB reply. Below it, indexing takes a millisecond or less.
constexpr int IndexLaterChars = 32768;

// SQL of one step (1-based); tests use it to build databases of an older version.
QStringList step(int version);
// PostgreSQL's SQL of the same step.
QStringList postgresStep(int version);
// Runs the steps from the database's version up to LatestVersion (QSQLITE or QPSQL). On failure
// `error` says what failed and `cause` (if given) is the driver's error, with its native code.
bool migrate(QSqlDatabase &db, QString *error, QSqlError *cause = nullptr);
bool migratePostgres(QSqlDatabase &db, QString *error, QSqlError *cause = nullptr);
// The version a PostgreSQL database is at (0: none yet, -1: cannot tell).
int postgresVersion(QSqlDatabase &db);
// The channel of the NOTIFY sent by every commit that changes sessions or messages.
constexpr const char *ChangeChannel = "confab_changes";
} // namespace Migrations
