#pragma once

#include "storage/workerconnection.h"

#include <QString>
#include <atomic>

class QSqlDatabase;

// Puts into the search index, on a thread of its own, the long messages that the triggers leave
// queued in messages_unindexed (Migrations::IndexLaterChars). FTS5 took 25-45 ms to index the
// end of a 1 MB reply, all of it in the GUI thread's commit, and the window froze for that long.
// Each message is one transaction of this thread's connection; one that fails stays queued for
// the next nudge or the next open. SQLite only: PostgreSQL computes its vector in the server.
// Until a message is indexed, SessionSearch reads its text itself.
class SearchIndexer
{
public:
    SearchIndexer() = default;
    ~SearchIndexer();
    SearchIndexer(const SearchIndexer &) = delete;
    SearchIndexer &operator=(const SearchIndexer &) = delete;

    // Opens a second connection to `path` on the thread and indexes what an earlier run left
    // queued. False if it cannot (then the store indexes on its own connection).
    bool start(const QString &path);
    // Waits for the message being indexed (the rest stay queued for the next open), closes the
    // connection and joins the thread.
    void stop();
    bool isRunning() const { return m_worker.isRunning(); }
    // Something may have been queued: indexes all that is, unless a run is still waiting to start.
    void nudge();
    // Messages this indexer has indexed (for tests).
    int indexed() const { return m_indexed.load(); }
    // Returns once every run asked for so far has ended (for tests).
    void waitUntilIdle();

    // Indexes what `db` has queued, one message per transaction, oldest first, until the queue
    // is empty or `stop` is set; returns how many, -1 if a step failed (its message stays queued).
    static int indexQueued(const QSqlDatabase &db, const std::atomic<bool> *stop = nullptr);

private:
    void run();

    WorkerConnection m_worker;
    std::atomic<bool> m_pending {false};
    std::atomic<bool> m_stopping {false};
    std::atomic<int> m_indexed {0};
};
