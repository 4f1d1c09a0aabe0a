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
    m_connectionName = QStringLiteral("confab-index-%1").arg(quintptr(this), 0, 16);
    m_thread.setObjectName(QStringLiteral("SearchIndexer"));
    m_thread.start(QThread::LowPriority);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    bool opened = false;
    // The connection is made, used and removed on the thread (as QSqlDatabase requires).
    QMetaObject::invokeMethod(
        m_context,
        [this, path, &opened] {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
            db.setDatabaseName(path);
            opened = db.open();
            // As the store's own connection (StoreConnection::open): its cache holds what one
            // long reply's index writes, so they are not spilled in the middle of the transaction.
            QSqlQuery q(db);
            for (const QString &pragma :
                {QStringLiteral("PRAGMA busy_timeout = 5000"), QStringLiteral("PRAGMA synchronous = NORMAL"),
                    QStringLiteral("PRAGMA secure_delete = ON"),
                    QStringLiteral("PRAGMA cache_size = -%1").arg(StoreConnection::CacheKiB)}) {
                opened = opened && q.exec(pragma);
            }
            if (!opened)
                qCWarning(lcStorage) << "no search indexer thread:" << db.lastError().text()
                                     << q.lastError().text();
        },
        Qt::BlockingQueuedConnection);
    if (!opened) {
        stop();
        return false;
    }
    nudge(); // what a process that ended early left queued
    return true;
}

void SearchIndexer::stop()
{
    if (!m_context)
        return;
    m_stopping = true; // a run in progress ends after its current message
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            QSqlDatabase::database(m_connectionName, false).close();
            QSqlDatabase::removeDatabase(m_connectionName);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait(); // the context is deleted on the thread as it finishes
    m_context = nullptr;
    m_pending = false;
    m_stopping = false;
}

void SearchIndexer::nudge()
{
    if (!m_context || m_pending.exchange(true))
        return;
    QMetaObject::invokeMethod(m_context, [this] {
        m_pending = false;
        run();
    });
}

void SearchIndexer::waitUntilIdle()
{
    // The thread takes its work in order: this runs after every run queued before it.
    if (m_context)
        QMetaObject::invokeMethod(
            m_context, [] {}, Qt::BlockingQueuedConnection);
}

void SearchIndexer::run()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return; // stop() closed it while this run waited
    const int count = indexQueued(db, &m_stopping);
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
