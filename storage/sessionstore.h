#pragma once

#include "storage/attachmentstore.h"
#include "storage/importwriter.h"
#include "storage/message.h"
#include "storage/migrations.h"
#include "storage/searchindexer.h"
#include "storage/sessioninfo.h"
#include "storage/sessionsearch.h"
#include "storage/sessiontree.h"
#include "storage/storeconnection.h"
#include "storage/storemonitor.h"
#include "storage/treereader.h"
#include "storage/walcheckpointer.h"

#include <QObject>
#include <optional>

// The single source of truth: sessions and their messages in one SQLite file.
//
// Owns one QSqlDatabase connection, used only on the thread that called open(). The
// UI models write through it and the ContextBuilder reads the same rows, so what the
// user sees and what the model is sent cannot drift apart, across restarts too.
// Several processes (the app and confab-cli) may open the same file: WAL, a busy
// timeout and BEGIN IMMEDIATE transactions keep them from failing on each other.
// The sessions and messages SQL is here; the connection (pragmas, prepared statements, error
// mapping), crash recovery and the change poll, search and import are parts of their own.
class SessionStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = Migrations::LatestVersion;

    explicit SessionStore(QObject *parent = nullptr);
    ~SessionStore() override;

    // Default file: <AppDataLocation>/confab.sqlite
    static QString defaultPath();
    // Why `path` cannot be a database file (a URL, an existing folder), in words for the user;
    // empty if it can. open() refuses such a path without creating anything.
    static QString pathProblem(const QString &path);

    enum class OpenError {
        None,
        Damaged, // not an SQLite database, or corrupt: moveAside() is the way out
        NewerVersion, // written by a newer Confab: update the app, never touch the file
        Other, // folder, permissions, locked for too long, journal mode...
    };
    Q_ENUM(OpenError)

    // A streaming reply whose writer shows no sign of life for this long is interrupted
    // (its writer refreshes updated_at at least every heartbeat, see TranscriptModel).
    static constexpr int StreamingStaleMs = 30000;
    // Soft-deleted sessions older than this are purged when the file is opened.
    static constexpr qint64 DeletedRetentionMs = 3600 * 1000;

    // Opens (creating if needed) and migrates the database. On failure returns false,
    // lastError() says why in words a user can act on and openError() what kind of failure
    // it was; the file is never deleted. Rows left Streaming by a process that is gone (see
    // recoverInterrupted()) are marked Interrupted, their text kept.
    // `path` may be a postgresql:// URL (StoreLocation): the same store on a PostgreSQL server.
    bool open(const QString &path);
    // The server's password for the next open() of a URL (from the keychain); without it libpq
    // looks in PGPASSFILE.
    void setPassword(const QString &password) { m_db.setPassword(password); }
    bool isPostgres() const { return m_db.isPostgres(); }
    // The PostgreSQL server went away (see StoreConnection::isLost): writes fail at once, and
    // the connection is reopened by the next statement once it is time for another try.
    bool isConnectionLost() const { return m_db.isLost(); }
    OpenError openError() const { return m_openError; }
    void close();
    bool isOpen() const;
    QString path() const { return m_db.path(); }
    // The QSqlDatabase connection name (for tests and benchmarks that need raw SQL).
    QString connectionName() const { return m_db.connectionName(); }
    QString lastError() const { return m_lastError; }
    int recoveredOnOpen() const { return m_recoveredOnOpen; }
    // Marks as Interrupted the streaming replies whose writer process is gone (same host, pid
    // not running) or silent for StreamingStaleMs. Runs on open and with the external-change
    // poll, so a crashed confab-cli's reply is settled while the app runs. Returns the count.
    int recoverInterrupted();
    // "host:pid" of this process, stored with the replies it streams.
    static QString writerId();
    // Refreshes a streaming reply's updated_at: the heartbeat that keeps it from being recovered.
    bool touchMessage(qint64 id);
    // Moves a database that cannot be opened aside (<path>.corrupt-<time>) so a fresh one can
    // be created; returns the new name of the old file, or an empty string on failure.
    static QString moveAside(const QString &path);

    // Sessions
    qint64 createSession(const QString &title = {}, const QString &systemPrompt = {});
    std::optional<SessionInfo> session(qint64 id) const;
    std::optional<SessionInfo> sessionByUuid(const QString &uuid) const;
    // Sidebar order: pinned first, then most recently updated. Keyset paging: pass the last
    // row of the previous page as `after` (nullptr for the first page). Soft-deleted rows are hidden.
    QList<SessionInfo> sessions(int limit, const SessionInfo *after = nullptr) const;
    int sessionCount() const;
    bool renameSession(qint64 id, const QString &title);
    bool setPinned(qint64 id, bool pinned);
    bool setSystemPrompt(qint64 id, const QString &prompt);
    bool setSessionModel(qint64 id, const QString &provider, const QString &model);
    bool setSessionSettings(qint64 id, const QJsonObject &settings);
    // Gives every chat without a provider of its own `provider` (the default it has followed so
    // far, before the default changes). Returns how many chats were changed, -1 on failure.
    int adoptProvider(const QString &provider);
    bool setCurrentLeaf(qint64 sessionId, qint64 leafId);
    // Soft delete, so the UI can offer undo; purgeDeleted() removes them for good
    // (all soft-deleted sessions, or only `onlyId`).
    bool deleteSession(qint64 id);
    bool restoreSession(qint64 id);
    int purgeDeleted(qint64 onlyId = 0);

    // Messages
    // Inserts `message` (id ignored, timestamps defaulted to now) and makes it the session's
    // current leaf. Returns the new id, 0 on failure.
    qint64 addMessage(const Message &message);
    std::optional<Message> message(qint64 id) const;
    // How many messages the path from the root to `id` holds, counting at most `atMost` (0 when
    // `id` does not exist): asks no text, so a long reply is not read to learn its place.
    int depth(qint64 id, int atMost) const;
    // Replaces a message's text (its chunks too), committed on its own.
    bool updateMessageText(qint64 id, const QString &content, const QString &reasoning);
    // Appends to a streaming reply's text: chunk number `chunk` (0, 1, …) holds what the reply
    // grew by since chunk - 1, so a write costs the size of the delta, not of the reply (it runs
    // once per network read). Writing the same chunk again replaces it (a retry with more text).
    // Committed on its own; false if the reply is no longer streaming. finishMessage() folds
    // the chunks into the message.
    bool appendReplyText(qint64 id, int chunk, const QString &content, const QString &reasoning);
    // Final state of a reply (or a user edit of metadata). A text of Migrations::IndexLaterChars
    // characters or more enters the search index a little later, from SearchIndexer's thread.
    bool finishMessage(const Message &message);
    // The branch ending at `leafId`, oldest first: at most `limit` messages ending at
    // `leafId` itself. For lazy loading pass the parent of the oldest loaded row as leafId.
    QList<Message> branch(qint64 leafId, int limit = -1) const;
    // Messages that share the parent of `messageId` (including itself), oldest first.
    QList<qint64> siblings(qint64 messageId) const;
    // Deepest, most recently created descendant of `messageId` (itself if it has no children).
    qint64 latestLeaf(qint64 messageId) const;
    int messageCount(qint64 sessionId) const;
    // The stored bytes of an attachment (Message::attachments carry none); nullopt if the file
    // is not, or no longer, stored.
    std::optional<QByteArray> attachmentData(const QString &sha256) const;
    // Attachment files stored, each content once (for tests and diagnostics).
    int attachmentCount() const;

    // Inserts a whole session with its messages (chained as one branch, ids ignored) in one
    // transaction: all or nothing. Used by import. Returns the new session id, 0 on failure.
    qint64 importSession(const SessionInfo &info, const QList<Message> &messages);
    // Inserts whole session trees (see SessionTree) in one transaction: all or nothing. Every
    // tree needs a uuid not yet in the file (check with sessionByUuid()). Returns the new
    // session ids in the order of `trees`, an empty list on failure (lastError() says why).
    QList<qint64> importTrees(const QList<SessionTree> &trees);
    // For copying a store (StoreCopy): the sessions not in the trash, oldest first, and one of
    // them whole (every message, alternatives too, with the files' bytes); see TreeReader.
    QList<qint64> copyableSessions() const;
    std::optional<SessionTree> sessionTree(const SessionInfo &info, QString *error) const;

    // Full-text search over message text and session titles (FTS5). Words are matched as
    // prefixes; quotes and operators in `query` are treated as plain text.
    QList<SearchHit> search(const QString &query, int limit = 50) const;

    // Cheap check for writes by other connections (PRAGMA data_version); emits
    // externalChange() when another process changed the file. Driven by a timer while open.
    void checkForExternalChanges();
    void setExternalPollInterval(int ms);

Q_SIGNALS:
    void sessionAdded(qint64 sessionId);
    void sessionChanged(qint64 sessionId); // title, pin, order, count or preview changed
    void sessionRemoved(qint64 sessionId);
    void messageAdded(qint64 sessionId, qint64 messageId);
    void externalChange();
    // A write failed (disk full, read-only, locked for too long...). Text is for the user.
    void storageError(const QString &message);
    // The server could not be reached (storageError said why, once) / it can be again. Emitted
    // from the event loop after the statement that found out.
    void connectionLost();
    void connectionRestored();

private:
    friend class ContextCache; // a part of the store on its connection, made where it is used

    // The statement for `sql`, prepared once (StoreConnection::prepare). Const: reading rows
    // changes nothing the caller can see; the cache is the connection's business.
    CachedQuery prepare(const QString &sql) const;
    bool exec(QSqlQuery &query) const;
    QString sameParent(const QString &a, const QString &b) const;
    // A scalar subquery counting m's siblings (and itself) in messages s, with `condition` added.
    QString siblingCount(const QString &condition) const;
    bool touchSession(qint64 id);
    bool dropChunks(qint64 messageId);
    // After a commit that wrote a message of `chars` UTF-16 units: the triggers queued it for the
    // search index if it is long (Migrations::IndexLaterChars), and the indexer takes it from there.
    void indexLater(qsizetype chars);
    bool updateSession(qint64 id, const char *column, const QVariant &value);

    mutable StoreConnection m_db;
    StoreMonitor m_monitor;
    SessionSearch m_search;
    ImportWriter m_import;
    AttachmentStore m_attachments;
    TreeReader m_trees;
    WalCheckpointer m_checkpointer; // SQLite: the log is checkpointed off this thread
    SearchIndexer m_indexer; // SQLite: long messages are indexed off this thread
    mutable QString m_lastError;
    int m_recoveredOnOpen = 0;
    OpenError m_openError = OpenError::None;
};
