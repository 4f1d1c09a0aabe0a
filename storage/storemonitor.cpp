#include "storage/storemonitor.h"

#include "storage/messagecolumns.h"
#include "storage/migrations.h"
#include "storage/processprobe.h"
#include "storage/sqlvalues.h"
#include "storage/storagelog.h"
#include "storage/storeconnection.h"
#include "storage/storetransaction.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

StoreMonitor::StoreMonitor(StoreConnection *db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_pollTimer.setInterval(1500);
    connect(&m_pollTimer, &QTimer::timeout, this, &StoreMonitor::check);
}

QString StoreMonitor::writerId()
{
    return QSysInfo::machineHostName() + QLatin1Char(':')
        + QString::number(QCoreApplication::applicationPid());
}

int StoreMonitor::recoverInterrupted(qint64 staleMs)
{
    const qint64 now = SqlValues::nowMs();
    const QString host = QSysInfo::machineHostName();
    const QString self = writerId();
    QList<qint64> orphans;
    {
        CachedQuery streaming = m_db->prepare(
            QStringLiteral("SELECT id, writer, updated_at FROM messages WHERE state = 'streaming'"));
        if (!m_db->exec(*streaming))
            return 0;
        while (streaming->next()) {
            const QString writer = streaming->value(1).toString();
            if (writer == self)
                continue;
            const qsizetype colon = writer.lastIndexOf(QLatin1Char(':'));
            const bool sameHost = colon > 0 && QStringView(writer).left(colon) == host;
            const bool writerGone
                = sameHost && !isProcessRunning(QStringView(writer).mid(colon + 1).toLongLong());
            const bool silent = now - streaming->value(2).toLongLong() > staleMs;
            if (writerGone || silent || writer.isEmpty())
                orphans << streaming->value(0).toLongLong();
        }
    }
    int recovered = 0;
    const bool pg = m_db->isPostgres();
    const QString row = QStringLiteral("messages.id");
    for (qint64 id : std::as_const(orphans)) {
        // The reply's chunks are folded into it (and so indexed for search) as it settles.
        StoreTransaction transaction(m_db);
        CachedQuery mark = m_db->prepare(
            QStringLiteral("UPDATE messages SET content = content || %1, reasoning = reasoning || %2, "
                           "state = 'interrupted', updated_at = ? WHERE id = ? AND state = 'streaming'")
                .arg(MessageColumns::chunks(QLatin1String("content"), row, pg),
                    MessageColumns::chunks(QLatin1String("reasoning"), row, pg)));
        mark->addBindValue(now);
        mark->addBindValue(id);
        if (!transaction.isActive() || !m_db->exec(*mark))
            continue;
        const int marked = mark->numRowsAffected();
        CachedQuery drop = m_db->prepare(QStringLiteral("DELETE FROM message_chunks WHERE message_id = ?"));
        drop->addBindValue(id);
        if (m_db->exec(*drop) && transaction.commit())
            recovered += marked;
    }
    if (recovered > 0)
        qCInfo(lcStorage) << "marked" << recovered << "reply(ies) of stopped writers as interrupted";
    return recovered;
}

bool StoreMonitor::touchMessage(qint64 id)
{
    CachedQuery q = m_db->prepare(QStringLiteral("UPDATE messages SET updated_at = ? WHERE id = ?"));
    q->addBindValue(SqlValues::nowMs());
    q->addBindValue(id);
    return m_db->exec(*q) && q->numRowsAffected() == 1;
}

qint64 StoreMonitor::dataVersion()
{
    CachedQuery q = m_db->prepare(QStringLiteral("PRAGMA data_version"));
    // Not through exec(): a failed poll is retried on the next tick, not reported to the user.
    return q->exec() && q->next() ? q->value(0).toLongLong() : -1;
}

void StoreMonitor::start(qint64 staleMs)
{
    m_staleMs = staleMs;
    if (m_db->isPostgres()) {
        // The server tells us of other clients' commits (the NOTIFY triggers): no poll for them;
        // the timer only settles replies whose writer went silent (and finds a server gone).
        resubscribe();
    } else {
        m_dataVersion = dataVersion();
    }
    if (m_pollTimer.interval() > 0)
        m_pollTimer.start();
}

void StoreMonitor::resubscribe()
{
    QSqlDriver *driver = m_db->database().driver();
    const QString channel = QLatin1String(Migrations::ChangeChannel);
    if (driver->subscribeToNotification(channel))
        connect(driver, &QSqlDriver::notification, this, &StoreMonitor::notified, Qt::UniqueConnection);
    else
        qCWarning(lcStorage) << "cannot LISTEN on" << channel << ":" << driver->lastError().text();
}

void StoreMonitor::stop()
{
    m_pollTimer.stop();
    if (m_db->isOpen() && m_db->isPostgres() && !m_db->isLost())
        m_db->database().driver()->unsubscribeFromNotification(QLatin1String(Migrations::ChangeChannel));
}

void StoreMonitor::notified(const QString &name, QSqlDriver::NotificationSource source, const QVariant &)
{
    // Our own commits come back too; the models already know about those.
    if (source == QSqlDriver::SelfSource || name != QLatin1String(Migrations::ChangeChannel))
        return;
    Q_EMIT externalChange();
}

void StoreMonitor::setPollInterval(int ms)
{
    m_pollTimer.setInterval(ms);
    if (ms <= 0)
        m_pollTimer.stop();
    else if (m_db->isOpen())
        m_pollTimer.start();
}

void StoreMonitor::check()
{
    if (!m_db->isOpen())
        return;
    if (m_db->isPostgres()) {
        // A round trip reads what libpq has not handed on: QPSQL leaves a notification that came
        // in while it drained a forward-only result unannounced until the next statement. It
        // also finds a server that went away while nothing was written, and reconnects to it.
        CachedQuery ping = m_db->prepare(QStringLiteral("SELECT 1"));
        if (!m_db->exec(*ping))
            return;
        if (recoverInterrupted(m_staleMs) > 0)
            Q_EMIT externalChange();
        return;
    }
    // data_version changes only when *another* connection commits, so our own writes don't echo.
    const qint64 version = dataVersion();
    if (version < 0)
        return;
    // A crashed writer (e.g. a killed confab-cli) leaves a reply streaming: settle it now.
    const bool changed
        = recoverInterrupted(m_staleMs) > 0 || (m_dataVersion >= 0 && version != m_dataVersion);
    m_dataVersion = version;
    if (changed)
        Q_EMIT externalChange();
}
