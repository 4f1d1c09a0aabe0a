#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <QThread>
#include <functional>

// A second connection to an SQLite file, made, used and removed on a thread of its own (as
// QSqlDatabase requires): the store's work that must not hold the GUI thread (WalCheckpointer,
// SearchIndexer). The thread takes its work in the order it was posted.
class WorkerConnection
{
public:
    WorkerConnection() = default;
    ~WorkerConnection();
    WorkerConnection(const WorkerConnection &) = delete;
    WorkerConnection &operator=(const WorkerConnection &) = delete;

    // Starts the thread (`name`, low priority) and opens `path` there, running `pragmas` on the
    // new connection. False, logged and stopped if it cannot.
    bool start(const QString &name, const QString &path, const QStringList &pragmas);
    // Waits for the work posted so far, closes the connection and joins the thread.
    void stop();
    bool isRunning() const { return m_context != nullptr; }
    // Runs `work` on the thread, later; or now, waiting for it (and for all posted before it).
    void post(std::function<void()> work);
    void runAndWait(const std::function<void()> &work);
    // The connection, for the work on the thread (closed once stop() began).
    QSqlDatabase database() const { return QSqlDatabase::database(m_connectionName, false); }

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread, deleted there when it finishes
    QString m_connectionName;
};
