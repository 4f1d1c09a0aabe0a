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
    return m_worker.start(
        QStringLiteral("WalCheckpointer"), path, {QStringLiteral("PRAGMA busy_timeout = 5000")});
}

void WalCheckpointer::stop()
{
    m_worker.stop();
    m_commits = 0;
    m_pending = false;
}

void WalCheckpointer::nudge(bool now)
{
    if (!m_worker.isRunning() || (++m_commits < CommitsPerCheckpoint && !now))
        return;
    m_commits = 0;
    if (m_pending.exchange(true))
        return;
    m_worker.post([this] {
        m_pending = false;
        if (checkpoint())
            ++m_done;
    });
}

bool WalCheckpointer::checkpointAndWait()
{
    bool ok = false;
    m_worker.runAndWait([this, &ok] { ok = checkpoint(); });
    return ok;
}

bool WalCheckpointer::checkpoint()
{
    // PASSIVE: copies what no reader still needs, never waits for (or blocks) the writer.
    QSqlQuery q(m_worker.database());
    if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        return true;
    qCWarning(lcStorage) << "checkpoint failed:" << q.lastError().text();
    return false;
}
