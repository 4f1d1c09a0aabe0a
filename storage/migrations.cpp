#include "storage/migrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace {

// Version 1: sessions and the message tree.
const char *const v1[] = {
    R"(CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        pinned INTEGER NOT NULL DEFAULT 0,
        system_prompt TEXT NOT NULL DEFAULT '',
        provider TEXT NOT NULL DEFAULT '',
        model TEXT NOT NULL DEFAULT '',
        settings TEXT NOT NULL DEFAULT '{}',
        current_leaf INTEGER REFERENCES messages(id) ON DELETE SET NULL
    ))",
    R"(CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        parent_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
        content TEXT NOT NULL DEFAULT '',
        reasoning TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'complete',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        model TEXT NOT NULL DEFAULT '',
        prompt_tokens INTEGER,
        completion_tokens INTEGER,
        finish_reason TEXT NOT NULL DEFAULT '',
        error TEXT NOT NULL DEFAULT ''
    ))",
    "CREATE INDEX messages_parent ON messages(parent_id, id)",
    "CREATE INDEX messages_session ON messages(session_id, parent_id, id)",
    "CREATE INDEX messages_state ON messages(state) WHERE state = 'streaming'",
};

// Version 2: full-text search over message text (external-content FTS5, kept by triggers).
const char *const v2[] = {
    R"(CREATE VIRTUAL TABLE messages_fts USING fts5(
        content, content = 'messages', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'))",
    R"(CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
        INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
    END)",
    R"(CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
    END)",
    R"(CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
        INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
    END)",
    "INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')",
};

// Version 3: what the sidebar shows without scanning messages (count, preview), soft delete,
// and an index in sidebar order.
const char *const v3[] = {
    "ALTER TABLE sessions ADD COLUMN message_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE sessions ADD COLUMN preview TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sessions ADD COLUMN deleted_at INTEGER",
    R"(CREATE TRIGGER messages_count_insert AFTER INSERT ON messages BEGIN
        UPDATE sessions SET message_count = message_count + 1,
            preview = CASE WHEN preview = '' AND new.role = 'user' THEN substr(new.content, 1, 200) ELSE preview END
        WHERE id = new.session_id;
    END)",
    R"(CREATE TRIGGER messages_count_delete AFTER DELETE ON messages BEGIN
        UPDATE sessions SET message_count = message_count - 1 WHERE id = old.session_id;
    END)",
    R"(UPDATE sessions SET
        message_count = (SELECT COUNT(*) FROM messages m WHERE m.session_id = sessions.id),
        preview = COALESCE((SELECT substr(m.content, 1, 200) FROM messages m
                            WHERE m.session_id = sessions.id AND m.role = 'user' ORDER BY m.id LIMIT 1), ''))",
    "CREATE INDEX sessions_order ON sessions(pinned, updated_at, id) WHERE deleted_at IS NULL",
};

// Version 4: which process writes a streaming reply ("host:pid"), so recovery marks only the
// replies of processes that are gone, not those another live process is still writing.
const char *const v4[] = {
    "ALTER TABLE messages ADD COLUMN writer TEXT NOT NULL DEFAULT ''",
};

// Version 5 (issue 16): the microseconds within the millisecond of imported timestamps (0-999),
// so that a legacy file's "...430013Z" is exported again as "...430013Z". Another branch adds a
// schema step at the same time: this one is self-contained and can be renumbered as it lands.
// A session's updated_us is reset by trigger whenever updated_at changes without it.
const char *const vMicroseconds[] = {
    "ALTER TABLE messages ADD COLUMN created_us INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE sessions ADD COLUMN created_us INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE sessions ADD COLUMN updated_us INTEGER NOT NULL DEFAULT 0",
    R"(CREATE TRIGGER sessions_updated_us AFTER UPDATE OF updated_at ON sessions
        WHEN new.updated_at <> old.updated_at AND new.updated_us = old.updated_us BEGIN
        UPDATE sessions SET updated_us = 0 WHERE id = new.id;
    END)",
};

// Version 6: what the window is measured against. The context a server gave for a model (per
// profile or endpoint, with when it was learnt), token counts from a server's tokenizer per
// message, and a flag on replies whose server reported far fewer prompt tokens than were sent.
const char *const vContext[] = {
    R"(CREATE TABLE context_lengths (
        endpoint TEXT NOT NULL,
        model TEXT NOT NULL,
        context_length INTEGER NOT NULL,
        max_output INTEGER NOT NULL DEFAULT 0,
        reply_outside INTEGER NOT NULL DEFAULT 0,
        requests_context INTEGER NOT NULL DEFAULT 0,
        source TEXT NOT NULL DEFAULT '',
        tokenizer TEXT NOT NULL DEFAULT '',
        learnt_at INTEGER NOT NULL,
        PRIMARY KEY (endpoint, model)
    ))",
    R"(CREATE TABLE token_counts (
        message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        tokenizer TEXT NOT NULL,
        tokens INTEGER NOT NULL,
        PRIMARY KEY (message_id, tokenizer)
    ) WITHOUT ROWID)",
    "ALTER TABLE messages ADD COLUMN truncated INTEGER NOT NULL DEFAULT 0",
};

// Version 7: a streaming reply enters the search index when it ends, not on every write. Each
// network read is committed, and reindexing the whole reply each time made streaming quadratic
// in its length. Rows streaming now were indexed by the old triggers: they leave the index.
const char *const vIndexWhenDone[] = {
    "DROP TRIGGER messages_fts_insert",
    "DROP TRIGGER messages_fts_delete",
    "DROP TRIGGER messages_fts_update",
    R"(INSERT INTO messages_fts(messages_fts, rowid, content)
        SELECT 'delete', id, content FROM messages WHERE state = 'streaming')",
    R"(CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages WHEN new.state <> 'streaming' BEGIN
        INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content);
    END)",
    R"(CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages WHEN old.state <> 'streaming' BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
    END)",
    R"(CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, state ON messages
        WHEN old.state <> 'streaming' OR new.state <> 'streaming' BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, content)
            SELECT 'delete', old.id, old.content WHERE old.state <> 'streaming';
        INSERT INTO messages_fts(rowid, content) SELECT new.id, new.content WHERE new.state <> 'streaming';
    END)",
};

// Version 8 (issue 15): attachments, stored once per content (sha256) and linked to the
// messages that carry them; a file goes with its last link, so with its last message.
const char *const vAttachments[] = {
    R"(CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        width INTEGER NOT NULL DEFAULT 0,
        height INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL DEFAULT '',
        data BLOB NOT NULL
    ))",
    R"(CREATE TABLE message_attachments (
        message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        attachment_id INTEGER NOT NULL REFERENCES attachments(id),
        name TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (message_id, position)
    ) WITHOUT ROWID)",
    "CREATE INDEX message_attachments_file ON message_attachments(attachment_id)",
    R"(CREATE TRIGGER message_attachments_last AFTER DELETE ON message_attachments
        WHEN NOT EXISTS (SELECT 1 FROM message_attachments WHERE attachment_id = old.attachment_id) BEGIN
        DELETE FROM attachments WHERE id = old.attachment_id;
    END)",
    // Whether the model takes images, as its server says (-1: it does not say).
    "ALTER TABLE context_lengths ADD COLUMN vision INTEGER NOT NULL DEFAULT -1",
};

// Version 9 (issue 12): a streaming reply grows by chunk rows, one per write, and is folded into
// its message when it ends. Rewriting the whole reply on every network read made streaming
// quadratic (a 1 MB reply wrote half a gigabyte). Readers add the chunks (MessageColumns).
const char *const vChunks[] = {
    R"(CREATE TABLE message_chunks (
        message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        content TEXT NOT NULL DEFAULT '',
        reasoning TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (message_id, seq)
    ) WITHOUT ROWID)",
};

// Version 10 (issue 12): every open looks for chats deleted past their undo. Without an index
// that read the whole sessions table (2 ms of each start with 10,000 chats); the partial index
// holds only the deleted ones.
const char *const vDeletedIndex[] = {
    "CREATE INDEX sessions_deleted ON sessions(deleted_at) WHERE deleted_at IS NOT NULL",
};

// Version 11 (issue 12): a long message is indexed after its end, off the writer's thread (see
// IndexLaterChars and SearchIndexer). messages_unindexed lists the finished messages not yet in
// the index; the triggers must never ask FTS5 to delete one of them (an external-content table
// takes the text it is given on trust, and removing terms it never indexed corrupts it).
QStringList indexLater()
{
    const QString queued
        = QStringLiteral("EXISTS (SELECT 1 FROM messages_unindexed WHERE message_id = old.id)");
    return {
        QStringLiteral("CREATE TABLE messages_unindexed (message_id INTEGER PRIMARY KEY)"),
        QStringLiteral("DROP TRIGGER messages_fts_delete"),
        QStringLiteral("DROP TRIGGER messages_fts_update"),
        QStringLiteral(R"(CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages
            WHEN old.state <> 'streaming' BEGIN
            INSERT INTO messages_fts(messages_fts, rowid, content)
                SELECT 'delete', old.id, old.content WHERE NOT %1;
            DELETE FROM messages_unindexed WHERE message_id = old.id;
        END)")
            .arg(queued),
        QStringLiteral(R"(CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, state ON messages
            WHEN old.state <> 'streaming' OR new.state <> 'streaming' BEGIN
            INSERT INTO messages_fts(messages_fts, rowid, content)
                SELECT 'delete', old.id, old.content WHERE old.state <> 'streaming' AND NOT %1;
            DELETE FROM messages_unindexed WHERE message_id = old.id;
            INSERT INTO messages_fts(rowid, content)
                SELECT new.id, new.content WHERE new.state <> 'streaming' AND length(new.content) < %2;
            INSERT INTO messages_unindexed(message_id)
                SELECT new.id WHERE new.state <> 'streaming' AND length(new.content) >= %2;
        END)")
            .arg(queued)
            .arg(Migrations::IndexLaterChars),
    };
}

template<std::size_t N> QStringList toList(const char *const (&statements)[N])
{
    QStringList list;
    for (const char *statement : statements)
        list << QString::fromUtf8(statement);
    return list;
}

// Where a step failed: the driver's text for the message, the whole error (its native code)
// for telling a damaged file from other failures.
struct Failure
{
    QString *text;
    QSqlError *cause;
    bool set(const QSqlQuery &query) const
    {
        *text = query.lastError().text();
        if (cause)
            *cause = query.lastError();
        return false;
    }
};

bool execAll(QSqlDatabase &db, const QStringList &statements, const Failure &failure)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return failure.set(query);
    }
    return true;
}

std::optional<int> userVersion(QSqlDatabase &db, const Failure &failure)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        failure.set(query);
        return std::nullopt;
    }
    return query.value(0).toInt();
}

} // namespace

QStringList Migrations::step(int version)
{
    switch (version) {
    case 1:
        return toList(v1);
    case 2:
        return toList(v2);
    case 3:
        return toList(v3);
    case 4:
        return toList(v4);
    case 5:
        return toList(vMicroseconds);
    case 6:
        return toList(vContext);
    case 7:
        return toList(vIndexWhenDone);
    case 8:
        return toList(vAttachments);
    case 9:
        return toList(vChunks);
    case 10:
        return toList(vDeletedIndex);
    case 11:
        return indexLater();
    default:
        return {};
    }
}

bool Migrations::migrate(QSqlDatabase &db, QString *error, QSqlError *cause)
{
    if (db.driverName() == QLatin1String("QPSQL"))
        return migratePostgres(db, error, cause);
    const Failure failure {error, cause};
    const std::optional<int> initial = userVersion(db, failure);
    if (!initial)
        return false;
    const int current = *initial;
    if (current > LatestVersion) {
        *error = QStringLiteral(
            "it was written by a newer version of Confab (schema %1, this version knows %2). "
            "Update Confab to open it; the file was not changed.")
                     .arg(current)
                     .arg(LatestVersion);
        return false;
    }
    for (int version = current + 1; version <= LatestVersion; ++version) {
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return failure.set(begin);
        // Another process may have migrated while we waited for the lock.
        const std::optional<int> now = userVersion(db, failure);
        if (!now) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        if (*now >= version) {
            QSqlQuery(db).exec(QStringLiteral("COMMIT"));
            version = *now;
            continue;
        }
        QStringList statements = step(version);
        statements << QStringLiteral("PRAGMA user_version = %1").arg(version);
        if (!execAll(db, statements, failure)) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            *error
                = QStringLiteral("upgrading the database to version %1 failed: %2").arg(version).arg(*error);
            return false;
        }
        QSqlQuery commit(db);
        if (!commit.exec(QStringLiteral("COMMIT"))) {
            failure.set(commit);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return true;
}
