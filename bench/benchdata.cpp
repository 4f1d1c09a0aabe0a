#include "benchdata.h"

#include "storage/sessionstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
bool run(QSqlQuery &q, const QString &sql)
{
    if (q.exec(sql))
        return true;
    qWarning("BenchData: %s\n%s", qPrintable(q.lastError().text()), qPrintable(sql));
    return false;
}
} // namespace

qint64 BenchData::generate(SessionStore *store, int sessions, int messagesPerSession, int longSession)
{
    QSqlQuery q(QSqlDatabase::database(store->connectionName()));
    const QString words = QStringLiteral(
        "'the quick brown fox jumps over the lazy dog while a compiler parses templates and the database "
        "keeps every message safe in write ahead logging mode so nothing is lost when streaming replies "
        "arrive "
        "from local servers or remote providers with reasoning tokens usage counts and markdown code blocks "
        "'");
    // The same SQL on both backends, but for these spellings (and PostgreSQL's id sequences).
    const bool pg = store->isPostgres();
    const QString newline = pg ? QStringLiteral("chr(10)") : QStringLiteral("char(10)");
    run(q, pg ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    // Sessions 1..N, then the long one; timestamps spread over a year.
    run(q,
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT CAST(1 AS BIGINT) UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO sessions (id, uuid, title, created_at, updated_at) "
            "SELECT i, 'bench-' || i, 'Chat ' || i || ' about ' || substr(%2, CAST(1 + (i * 7) % 150 AS "
            "INTEGER), 24), "
            "1700000000000 + i * 3000000, 1700000000000 + i * 3000000 FROM n")
            .arg(sessions + 1)
            .arg(words));
    // Messages: id = (session - 1) * per + k, parent = id - 1 within a session.
    const auto insertMessages = [&](int fromSession, int toSession, int per, qint64 firstId) {
        return run(q,
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT CAST(0 AS BIGINT) UNION ALL SELECT i + 1 FROM n WHERE i < "
                "%1) "
                "INSERT INTO messages (id, session_id, parent_id, role, content, created_at, updated_at) "
                "SELECT %2 + i, %3 + i / %4, CASE WHEN i % %4 = 0 THEN NULL ELSE %2 + i - 1 END, "
                "CASE WHEN i % 2 = 0 THEN 'user' ELSE 'assistant' END, "
                "CASE WHEN i % 2 = 0 THEN 'Question ' || i || ': ' || substr(%5, CAST(1 + (i * 13) % 150 AS "
                "INTEGER), 60) "
                "ELSE 'Answer ' || i || ': ' || substr(%5, CAST(1 + (i * 11) % 100 AS INTEGER), 120) || %6 "
                "|| %6 "
                "|| '```cpp' || %6 || 'int x = ' || i || ';' || %6 || '```' || %6 "
                "|| substr(%5, CAST(1 + (i * 3) % 120 AS INTEGER), 160) END, "
                "1700000000000 + i * 1000, 1700000000000 + i * 1000 FROM n")
                .arg(qint64(toSession - fromSession + 1) * per - 1)
                .arg(firstId)
                .arg(fromSession)
                .arg(per)
                .arg(words, newline));
    };
    insertMessages(1, sessions, messagesPerSession, 1);
    const qint64 longId = sessions + 1;
    insertMessages(int(longId), int(longId), longSession, qint64(sessions) * messagesPerSession + 1);
    run(q,
        QStringLiteral("UPDATE sessions SET current_leaf = (SELECT MAX(id) FROM messages m WHERE "
                       "m.session_id = sessions.id)"));
    if (pg) {
        for (const char *table : {"sessions", "messages"})
            run(q,
                QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT MAX(id) FROM %1))")
                    .arg(QLatin1String(table)));
    }
    run(q, QStringLiteral("COMMIT"));
    run(q, QStringLiteral("ANALYZE"));
    return longId;
}
