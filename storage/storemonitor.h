#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

class StoreConnection;

// Crash recovery and the change poll of SessionStore. Settles the streaming replies whose
// writer is gone, and notices commits by other processes (SQLite: a poll of PRAGMA
// data_version; PostgreSQL: LISTEN for the NOTIFY every changing commit sends) so the models
// reload what changed under them.
class StoreMonitor : public QObject
{
    Q_OBJECT
public:
    explicit StoreMonitor(StoreConnection *db, QObject *parent = nullptr);

    // "host:pid" of this process, stored with the replies it streams.
    static QString writerId();
    // Marks as Interrupted the streaming replies whose writer process is gone (same host, pid
    // not running) or silent for `staleMs`. Returns the count.
    int recoverInterrupted(qint64 staleMs);
    // Refreshes a streaming reply's updated_at: the heartbeat that keeps it from being recovered.
    bool touchMessage(qint64 id);

    // Starts polling (remembers data_version as it is now); stop() on close.
    void start(qint64 staleMs);
    void stop();
    void setPollInterval(int ms);
    // One poll: recovers crashed writers' replies, emits externalChange() if another
    // connection committed since the last poll.
    void check();

Q_SIGNALS:
    void externalChange();

private:
    qint64 dataVersion();
    void notified(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    StoreConnection *m_db;
    QTimer m_pollTimer;
    qint64 m_dataVersion = -1;
    qint64 m_staleMs = 0;
};
