#include "storage/sessionstore.h"

#include "storage/messagecolumns.h"
#include "storage/sqlvalues.h"
#include "storage/storelocation.h"
#include "storage/storetransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>

using namespace SqlValues;

namespace {

const QString sessionColumns = QStringLiteral(
    "s.id, s.uuid, s.title, s.created_at, s.updated_at, s.pinned, s.system_prompt, s.provider, s.model, "
    "s.settings, s.current_leaf, s.message_count, s.preview, s.deleted_at IS NOT NULL, s.created_us, "
    "s.updated_us");

SessionInfo sessionFromQuery(const QSqlQuery &q)
{
    SessionInfo info;
    info.id = q.value(0).toLongLong();
    info.uuid = q.value(1).toString();
    info.title = q.value(2).toString();
    info.createdAt = fromMs(q.value(3));
    info.updatedAt = fromMs(q.value(4));
    info.pinned = q.value(5).toBool();
    info.systemPrompt = q.value(6).toString();
    info.provider = q.value(7).toString();
    info.model = q.value(8).toString();
    info.settings = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    info.currentLeafId = q.value(10).toLongLong();
    info.messageCount = q.value(11).toInt();
    info.preview = q.value(12).toString();
    info.deleted = q.value(13).toBool();
    info.createdMicros = q.value(14).toInt();
    info.updatedMicros = q.value(15).toInt();
    return info;
}

} // namespace

SessionStore::SessionStore(QObject *parent)
    : QObject(parent)
    , m_monitor(&m_db)
    , m_search(&m_db)
    , m_import(&m_db)
    , m_attachments(&m_db)
    , m_trees(&m_db)
{
    m_db.setErrorHandler([this](const QString &message) {
        m_lastError = message;
        Q_EMIT storageError(message);
    });
    connect(&m_monitor, &StoreMonitor::externalChange, this, &SessionStore::externalChange);
    // The poll's recovery may have queued a long reply for the index.
    connect(&m_monitor, &StoreMonitor::externalChange, this, [this] { m_indexer.nudge(); });
    // Heard in the middle of a statement: announced from the event loop, not from there. The
    // LISTEN of the old connection went with it; the new one listens before any statement runs.
    m_db.setReachabilityHandler([this](bool reachable) {
        if (reachable)
            m_monitor.resubscribe();
        QMetaObject::invokeMethod(
            this,
            [this, reachable] {
                if (!reachable) {
                    Q_EMIT connectionLost();
                    return;
                }
                Q_EMIT connectionRestored();
                Q_EMIT externalChange(); // other clients may have written meanwhile
            },
            Qt::QueuedConnection);
    });
}

SessionStore::~SessionStore()
{
    close();
}

QString SessionStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/confab.sqlite");
}

QString SessionStore::pathProblem(const QString &path)
{
    // "scheme://..." or "file:...": SQLite would take it for a file name and create nested folders.
    static const QRegularExpression url(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+://|file:)"));
    if (path.trimmed().isEmpty())
        return tr("No database file was given.");
    // A postgresql:// URL is a store on a server; a wrong one says what is wrong with it.
    const StoreLocation location = StoreLocation::parse(path);
    if (location.isPostgres())
        return {};
    if (StoreLocation::looksLikeUrl(path))
        return location.error();
    if (url.match(path).hasMatch())
        return tr("%1 is a URL; the database must be a file on this computer (e.g. ~/chats.sqlite) "
                  "or a postgresql:// URL.")
            .arg(StoreLocation::redacted(path));
    if (QFileInfo(path).isDir())
        return tr("%1 is a folder; give the path of a database file in it (e.g. %2).")
            .arg(path, QDir(path).filePath(QStringLiteral("confab.sqlite")));
    return {};
}

bool SessionStore::open(const QString &path)
{
    close();
    m_lastError.clear();
    m_recoveredOnOpen = 0;
    m_openError = OpenError::Other;
    m_lastError = pathProblem(path);
    if (!m_lastError.isEmpty())
        return false;
    // Confab's own data folder is made private even when it already exists.
    const bool ownFolder = QFileInfo(path).absolutePath() == QFileInfo(defaultPath()).absolutePath();
    if (!m_db.open(path, ownFolder)) {
        m_lastError = m_db.lastError();
        if (m_db.openError() == StoreConnection::ErrorKind::Damaged)
            m_openError = OpenError::Damaged;
        else if (m_db.openError() == StoreConnection::ErrorKind::NewerVersion)
            m_openError = OpenError::NewerVersion;
        return false;
    }
    m_openError = OpenError::None;
    if (!m_db.isPostgres() && m_checkpointer.start(m_db.path())) {
        CachedQuery own
            = prepare(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(WalCheckpointer::BackstopPages));
        if (!exec(*own))
            m_checkpointer.stop();
    }
    if (!m_db.isPostgres() && !m_indexer.start(m_db.path()))
        SearchIndexer::indexQueued(m_db.database());
    // Deletions past any undo: gone for good, their text out of the search index too.
    QList<qint64> ids;
    {
        CachedQuery old = prepare(QStringLiteral("SELECT id FROM sessions WHERE deleted_at < ?"));
        old->addBindValue(nowMs() - DeletedRetentionMs);
        if (exec(*old)) {
            while (old->next())
                ids << old->value(0).toLongLong();
        }
    }
    for (qint64 id : std::as_const(ids))
        purgeDeleted(id);
    m_recoveredOnOpen = recoverInterrupted();
    m_monitor.start(StreamingStaleMs);
    return true;
}

QString SessionStore::writerId()
{
    return StoreMonitor::writerId();
}

int SessionStore::recoverInterrupted()
{
    const int count = m_monitor.recoverInterrupted(StreamingStaleMs);
    if (count > 0)
        indexLater(Migrations::IndexLaterChars);
    return count;
}

bool SessionStore::touchMessage(qint64 id)
{
    return m_monitor.touchMessage(id);
}

void SessionStore::close()
{
    m_monitor.stop();
    m_indexer.stop();
    m_checkpointer.stop();
    m_db.close();
}

bool SessionStore::isOpen() const
{
    return m_db.isOpen();
}

QString SessionStore::moveAside(const QString &path)
{
    const QString target = path + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(path, target))
        return {};
    // The WAL and shared-memory files belong to the old database.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::rename(side, target + QLatin1String(suffix));
    }
    return target;
}

CachedQuery SessionStore::prepare(const QString &sql) const
{
    return m_db.prepare(sql);
}

bool SessionStore::exec(QSqlQuery &query) const
{
    return m_db.exec(query);
}

QString SessionStore::sameParent(const QString &a, const QString &b) const
{
    // NULL-safe equality (two roots are siblings): SQLite's IS; PostgreSQL's IS NOT DISTINCT FROM,
    // which SQLite only knows from 3.39 on.
    if (m_db.isPostgres())
        return QStringLiteral("%1 IS NOT DISTINCT FROM %2").arg(a, b);
    return QStringLiteral("%1 IS %2").arg(a, b);
}

QString SessionStore::siblingCount(const QString &condition) const
{
    // Messages s with m's parent. On PostgreSQL IS NOT DISTINCT FROM uses no index (counting a
    // 1,000-row branch's siblings scanned the session 1,000 times: 0.5 s); each half here does.
    if (m_db.isPostgres())
        return QStringLiteral(
            "CASE WHEN m.parent_id IS NULL THEN (SELECT COUNT(*) FROM messages s WHERE s.session_id = "
            "m.session_id AND s.parent_id IS NULL %1) ELSE (SELECT COUNT(*) FROM messages s WHERE "
            "s.parent_id = m.parent_id %1) END")
            .arg(condition);
    return QStringLiteral("(SELECT COUNT(*) FROM messages s WHERE s.session_id = m.session_id AND "
                          "s.parent_id IS m.parent_id %1)")
        .arg(condition);
}

// ---- sessions ----

qint64 SessionStore::createSession(const QString &title, const QString &systemPrompt)
{
    CachedQuery q
        = prepare(QStringLiteral("INSERT INTO sessions (uuid, title, created_at, updated_at, system_prompt) "
                                 "VALUES (?, ?, ?, ?, ?)")
            + m_db.returningId());
    const qint64 now = nowMs();
    q->addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q->addBindValue(nonNull(title));
    q->addBindValue(now);
    q->addBindValue(now);
    q->addBindValue(nonNull(systemPrompt));
    if (!exec(*q))
        return 0;
    const qint64 id = m_db.insertedId(*q);
    Q_EMIT sessionAdded(id);
    return id;
}

std::optional<SessionInfo> SessionStore::session(qint64 id) const
{
    CachedQuery q = prepare(QStringLiteral("SELECT %1 FROM sessions s WHERE s.id = ?").arg(sessionColumns));
    q->addBindValue(id);
    if (!exec(*q) || !q->next())
        return std::nullopt;
    return sessionFromQuery(*q);
}

std::optional<SessionInfo> SessionStore::sessionByUuid(const QString &uuid) const
{
    CachedQuery q = prepare(QStringLiteral("SELECT %1 FROM sessions s WHERE s.uuid = ?").arg(sessionColumns));
    q->addBindValue(uuid);
    if (!exec(*q) || !q->next())
        return std::nullopt;
    return sessionFromQuery(*q);
}

QList<SessionInfo> SessionStore::sessions(int limit, const SessionInfo *after) const
{
    // Row-value comparison walks the sessions_order index backwards from the last row shown.
    const QString keyset
        = after ? QStringLiteral("AND (s.pinned, s.updated_at, s.id) < (?, ?, ?) ") : QString();
    CachedQuery q = prepare(QStringLiteral("SELECT %1 FROM sessions s WHERE s.deleted_at IS NULL %2"
                                           "ORDER BY s.pinned DESC, s.updated_at DESC, s.id DESC LIMIT ?")
                                .arg(sessionColumns, keyset));
    if (after) {
        q->addBindValue(after->pinned ? 1 : 0);
        q->addBindValue(after->updatedAt.toMSecsSinceEpoch());
        q->addBindValue(after->id);
    }
    q->addBindValue(limit);
    QList<SessionInfo> list;
    if (!exec(*q))
        return list;
    while (q->next())
        list << sessionFromQuery(*q);
    return list;
}

int SessionStore::sessionCount() const
{
    CachedQuery q = prepare(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE deleted_at IS NULL"));
    return exec(*q) && q->next() ? q->value(0).toInt() : 0;
}

bool SessionStore::updateSession(qint64 id, const char *column, const QVariant &value)
{
    // `column` is one of the fixed names below, never user input; the value is bound.
    CachedQuery q
        = prepare(QStringLiteral("UPDATE sessions SET %1 = ? WHERE id = ?").arg(QLatin1String(column)));
    q->addBindValue(value);
    q->addBindValue(id);
    if (!exec(*q) || q->numRowsAffected() != 1)
        return false;
    Q_EMIT sessionChanged(id);
    return true;
}

bool SessionStore::renameSession(qint64 id, const QString &title)
{
    return updateSession(id, "title", nonNull(title));
}

bool SessionStore::setPinned(qint64 id, bool pinned)
{
    return updateSession(id, "pinned", pinned ? 1 : 0);
}

bool SessionStore::setSystemPrompt(qint64 id, const QString &prompt)
{
    return updateSession(id, "system_prompt", nonNull(prompt));
}

bool SessionStore::setSessionModel(qint64 id, const QString &provider, const QString &model)
{
    CachedQuery q = prepare(QStringLiteral("UPDATE sessions SET provider = ?, model = ? WHERE id = ?"));
    q->addBindValue(nonNull(provider));
    q->addBindValue(nonNull(model));
    q->addBindValue(id);
    if (!exec(*q) || q->numRowsAffected() != 1)
        return false;
    Q_EMIT sessionChanged(id);
    return true;
}

int SessionStore::adoptProvider(const QString &provider)
{
    CachedQuery q = prepare(QStringLiteral("UPDATE sessions SET provider = ? WHERE provider = ''"));
    q->addBindValue(nonNull(provider));
    if (!exec(*q))
        return -1;
    return q->numRowsAffected();
}

bool SessionStore::setSessionSettings(qint64 id, const QJsonObject &settings)
{
    return updateSession(
        id, "settings", QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)));
}

bool SessionStore::setCurrentLeaf(qint64 sessionId, qint64 leafId)
{
    CachedQuery q = prepare(QStringLiteral("UPDATE sessions SET current_leaf = ? WHERE id = ?"));
    q->addBindValue(idOrNull(leafId));
    q->addBindValue(sessionId);
    return exec(*q) && q->numRowsAffected() == 1;
}

bool SessionStore::deleteSession(qint64 id)
{
    CachedQuery q
        = prepare(QStringLiteral("UPDATE sessions SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"));
    q->addBindValue(nowMs());
    q->addBindValue(id);
    if (!exec(*q) || q->numRowsAffected() != 1)
        return false;
    Q_EMIT sessionRemoved(id);
    return true;
}

bool SessionStore::restoreSession(qint64 id)
{
    CachedQuery q = prepare(
        QStringLiteral("UPDATE sessions SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL"));
    q->addBindValue(id);
    if (!exec(*q) || q->numRowsAffected() != 1)
        return false;
    Q_EMIT sessionAdded(id);
    return true;
}

int SessionStore::purgeDeleted(qint64 onlyId)
{
    StoreTransaction transaction(&m_db);
    if (!transaction.isActive())
        return 0;
    // Clear the leaf pointers first so the message cascade does not fight the session's reference.
    const QString which = QStringLiteral("deleted_at IS NOT NULL AND (? = 0 OR id = ?)");
    CachedQuery clear = prepare(QStringLiteral("UPDATE sessions SET current_leaf = NULL WHERE ") + which);
    CachedQuery remove = prepare(QStringLiteral("DELETE FROM sessions WHERE ") + which);
    for (QSqlQuery *q : {&*clear, &*remove}) {
        q->addBindValue(onlyId);
        q->addBindValue(onlyId);
    }
    if (!exec(*clear) || !exec(*remove))
        return 0;
    const int removed = remove->numRowsAffected();
    return transaction.commit() ? removed : 0;
}

bool SessionStore::touchSession(qint64 id)
{
    CachedQuery q = prepare(QStringLiteral("UPDATE sessions SET updated_at = ? WHERE id = ?"));
    q->addBindValue(nowMs());
    q->addBindValue(id);
    return exec(*q);
}

// ---- messages ----

qint64 SessionStore::addMessage(const Message &message)
{
    StoreTransaction transaction(&m_db);
    if (!transaction.isActive())
        return 0;
    const qint64 now = nowMs();
    const qint64 created = msOr(message.createdAt, now);
    const qint64 updated = msOr(message.updatedAt, created);

    CachedQuery insert = prepare(MessageColumns::insertSql() + m_db.returningId());
    MessageColumns::bindInsert(*insert, message, message.parentId, created, updated,
        message.state == MessageState::Streaming ? writerId() : QString());
    if (!exec(*insert))
        return 0;
    const qint64 id = m_db.insertedId(*insert);
    QString error;
    if (!m_attachments.link(id, message.attachments, &error)) {
        if (!error.isEmpty()) {
            m_lastError = error;
            Q_EMIT storageError(error);
        }
        return 0;
    }

    // CASE, not max(a, b): that is SQLite's spelling only (PostgreSQL's is GREATEST).
    CachedQuery session
        = prepare(QStringLiteral("UPDATE sessions SET current_leaf = ?, "
                                 "updated_at = CASE WHEN updated_at > ? THEN updated_at ELSE ? END "
                                 "WHERE id = ?"));
    session->addBindValue(id);
    session->addBindValue(updated);
    session->addBindValue(updated);
    session->addBindValue(message.sessionId);
    if (!exec(*session) || !transaction.commit())
        return 0;
    m_checkpointer.nudge();
    Q_EMIT messageAdded(message.sessionId, id);
    Q_EMIT sessionChanged(message.sessionId);
    return id;
}

std::optional<Message> SessionStore::message(qint64 id) const
{
    CachedQuery q = prepare(QStringLiteral("SELECT %1 FROM messages m WHERE m.id = ?")
                                .arg(MessageColumns::select(m_db.isPostgres())));
    q->addBindValue(id);
    if (!exec(*q) || !q->next())
        return std::nullopt;
    Message m = MessageColumns::fromQuery(*q);
    m.attachments = m_attachments.forMessage(id);
    return m;
}

int SessionStore::depth(qint64 id, int atMost) const
{
    CachedQuery q = prepare(QStringLiteral("SELECT parent_id FROM messages WHERE id = ?"));
    int count = 0;
    for (qint64 at = id; at > 0 && count < atMost; ++count) {
        q->bindValue(0, at);
        if (!exec(*q) || !q->next())
            break;
        at = q->value(0).isNull() ? 0 : q->value(0).toLongLong();
    }
    return count;
}

std::optional<QByteArray> SessionStore::attachmentData(const QString &sha256) const
{
    return m_attachments.data(sha256);
}

int SessionStore::attachmentCount() const
{
    return m_attachments.storedCount();
}

bool SessionStore::updateMessageText(qint64 id, const QString &content, const QString &reasoning)
{
    StoreTransaction transaction(&m_db);
    if (!transaction.isActive())
        return false;
    CachedQuery q = prepare(
        QStringLiteral("UPDATE messages SET content = ?, reasoning = ?, updated_at = ? WHERE id = ?"));
    q->bindValue(0, nonNull(content));
    q->bindValue(1, nonNull(reasoning));
    q->bindValue(2, nowMs());
    q->bindValue(3, id);
    const bool ok = exec(*q) && q->numRowsAffected() == 1 && dropChunks(id) && transaction.commit();
    // Let go of the text: a bound copy kept with the statement would make the reply's next
    // append copy all of it.
    q->bindValue(0, QString());
    q->bindValue(1, QString());
    if (ok)
        indexLater(content.size());
    return ok;
}

bool SessionStore::appendReplyText(qint64 id, int chunk, const QString &content, const QString &reasoning)
{
    StoreTransaction transaction(&m_db);
    if (!transaction.isActive())
        return false;
    // The heartbeat (and what tells other processes the reply grew); a reply no longer
    // streaming (settled by another process) takes no more chunks.
    CachedQuery touch
        = prepare(QStringLiteral("UPDATE messages SET updated_at = ? WHERE id = ? AND state = 'streaming'"));
    touch->addBindValue(nowMs());
    touch->addBindValue(id);
    if (!exec(*touch) || touch->numRowsAffected() != 1)
        return false;
    // A retry after a failure writes the same chunk again, grown: it replaces the first try's.
    CachedQuery insert = prepare(
        QStringLiteral("INSERT INTO message_chunks (message_id, seq, content, reasoning) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (message_id, seq) DO UPDATE SET content = excluded.content, reasoning = "
                       "excluded.reasoning"));
    insert->addBindValue(id);
    insert->addBindValue(chunk);
    insert->addBindValue(nonNull(content));
    insert->addBindValue(nonNull(reasoning));
    if (!exec(*insert) || !transaction.commit())
        return false;
    m_checkpointer.nudge();
    return true;
}

bool SessionStore::dropChunks(qint64 id)
{
    CachedQuery q = prepare(QStringLiteral("DELETE FROM message_chunks WHERE message_id = ?"));
    q->addBindValue(id);
    return exec(*q);
}

bool SessionStore::finishMessage(const Message &message)
{
    StoreTransaction transaction(&m_db);
    if (!transaction.isActive())
        return false;
    CachedQuery q = prepare(QStringLiteral(
        "UPDATE messages SET content = ?, reasoning = ?, state = ?, updated_at = ?, model = ?, "
        "prompt_tokens = ?, completion_tokens = ?, finish_reason = ?, error = ? WHERE id = ?"));
    q->addBindValue(nonNull(message.content));
    q->addBindValue(nonNull(message.reasoning));
    q->addBindValue(messageStateToString(message.state));
    q->addBindValue(msOr(message.updatedAt, nowMs()));
    q->addBindValue(nonNull(message.model));
    q->addBindValue(tokensOrNull(message.promptTokens));
    q->addBindValue(tokensOrNull(message.completionTokens));
    q->addBindValue(nonNull(message.finishReason));
    q->addBindValue(nonNull(message.error));
    q->addBindValue(message.id);
    if (!exec(*q) || q->numRowsAffected() != 1 || !dropChunks(message.id) || !touchSession(message.sessionId)
        || !transaction.commit())
        return false;
    m_checkpointer.nudge(true); // the whole reply was written again
    indexLater(message.content.size());
    Q_EMIT sessionChanged(message.sessionId);
    return true;
}

void SessionStore::indexLater(qsizetype chars)
{
    // A text shorter than IndexLaterChars UTF-16 units has fewer characters: the trigger indexed it.
    if (m_db.isPostgres() || chars < Migrations::IndexLaterChars)
        return;
    if (m_indexer.isRunning())
        m_indexer.nudge();
    else
        SearchIndexer::indexQueued(m_db.database());
}

QList<Message> SessionStore::branch(qint64 leafId, int limit) const
{
    QList<Message> list;
    if (leafId <= 0 || limit == 0)
        return list;
    // Walk parent links up from the leaf; LIMIT bounds the walk itself, so a page costs O(page).
    // The step is a scalar subquery, not a join: on a join SQLite may build a Bloom filter over
    // all of messages at every step, which made a 100-row page of a 1M-row file take 250 ms.
    // PostgreSQL allows no LIMIT inside a recursive term: the depth bounds its walk instead.
    const bool pg = m_db.isPostgres();
    const QString bound = pg ? QStringLiteral("AND (CAST(? AS INTEGER) IS NULL OR c.depth + 1 < ?))")
                             : QStringLiteral("LIMIT ?)");
    CachedQuery q = prepare(QStringLiteral(
        "WITH RECURSIVE chain(id, parent, depth) AS ("
        "  SELECT id, parent_id, 0 FROM messages WHERE id = ?"
        "  UNION ALL"
        "  SELECT c.parent, (SELECT p.parent_id FROM messages p WHERE p.id = c.parent), c.depth + 1"
        "  FROM chain c WHERE c.parent IS NOT NULL %2 "
        "SELECT %1, %3, %4, c.depth "
        "FROM chain c %5 messages m ON m.id = c.id")
                                .arg(MessageColumns::select(pg), bound, siblingCount(QString()),
                                    siblingCount(QStringLiteral("AND s.id < m.id")),
                                    pg ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN")));
    q->addBindValue(leafId);
    q->addBindValue(m_db.limit(limit));
    if (pg)
        q->addBindValue(m_db.limit(limit));
    if (!exec(*q))
        return list;
    QList<std::pair<int, Message>> rows;
    while (q->next()) {
        Message m = MessageColumns::fromQuery(*q);
        m.siblingCount = q->value(MessageColumns::SelectCount).toInt();
        m.siblingIndex = q->value(MessageColumns::SelectCount + 1).toInt();
        rows.append({q->value(MessageColumns::SelectCount + 2).toInt(), std::move(m)});
    }
    // Oldest first, sorted here rather than by ORDER BY: SQLite's sorter copies every row's
    // text into temporary files once they outgrow its cache (a page with 6 MB of long replies
    // took 2 s to load).
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    list.reserve(rows.size());
    for (auto &row : rows)
        list << std::move(row.second);
    m_attachments.fill(&list);
    return list;
}

QList<qint64> SessionStore::siblings(qint64 messageId) const
{
    QList<qint64> ids;
    CachedQuery q
        = prepare(QStringLiteral("SELECT s.id FROM messages s JOIN messages m ON m.id = ? "
                                 "WHERE s.session_id = m.session_id AND %1 ORDER BY s.id")
                      .arg(sameParent(QStringLiteral("s.parent_id"), QStringLiteral("m.parent_id"))));
    q->addBindValue(messageId);
    if (!exec(*q))
        return ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

qint64 SessionStore::latestLeaf(qint64 messageId) const
{
    // Follow the newest child at each level: that is the continuation the user saw last.
    CachedQuery q = prepare(
        QStringLiteral("WITH RECURSIVE down(id, depth) AS ("
                       "  SELECT CAST(? AS BIGINT), 0"
                       "  UNION ALL"
                       "  SELECT (SELECT MAX(c.id) FROM messages c WHERE c.parent_id = d.id), d.depth + 1"
                       "  FROM down d WHERE d.id IS NOT NULL) "
                       "SELECT id FROM down WHERE id IS NOT NULL ORDER BY depth DESC LIMIT 1"));
    q->addBindValue(messageId);
    return exec(*q) && q->next() ? q->value(0).toLongLong() : messageId;
}

int SessionStore::messageCount(qint64 sessionId) const
{
    CachedQuery q = prepare(QStringLiteral("SELECT message_count FROM sessions WHERE id = ?"));
    q->addBindValue(sessionId);
    return exec(*q) && q->next() ? q->value(0).toInt() : 0;
}

QList<SearchHit> SessionStore::search(const QString &query, int limit) const
{
    return m_search.search(query, limit);
}

// ---- other processes ----

void SessionStore::setExternalPollInterval(int ms)
{
    m_monitor.setPollInterval(ms);
}

void SessionStore::checkForExternalChanges()
{
    m_monitor.check();
}

// ---- import ----

qint64 SessionStore::importSession(const SessionInfo &info, const QList<Message> &messages)
{
    SessionTree tree;
    tree.session = info;
    if (tree.session.uuid.isEmpty())
        tree.session.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const Message &m : messages) {
        tree.parents << int(tree.messages.size()) - 1;
        tree.messages << m;
    }
    const QList<qint64> ids = importTrees({tree});
    return ids.isEmpty() ? 0 : ids.first();
}

QList<qint64> SessionStore::copyableSessions() const
{
    return m_trees.sessionIds();
}

std::optional<SessionTree> SessionStore::sessionTree(const SessionInfo &info, QString *error) const
{
    return m_trees.read(info, error);
}

QList<qint64> SessionStore::importTrees(const QList<SessionTree> &trees)
{
    QString error;
    const QList<qint64> ids = m_import.write(trees, &error);
    if (!error.isEmpty())
        m_lastError = error;
    if (!ids.isEmpty())
        m_checkpointer.nudge(true);
    for (const qint64 id : ids)
        Q_EMIT sessionAdded(id);
    return ids;
}
