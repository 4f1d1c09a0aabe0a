#include "storage/walcheckpointer.h"

#include "storage/storagelog.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

bool WalCheckpointer::start(const QString &path)
{
    stop();
    m_connectionName = QStringLiteral("confab-checkpoint-%1").arg(quintptr(this), 0, 16);
    m_thread.setObjectName(QStringLiteral("WalCheckpointer"));
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
            opened = db.open() && QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
            if (!opened)
                qCWarning(lcStorage) << "no checkpoint thread:" << db.lastError().text();
        },
        Qt::BlockingQueuedConnection);
    if (!opened)
        stop();
    return opened;
}

void WalCheckpointer::stop()
{
    if (!m_context)
        return;
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
    m_commits = 0;
    m_pending = false;
}

void WalCheckpointer::nudge(bool now)
{
    if (!m_context || (++m_commits < CommitsPerCheckpoint && !now))
        return;
    m_commits = 0;
    if (m_pending.exchange(true))
        return;
    QMetaObject::invokeMethod(m_context, [this] {
        m_pending = false;
        if (checkpoint())
            ++m_done;
    });
}

bool WalCheckpointer::checkpointAndWait()
{
    bool ok = false;
    if (m_context)
        QMetaObject::invokeMethod(
            m_context, [this, &ok] { ok = checkpoint(); }, Qt::BlockingQueuedConnection);
    return ok;
}

bool WalCheckpointer::checkpoint()
{
    // PASSIVE: copies what no reader still needs, never waits for (or blocks) the writer.
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        return true;
    qCWarning(lcStorage) << "checkpoint failed:" << q.lastError().text();
    return false;
}
