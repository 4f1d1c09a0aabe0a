#include "storage/sessionstore.h"

#include "storage/attachmentstore.h"
#include "storage/migrations.h"
#include "storage/privatefiles.h"
#include "storage/processprobe.h"
#include "storage/sqlvalues.h"
#include "storage/storetransaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimeZone>
#include <QUuid>

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

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

using SqlValues::idOrNull;
using SqlValues::nonNull;
using SqlValues::tokensOrNull;

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

const QString messageColumns = QStringLiteral(
    "m.id, m.session_id, m.parent_id, m.role, m.content, m.reasoning, m.state, m.created_at, m.updated_at, "
    "m.model, m.prompt_tokens, m.completion_tokens, m.finish_reason, m.error, m.created_us, m.truncated");

constexpr int MessageColumnCount = 16; // columns a query may add come after these

Message messageFromQuery(const QSqlQuery &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.sessionId = q.value(1).toLongLong();
    m.parentId = q.value(2).toLongLong();
    m.role = q.value(3).toString();
    m.content = q.value(4).toString();
    m.reasoning = q.value(5).toString();
    m.state = messageStateFromString(q.value(6).toString());
    m.createdAt = fromMs(q.value(7));
    m.updatedAt = fromMs(q.value(8));
    m.model = q.value(9).toString();
    m.promptTokens = q.value(10).isNull() ? -1 : q.value(10).toInt();
    m.completionTokens = q.value(11).isNull() ? -1 : q.value(11).toInt();
    m.finishReason = q.value(12).toString();
    m.error = q.value(13).toString();
    m.createdMicros = q.value(14).toInt();
    m.truncated = q.value(15).toBool();
    return m;
}

// User text as an FTS5 query: every word a quoted prefix term, all required.
QString ftsQuery(const QString &text)
{
    static const QRegularExpression words(
        QStringLiteral("[\\w\\x{0080}-\\x{10FFFF}]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    auto it = words.globalMatch(text);
    while (it.hasNext()) {
        QString word = it.next().captured(0);
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace

SessionStore::SessionStore(QObject *parent)
    : QObject(parent)
{
    static QAtomicInteger<int> counter;
    m_connectionName = QStringLiteral("confab-store-%1").arg(counter.fetchAndAddRelaxed(1));
    m_pollTimer.setInterval(1500);
    connect(&m_pollTimer, &QTimer::timeout, this, &SessionStore::checkForExternalChanges);
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
    if (url.match(path).hasMatch())
        return tr("%1 is a URL; the database must be a file on this computer (e.g. ~/chats.sqlite).")
            .arg(path);
    if (QFileInfo(path).isDir())
        return tr("%1 is a folder; give the path of a database file in it (e.g. %2).")
            .arg(path, QDir(path).filePath(QStringLiteral("confab.sqlite")));
    return {};
}

bool SessionStore::open(const QString &path)
{
    close();
    m_path = path;
    m_lastError.clear();
    m_recoveredOnOpen = 0;
    m_openError = OpenError::Other;
    m_lastError = pathProblem(path);
    if (!m_lastError.isEmpty())
        return false;

    const QFileInfo info(path);
    // Chats are private: the data folder 0700, the database (and so its -wal and -shm, which
    // SQLite creates with the database's mode) 0600.
    const bool ownFolder = info.absolutePath() == QFileInfo(defaultPath()).absolutePath();
    if (!PrivateFiles::ensureDir(info.absolutePath(), ownFolder)) {
        m_lastError = tr("Cannot create the folder %1 for the database.").arg(info.absolutePath());
        return false;
    }
    PrivateFiles::prepareFile(path);
    for (const char *suffix : {"-wal", "-shm"})
        PrivateFiles::restrict(path + QLatin1String(suffix));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_lastError = tr("Cannot open the database %1: %2").arg(path, db.lastError().text());
            db = {};
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QString migrateError;
    if (!configureConnection() || !Migrations::migrate(db, &migrateError)) {
        if (m_lastError.isEmpty()) {
            const bool notADatabase = migrateError.contains(QLatin1String("not a database"))
                || migrateError.contains(QLatin1String("malformed"));
            if (notADatabase)
                m_openError = OpenError::Damaged;
            m_lastError = notADatabase ? tr("The database %1 is damaged or is not a Confab database (%2). "
                                            "It was left untouched; move it aside to start with a fresh one.")
                                             .arg(path, migrateError)
                                       : tr("Cannot open the database %1: %2").arg(path, migrateError);
        }
        db = {};
        close();
        return false;
    }
    m_openError = OpenError::None;
    // Deletions past any undo: gone for good, their text out of the search index too.
    QSqlQuery old(db);
    old.prepare(QStringLiteral("SELECT id FROM sessions WHERE deleted_at < ?"));
    old.addBindValue(nowMs() - DeletedRetentionMs);
    if (exec(old)) {
        QList<qint64> ids;
        while (old.next())
            ids << old.value(0).toLongLong();
        old.finish();
        for (qint64 id : std::as_const(ids))
            purgeDeleted(id);
    }
    m_recoveredOnOpen = recoverInterrupted();

    QSqlQuery version(db);
    if (version.exec(QStringLiteral("PRAGMA data_version")) && version.next())
        m_dataVersion = version.value(0).toLongLong();
    if (m_pollTimer.interval() > 0)
        m_pollTimer.start();
    return true;
}

bool SessionStore::configureConnection()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    auto pragma = [&](const QString &sql, QVariant *result = nullptr) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            const bool notADatabase = query.lastError().nativeErrorCode().toInt() == SqliteNotADb;
            if (notADatabase)
                m_openError = OpenError::Damaged;
            m_lastError = notADatabase
                ? tr("The file %1 is damaged or is not a Confab database. It was left untouched; "
                     "move it aside to start with a fresh one.")
                      .arg(m_path)
                : tr("Cannot set up the database %1: %2").arg(m_path, query.lastError().text());
            return false;
        }
        if (result && query.next())
            *result = query.value(0);
        return true;
    };
    // The busy timeout must come first: the journal-mode switch itself may wait for another process.
    if (!pragma(QStringLiteral("PRAGMA busy_timeout = 5000")))
        return false;
    // A file from a newer Confab must not even get its journal mode changed.
    QVariant version;
    if (!pragma(QStringLiteral("PRAGMA user_version"), &version))
        return false;
    if (version.toInt() > Migrations::LatestVersion) {
        m_openError = OpenError::NewerVersion;
        m_lastError
            = tr("Cannot open the database %1: it was written by a newer version of Confab "
                 "(schema %2, this version knows %3). Update Confab to open it; the file was not changed.")
                  .arg(m_path)
                  .arg(version.toInt())
                  .arg(Migrations::LatestVersion);
        return false;
    }
    QVariant mode;
    if (!pragma(QStringLiteral("PRAGMA journal_mode = WAL"), &mode))
        return false;
    if (mode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        m_lastError = tr("The database %1 cannot use write-ahead logging (journal mode is \"%2\"); "
                         "it may be on a network or read-only file system.")
                          .arg(m_path, mode.toString());
        return false;
    }
    // NORMAL is durable against application crashes in WAL mode; FULL only adds power-loss safety.
    // secure_delete: a deleted chat's text is overwritten, not left in free pages of the file.
    return pragma(QStringLiteral("PRAGMA synchronous = NORMAL"))
        && pragma(QStringLiteral("PRAGMA foreign_keys = ON"))
        && pragma(QStringLiteral("PRAGMA secure_delete = ON"));
}

QString SessionStore::writerId()
{
    return QSysInfo::machineHostName() + QLatin1Char(':')
        + QString::number(QCoreApplication::applicationPid());
}

int SessionStore::recoverInterrupted()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery streaming(db);
    streaming.setForwardOnly(true);
    streaming.prepare(
        QStringLiteral("SELECT id, writer, updated_at FROM messages WHERE state = 'streaming'"));
    if (!exec(streaming))
        return 0;
    const qint64 now = nowMs();
    const QString host = QSysInfo::machineHostName();
    const QString self = writerId();
    QList<qint64> orphans;
    while (streaming.next()) {
        const QString writer = streaming.value(1).toString();
        if (writer == self)
            continue;
        const qsizetype colon = writer.lastIndexOf(QLatin1Char(':'));
        const bool sameHost = colon > 0 && QStringView(writer).left(colon) == host;
        const bool writerGone
            = sameHost && !isProcessRunning(QStringView(writer).mid(colon + 1).toLongLong());
        const bool silent = now - streaming.value(2).toLongLong() > StreamingStaleMs;
        if (writerGone || silent || writer.isEmpty())
            orphans << streaming.value(0).toLongLong();
    }
    streaming.finish();
    int recovered = 0;
    for (qint64 id : std::as_const(orphans)) {
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("UPDATE messages SET state = 'interrupted', updated_at = ? "
                                    "WHERE id = ? AND state = 'streaming'"));
        mark.addBindValue(now);
        mark.addBindValue(id);
        if (exec(mark))
            recovered += mark.numRowsAffected();
    }
    return recovered;
}

bool SessionStore::touchMessage(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE messages SET updated_at = ? WHERE id = ?"));
    q.addBindValue(nowMs());
    q.addBindValue(id);
    return exec(q) && q.numRowsAffected() == 1;
}

void SessionStore::close()
{
    m_pollTimer.stop();
    m_updateText.reset();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SessionStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
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

bool SessionStore::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    reportError(QString(), query);
    return false;
}

void SessionStore::reportError(const QString &what, const QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    const int code = error.nativeErrorCode().toInt() & 0xff;
    QString text;
    switch (code) {
    case SqliteFull:
        text = tr("The disk is full: Confab could not save your latest change. "
                  "Free some space; nothing already saved is lost.");
        break;
    case SqliteReadOnly:
        text = tr("The database %1 is read-only: changes cannot be saved.").arg(m_path);
        break;
    case SqliteBusy:
    case SqliteLocked:
        text = tr("The database is busy: another program kept it locked for too long. Try again.");
        break;
    case SqliteCorrupt:
    case SqliteNotADb:
        text = tr("The database %1 is damaged (%2).").arg(m_path, error.databaseText());
        break;
    case SqliteIoErr:
    case SqliteCantOpen:
        text = tr("Cannot read or write the database %1 (%2).").arg(m_path, error.databaseText());
        break;
    default:
        text = tr("Database error: %1").arg(error.text());
        break;
    }
    if (!what.isEmpty())
        text = what + QLatin1Char(' ') + text;
    m_lastError = text;
    Q_EMIT const_cast<SessionStore *>(this)->storageError(text);
}

bool SessionStore::beginImmediate()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("BEGIN IMMEDIATE"));
    return exec(q);
}

bool SessionStore::commit()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("COMMIT"));
    return exec(q);
}

void SessionStore::rollback()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.exec(QStringLiteral("ROLLBACK"));
}

// ---- sessions ----

qint64 SessionStore::createSession(const QString &title, const QString &systemPrompt)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO sessions (uuid, title, created_at, updated_at, system_prompt) "
                             "VALUES (?, ?, ?, ?, ?)"));
    const qint64 now = nowMs();
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(nonNull(title));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(nonNull(systemPrompt));
    if (!exec(q))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    Q_EMIT sessionAdded(id);
    return id;
}

std::optional<SessionInfo> SessionStore::session(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT %1 FROM sessions s WHERE s.id = ?").arg(sessionColumns));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return sessionFromQuery(q);
}

std::optional<SessionInfo> SessionStore::sessionByUuid(const QString &uuid) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT %1 FROM sessions s WHERE s.uuid = ?").arg(sessionColumns));
    q.addBindValue(uuid);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return sessionFromQuery(q);
}

QList<SessionInfo> SessionStore::sessions(int limit, const SessionInfo *after) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    // Row-value comparison walks the sessions_order index backwards from the last row shown.
    const QString keyset
        = after ? QStringLiteral("AND (s.pinned, s.updated_at, s.id) < (?, ?, ?) ") : QString();
    q.prepare(QStringLiteral("SELECT %1 FROM sessions s WHERE s.deleted_at IS NULL %2"
                             "ORDER BY s.pinned DESC, s.updated_at DESC, s.id DESC LIMIT ?")
                  .arg(sessionColumns, keyset));
    if (after) {
        q.addBindValue(after->pinned ? 1 : 0);
        q.addBindValue(after->updatedAt.toMSecsSinceEpoch());
        q.addBindValue(after->id);
    }
    q.addBindValue(limit);
    QList<SessionInfo> list;
    if (!exec(q))
        return list;
    while (q.next())
        list << sessionFromQuery(q);
    return list;
}

int SessionStore::sessionCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE deleted_at IS NULL"));
    return exec(q) && q.next() ? q.value(0).toInt() : 0;
}

bool SessionStore::updateSession(qint64 id, const char *column, const QVariant &value)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // `column` is one of the fixed names below, never user input; the value is bound.
    q.prepare(QStringLiteral("UPDATE sessions SET %1 = ? WHERE id = ?").arg(QLatin1String(column)));
    q.addBindValue(value);
    q.addBindValue(id);
    if (!exec(q) || q.numRowsAffected() != 1)
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
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE sessions SET provider = ?, model = ? WHERE id = ?"));
    q.addBindValue(nonNull(provider));
    q.addBindValue(nonNull(model));
    q.addBindValue(id);
    if (!exec(q) || q.numRowsAffected() != 1)
        return false;
    Q_EMIT sessionChanged(id);
    return true;
}

bool SessionStore::setSessionSettings(qint64 id, const QJsonObject &settings)
{
    return updateSession(
        id, "settings", QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)));
}

bool SessionStore::setCurrentLeaf(qint64 sessionId, qint64 leafId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE sessions SET current_leaf = ? WHERE id = ?"));
    q.addBindValue(idOrNull(leafId));
    q.addBindValue(sessionId);
    return exec(q) && q.numRowsAffected() == 1;
}

bool SessionStore::deleteSession(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE sessions SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(nowMs());
    q.addBindValue(id);
    if (!exec(q) || q.numRowsAffected() != 1)
        return false;
    Q_EMIT sessionRemoved(id);
    return true;
}

bool SessionStore::restoreSession(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        QStringLiteral("UPDATE sessions SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL"));
    q.addBindValue(id);
    if (!exec(q) || q.numRowsAffected() != 1)
        return false;
    Q_EMIT sessionAdded(id);
    return true;
}

int SessionStore::purgeDeleted(qint64 onlyId)
{
    StoreTransaction transaction(this);
    if (!transaction.isActive())
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // Clear the leaf pointers first so the message cascade does not fight the session's reference.
    QSqlQuery clear(db);
    const QString which = QStringLiteral("deleted_at IS NOT NULL AND (? = 0 OR id = ?)");
    clear.prepare(QStringLiteral("UPDATE sessions SET current_leaf = NULL WHERE ") + which);
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM sessions WHERE ") + which);
    for (QSqlQuery *q : {&clear, &remove}) {
        q->addBindValue(onlyId);
        q->addBindValue(onlyId);
    }
    if (!exec(clear) || !exec(remove))
        return 0;
    const int removed = remove.numRowsAffected();
    return transaction.commit() ? removed : 0;
}

bool SessionStore::touchSession(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE sessions SET updated_at = ? WHERE id = ?"));
    q.addBindValue(nowMs());
    q.addBindValue(id);
    return exec(q);
}

// ---- messages ----

qint64 SessionStore::addMessage(const Message &message)
{
    StoreTransaction transaction(this);
    if (!transaction.isActive())
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const qint64 now = nowMs();
    const qint64 created = message.createdAt.isValid() ? message.createdAt.toMSecsSinceEpoch() : now;
    const qint64 updated = message.updatedAt.isValid() ? message.updatedAt.toMSecsSinceEpoch() : created;

    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO messages (session_id, parent_id, role, content, reasoning, "
                       "state, created_at, updated_at, model, prompt_tokens, completion_tokens, "
                       "finish_reason, error, writer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(message.sessionId);
    insert.addBindValue(idOrNull(message.parentId));
    insert.addBindValue(nonNull(message.role));
    insert.addBindValue(nonNull(message.content));
    insert.addBindValue(nonNull(message.reasoning));
    insert.addBindValue(messageStateToString(message.state));
    insert.addBindValue(created);
    insert.addBindValue(updated);
    insert.addBindValue(nonNull(message.model));
    insert.addBindValue(tokensOrNull(message.promptTokens));
    insert.addBindValue(tokensOrNull(message.completionTokens));
    insert.addBindValue(nonNull(message.finishReason));
    insert.addBindValue(nonNull(message.error));
    insert.addBindValue(message.state == MessageState::Streaming ? writerId() : QStringLiteral(""));
    if (!exec(insert))
        return 0;
    const qint64 id = insert.lastInsertId().toLongLong();
    QSqlQuery failed(db);
    if (!AttachmentStore::link(db, id, message.attachments, &failed)) {
        reportError(tr("The attachments could not be saved."), failed);
        return 0;
    }

    QSqlQuery session(db);
    session.prepare(
        QStringLiteral("UPDATE sessions SET current_leaf = ?, updated_at = max(updated_at, ?) WHERE id = ?"));
    session.addBindValue(id);
    session.addBindValue(updated);
    session.addBindValue(message.sessionId);
    if (!exec(session) || !transaction.commit())
        return 0;
    Q_EMIT messageAdded(message.sessionId, id);
    Q_EMIT sessionChanged(message.sessionId);
    return id;
}

std::optional<Message> SessionStore::message(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT %1 FROM messages m WHERE m.id = ?").arg(messageColumns));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    Message m = messageFromQuery(q);
    m.attachments = AttachmentStore::forMessage(QSqlDatabase::database(m_connectionName, false), id);
    return m;
}

bool SessionStore::prepareUpdateText()
{
    auto query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
    if (!query->prepare(
            QStringLiteral("UPDATE messages SET content = ?, reasoning = ?, updated_at = ? WHERE id = ?"))) {
        reportError(QString(), *query);
        return false;
    }
    m_updateText = std::move(query);
    return true;
}

bool SessionStore::updateMessageText(qint64 id, const QString &content, const QString &reasoning)
{
    if (!m_updateText && !prepareUpdateText())
        return false;
    QSqlQuery &q = *m_updateText;
    q.bindValue(0, nonNull(content));
    q.bindValue(1, nonNull(reasoning));
    q.bindValue(2, nowMs());
    q.bindValue(3, id);
    const bool ok = exec(q) && q.numRowsAffected() == 1;
    // Let go of the text: a bound copy would make the reply's next append copy all of it.
    q.bindValue(0, QString());
    q.bindValue(1, QString());
    return ok;
}

bool SessionStore::finishMessage(const Message &message)
{
    StoreTransaction transaction(this);
    if (!transaction.isActive())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral(
        "UPDATE messages SET content = ?, reasoning = ?, state = ?, updated_at = ?, model = ?, "
        "prompt_tokens = ?, completion_tokens = ?, finish_reason = ?, error = ? WHERE id = ?"));
    q.addBindValue(nonNull(message.content));
    q.addBindValue(nonNull(message.reasoning));
    q.addBindValue(messageStateToString(message.state));
    q.addBindValue(message.updatedAt.isValid() ? message.updatedAt.toMSecsSinceEpoch() : nowMs());
    q.addBindValue(nonNull(message.model));
    q.addBindValue(tokensOrNull(message.promptTokens));
    q.addBindValue(tokensOrNull(message.completionTokens));
    q.addBindValue(nonNull(message.finishReason));
    q.addBindValue(nonNull(message.error));
    q.addBindValue(message.id);
    if (!exec(q) || q.numRowsAffected() != 1 || !touchSession(message.sessionId) || !transaction.commit())
        return false;
    Q_EMIT sessionChanged(message.sessionId);
    return true;
}

QList<Message> SessionStore::branch(qint64 leafId, int limit) const
{
    QList<Message> list;
    if (leafId <= 0 || limit == 0)
        return list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    // Walk parent links up from the leaf; LIMIT bounds the walk itself, so a page costs O(page).
    // The step is a scalar subquery, not a join: on a join SQLite may build a Bloom filter over
    // all of messages at every step, which made a 100-row page of a 1M-row file take 250 ms.
    q.prepare(QStringLiteral(
        "WITH RECURSIVE chain(id, parent, depth) AS ("
        "  SELECT id, parent_id, 0 FROM messages WHERE id = ?"
        "  UNION ALL"
        "  SELECT c.parent, (SELECT p.parent_id FROM messages p WHERE p.id = c.parent), c.depth + 1"
        "  FROM chain c WHERE c.parent IS NOT NULL LIMIT ?) "
        "SELECT %1,"
        " (SELECT COUNT(*) FROM messages s WHERE s.session_id = m.session_id AND s.parent_id IS m.parent_id),"
        " (SELECT COUNT(*) FROM messages s WHERE s.session_id = m.session_id AND s.parent_id IS m.parent_id"
        "  AND s.id < m.id) "
        "FROM chain c CROSS JOIN messages m ON m.id = c.id ORDER BY c.depth DESC")
                  .arg(messageColumns));
    q.addBindValue(leafId);
    q.addBindValue(limit);
    if (!exec(q))
        return list;
    while (q.next()) {
        Message m = messageFromQuery(q);
        m.siblingCount = q.value(MessageColumnCount).toInt();
        m.siblingIndex = q.value(MessageColumnCount + 1).toInt();
        list << m;
    }
    AttachmentStore::fill(QSqlDatabase::database(m_connectionName, false), &list);
    return list;
}

QList<qint64> SessionStore::siblings(qint64 messageId) const
{
    QList<qint64> ids;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        QStringLiteral("SELECT s.id FROM messages s JOIN messages m ON m.id = ? "
                       "WHERE s.session_id = m.session_id AND s.parent_id IS m.parent_id ORDER BY s.id"));
    q.addBindValue(messageId);
    if (!exec(q))
        return ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

qint64 SessionStore::latestLeaf(qint64 messageId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // Follow the newest child at each level: that is the continuation the user saw last.
    q.prepare(
        QStringLiteral("WITH RECURSIVE down(id, depth) AS ("
                       "  SELECT ?, 0"
                       "  UNION ALL"
                       "  SELECT (SELECT MAX(c.id) FROM messages c WHERE c.parent_id = d.id), d.depth + 1"
                       "  FROM down d WHERE d.id IS NOT NULL) "
                       "SELECT id FROM down WHERE id IS NOT NULL ORDER BY depth DESC LIMIT 1"));
    q.addBindValue(messageId);
    return exec(q) && q.next() ? q.value(0).toLongLong() : messageId;
}

int SessionStore::messageCount(qint64 sessionId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT message_count FROM sessions WHERE id = ?"));
    q.addBindValue(sessionId);
    return exec(q) && q.next() ? q.value(0).toInt() : 0;
}

QList<SearchHit> SessionStore::search(const QString &query, int limit) const
{
    QList<SearchHit> hits;
    const QString match = ftsQuery(query);
    if (match.isEmpty())
        return hits;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);

    // Titles first: a user searching for a chat by name expects it on top.
    QSqlQuery titles(db);
    titles.prepare(QStringLiteral("SELECT id, title, updated_at FROM sessions WHERE deleted_at IS NULL "
                                  "AND title LIKE ? ESCAPE '\\' ORDER BY updated_at DESC LIMIT ?"));
    QString like = query.trimmed();
    like.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    titles.addBindValue(QLatin1Char('%') + like + QLatin1Char('%'));
    titles.addBindValue(limit);
    if (exec(titles)) {
        while (titles.next()) {
            SearchHit hit;
            hit.sessionId = titles.value(0).toLongLong();
            hit.sessionTitle = titles.value(1).toString();
            hit.snippet = hit.sessionTitle;
            hit.updatedAt = fromMs(titles.value(2));
            hits << hit;
        }
    }

    // Newest matches first; FTS5 yields rowids in descending order without sorting all matches.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.id, m.session_id, m.role, snippet(messages_fts, 0, char(57344), char(57345), '…', 12), "
        "s.title, m.updated_at "
        "FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid JOIN sessions s ON s.id = "
        "m.session_id "
        "WHERE messages_fts MATCH ? AND s.deleted_at IS NULL ORDER BY messages_fts.rowid DESC LIMIT ?"));
    q.addBindValue(match);
    q.addBindValue(qMax(0, limit - int(hits.size())));
    if (!exec(q))
        return hits;
    while (q.next()) {
        SearchHit hit;
        hit.messageId = q.value(0).toLongLong();
        hit.sessionId = q.value(1).toLongLong();
        hit.role = q.value(2).toString();
        hit.snippet = q.value(3).toString();
        hit.sessionTitle = q.value(4).toString();
        hit.updatedAt = fromMs(q.value(5));
        hits << hit;
    }
    return hits;
}

// ---- other processes ----

void SessionStore::setExternalPollInterval(int ms)
{
    m_pollTimer.setInterval(ms);
    if (ms <= 0)
        m_pollTimer.stop();
    else if (isOpen())
        m_pollTimer.start();
}

void SessionStore::checkForExternalChanges()
{
    if (!isOpen())
        return;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // data_version changes only when *another* connection commits, so our own writes don't echo.
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    q.finish();
    // A crashed writer (e.g. a killed confab-cli) leaves a reply streaming: settle it now.
    if (recoverInterrupted() > 0) {
        m_dataVersion = version;
        Q_EMIT externalChange();
        return;
    }
    if (m_dataVersion >= 0 && version != m_dataVersion) {
        m_dataVersion = version;
        Q_EMIT externalChange();
        return;
    }
    m_dataVersion = version;
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
