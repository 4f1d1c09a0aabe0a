#pragma once

#include "storage/workerconnection.h"

#include <QString>
#include <atomic>

// Checkpoints an SQLite file's write-ahead log on a thread of its own. SQLite checkpoints in
// the thread whose commit fills the log, and a checkpoint syncs the database file: 0.3 s on a
// busy disk, a frozen window in the middle of a streaming reply. The store's connection turns
// its own checkpoints off while this runs (SessionStore::open) and nudges it after writes.
class WalCheckpointer
{
public:
    WalCheckpointer() = default;
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Opens a second connection to `path` on the thread. False if it cannot (then the store
    // checkpoints as SQLite does by default).
    bool start(const QString &path);
    // Waits for a running checkpoint, closes the connection and joins the thread.
    void stop();
    bool isRunning() const { return m_worker.isRunning(); }

    // A write was committed: every CommitsPerCheckpoint nudges (or at once if `now`), one
    // PASSIVE checkpoint is asked for, unless one is still waiting to run.
    void nudge(bool now = false);
    static constexpr int CommitsPerCheckpoint = 64;
    // The store's own connection still checkpoints once the log reaches this many pages (SQLite's
    // default is 1,000): a PASSIVE checkpoint cannot finish while another process reads, and with
    // no limit the log grew until other processes' writes timed out as busy.
    static constexpr int BackstopPages = 4000;
    // Checkpoints asked for by nudge() and done (for tests).
    int checkpoints() const { return m_done.load(); }
    // Runs a checkpoint now and waits for it (for tests).
    bool checkpointAndWait();

private:
    bool checkpoint();

    WorkerConnection m_worker;
    int m_commits = 0;
    std::atomic<bool> m_pending {false};
    std::atomic<int> m_done {0};
};
