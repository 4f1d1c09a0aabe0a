#include "storage/searchindexer.h"

#include "storage/storagelog.h"
#include "storage/storeconnection.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

SearchIndexer::~SearchIndexer()
{
    stop();
}

bool SearchIndexer::start(const QString &path)
{
    stop();
    // As the store's own connection: its cache holds what one long reply's index writes, so they
    // are not spilled in the middle of the transaction.
    if (!m_worker.start(QStringLiteral("SearchIndexer"), path,
            QStringList {QStringLiteral("PRAGMA busy_timeout = 5000")} + StoreConnection::sqliteSettings()))
        return false;
    nudge(); // what a process that ended early left queued
    return true;
}

void SearchIndexer::stop()
{
    m_stopping = true; // a run in progress ends after its current message
    m_worker.stop();
    m_pending = false;
    m_stopping = false;
}

void SearchIndexer::nudge()
{
    if (!m_worker.isRunning() || m_pending.exchange(true))
        return;
    m_worker.post([this] {
        m_pending = false;
        run();
    });
}

void SearchIndexer::waitUntilIdle()
{
    m_worker.runAndWait([] {});
}

void SearchIndexer::run()
{
    // Posted before stop()'s close: the connection is open.
    const int count = indexQueued(m_worker.database(), &m_stopping);
    if (count > 0)
        m_indexed += count;
}

int SearchIndexer::indexQueued(const QSqlDatabase &db, const std::atomic<bool> *stop)
{
    QSqlQuery next(db);
    QSqlQuery index(db);
    QSqlQuery dequeue(db);
    QSqlQuery q(db);
    // The message is indexed only if it is still queued once the write lock is held: another
    // connection may have edited or deleted it since (their triggers keep the queue right).
    if (!next.prepare(QStringLiteral("SELECT message_id FROM messages_unindexed ORDER BY message_id LIMIT 1"))
        || !index.prepare(QStringLiteral(
            "INSERT INTO messages_fts(rowid, content) SELECT m.id, m.content FROM messages_unindexed u "
            "JOIN messages m ON m.id = u.message_id WHERE u.message_id = ? AND m.state <> 'streaming'"))
        || !dequeue.prepare(QStringLiteral("DELETE FROM messages_unindexed WHERE message_id = ?"))) {
        qCWarning(lcStorage) << "search indexer:" << next.lastError().text() << index.lastError().text()
                             << dequeue.lastError().text();
        return -1;
    }
    int count = 0;
    while (!stop || !*stop) {
        // A read first, without the write lock: mostly the queue is empty.
        if (!next.exec()) {
            qCWarning(lcStorage) << "search indexer:" << next.lastError().text();
            return -1;
        }
        if (!next.next())
            return count;
        const qint64 id = next.value(0).toLongLong();
        next.finish();
        index.bindValue(0, id);
        dequeue.bindValue(0, id);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")) || !index.exec() || !dequeue.exec()
            || !q.exec(QStringLiteral("COMMIT"))) {
            qCWarning(lcStorage) << "search indexer: message" << id
                                 << "stays unindexed:" << q.lastError().text() << index.lastError().text()
                                 << dequeue.lastError().text();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return -1;
        }
        ++count;
    }
    return count;
}
