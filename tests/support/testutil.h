#pragma once

#include "patientwaits.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class QSqlDatabase;
class SessionStore;

// The storage and model tests run on both backends: ctest runs each of them a second time as
// <name>_postgres (label postgres) with CONFAB_TEST_BACKEND=postgres, and TestUtil::dbPath()
// then names a fresh database on the server of CONFAB_TEST_POSTGRES_URL (scripts/with-postgres.sh).
// In initTestCase(): skips the whole test, saying why, when that server is not there.
#define CONFAB_REQUIRE_BACKEND()                                                                             \
    do {                                                                                                     \
        if (TestUtil::onPostgres() && qEnvironmentVariableIsEmpty("CONFAB_TEST_POSTGRES_URL"))               \
            QSKIP("PostgreSQL run without a server: CONFAB_TEST_POSTGRES_URL is not set (run the tests "     \
                  "through scripts/with-postgres.sh, as scripts/test.sh does)");                             \
    } while (false)
// In a test function about SQLite files only (pragmas, file damage, WAL).
#define CONFAB_SQLITE_ONLY()                                                                                 \
    do {                                                                                                     \
        if (TestUtil::onPostgres())                                                                          \
            QSKIP("about SQLite files only");                                                                \
    } while (false)

namespace TestUtil {
// A fresh SQLite file path inside `dir`, or on the PostgreSQL run the URL of a fresh database
// (the same one for the same `dir` and `name`, so a test can reopen it).
QString dbPath(const QTemporaryDir &dir, const QString &name = QStringLiteral("confab.sqlite"));
// CONFAB_TEST_BACKEND=postgres: this run's stores are on the PostgreSQL server.
bool onPostgres();
// A fresh, empty database on the test server, created now; its URL.
QString freshPostgresDatabase(const QString &key);
// Adds alternating user/assistant messages "u1", "a1", "u2", ... (`count` in all) to a new session.
qint64 makeSession(SessionStore *store, int count, const QString &title = {});
// SQLite's search index: how many messages wait in its queue for SearchIndexer, and how many
// the FTS5 index itself finds for `term` (-1 if the query fails).
int queuedForIndex(const QSqlDatabase &db);
int indexedCount(const QSqlDatabase &db, const QString &term);
// Path of a built executable next to the tests (confab-cli), from CONFAB_BIN_DIR.
QString binary(const QString &name);

struct CliResult
{
    int exitCode = -1; // -1: did not start or did not end within 20 s
    QByteArray out; // the exact bytes
    QByteArray err;
};
// Runs confab-cli with `args` in `env` while this process keeps its event loop (and so a
// LoopbackServer) running.
CliResult runCli(const QStringList &args, const QProcessEnvironment &env);
} // namespace TestUtil
