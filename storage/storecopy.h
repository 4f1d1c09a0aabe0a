#pragma once

#include <QStringList>
#include <atomic>
#include <functional>

class SessionStore;

// confab-cli copy: every session of one store into another (a file into a server and back),
// with its whole message tree, attachments and per-chat settings. One transaction per session,
// so an interrupted copy leaves whole sessions only; a session whose uuid the target already
// has is skipped, so a rerun goes on where the last run stopped. Sessions in the trash, the
// learnt context lengths and token counts (caches the app rebuilds) are not copied.
class StoreCopy
{
public:
    struct Progress
    {
        int done = 0; // sessions looked at so far
        int total = 0;
        int copied = 0;
        int skipped = 0; // already in the target
        int failed = 0;
    };

    StoreCopy(SessionStore *from, SessionStore *to);

    // Copies in the source's order (oldest first) and calls `progress` after each session. A
    // session that cannot be read is reported and passed over; a write the target refuses
    // stops the copy (what it said is in errors()).
    Progress run(const std::function<void(const Progress &)> &progress = {});
    QStringList errors() const { return m_errors; }
    // From any thread: run() stops before the next session (the ones copied stay; a rerun
    // goes on from there).
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

private:
    SessionStore *m_from;
    SessionStore *m_to;
    QStringList m_errors;
    std::atomic<bool> m_cancelled {false};
};
