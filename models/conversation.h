#pragma once

#include "models/contextwindow.h"
#include "storage/message.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

class SessionStore;

// One session's current branch, oldest first, backed by SessionStore: the domain object that
// the app's TranscriptModel, the ChatController and confab-cli share.
//
// Write-through: every change goes to the database first, then to the rows, so the view,
// the ContextBuilder and the file never disagree. Old rows load lazily: the newest page
// comes with setSession(), older pages are prepended by loadOlder().
// A streaming reply is kept in memory; saveReply() appends its new text to the store once per
// network read (ChatController calls it in the same event-loop turn, before anything is painted
// or printed); text not saved that way (a failed write, a writer that does not call it) is
// written within flushInterval() ms. A heartbeat keeps other processes from taking it for a
// crash's leftover. The branch does not change while one of its replies streams.
// Each change is announced before and after it happens (aboutTo…/…ed), so an item model can
// wrap it (TranscriptModel), as NeoChat's timeline model wraps libQuotient's Room.
// Used only on the thread of the store's connection.
class Conversation : public QObject
{
    Q_OBJECT
public:
    // What changed in rows that stay (rowsChanged()).
    enum Change {
        Content = 0x1,
        Reasoning = 0x2,
        Finished = 0x4, // state, usage, error: everything about the row
        InContext = 0x8, // the rows the next request carries
        Marker = 0x10, // where the "context starts here" marker is
        Summary = 0x20, // the window's size shown on the marker (same row, same height)
        Truncated = 0x40, // the reply was flagged as cut by its server
    };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)

    explicit Conversation(SessionStore *store, QObject *parent = nullptr);

    // Loads the newest page of the session's current branch (0: empty).
    void setSession(qint64 sessionId);
    qint64 sessionId() const { return m_sessionId; }
    SessionStore *store() const { return m_store; }

    int count() const { return int(m_rows.size()); }
    const Message &messageAt(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 messageId) const;
    // Older rows of the branch exist and are not loaded (and no load is running).
    bool canLoadOlder() const;
    void loadOlder();

    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }
    void setFlushInterval(int ms);
    int flushInterval() const { return m_flushTimer.interval(); }

    // Appends a message to the current branch, with the files it carries (AttachmentFile; their
    // bytes are stored, the row keeps only what it shows). Returns its id, 0 if the store refused.
    qint64 appendMessage(
        const QString &role, const QString &content, const QList<Attachment> &attachments = {});
    // Starts an empty assistant reply (State Streaming) after the last row.
    qint64 beginReply(const QString &model);
    // Grows the streaming reply in memory (and in its row); saveReply() writes it.
    void appendToReply(qint64 messageId, const QString &text, const QString &reasoning = {});
    // Writes what the reply grew by now, if anything (SessionStore::appendReplyText, its own
    // commit). Emits replySaved().
    void saveReply(qint64 messageId);
    // Ends a reply: state, finish reason, token counts, error. Writes at once.
    void finishReply(qint64 messageId, MessageState state, const QString &finishReason = {},
        int promptTokens = -1, int completionTokens = -1, const QString &error = {});
    // Flags a finished reply whose server cut the prompt (ContextCache::setTruncated).
    bool markTruncated(qint64 messageId);
    // Writes pending streamed text now (e.g. before quitting).
    void flush();
    // Streamed text or a reply's end the store has not taken yet (kept here and retried, e.g.
    // while a database server is away): quitting now would lose it.
    bool hasUnsaved() const { return !m_unsaved.isEmpty() || !m_unfinished.isEmpty(); }

    // Branching. Both keep the old rows in the database as siblings.
    // Edit: adds a new user message beside the one at `row`, with `content` and the files of
    // the one at `row` (linked again, not copied); rows after it go.
    qint64 editMessage(int row, const QString &content);
    // Regenerate: drops `row` (an assistant reply) and everything after it, leaving the branch
    // at its parent, so beginReply() adds a sibling. False if `row` cannot be regenerated.
    bool prepareRegenerate(int row);
    // Shows the previous (-1) or next (+1) alternative of `row` and its latest continuation.
    // Refused while a reply of this session streams: its branch must not change under it.
    bool switchSibling(int row, int delta);
    // Shows the branch that holds `messageId` (its latest continuation), e.g. a search hit on an
    // older alternative. False if it is not in this session or a reply of this session streams.
    bool showBranchOf(qint64 messageId);
    // A reply of this session is being written.
    bool isStreaming() const;

    // Re-reads the branch from the store if it changed (e.g. another process added or is
    // streaming messages in this session); changes elsewhere in the file leave the rows alone.
    void reload();

    // The window the next request will carry (ContextBuilder): which rows are in it and where
    // the "context starts here" marker goes. Kept here, so there is one place that knows it.
    void setContextWindow(const ContextWindow &window);
    qint64 contextStartId() const { return m_contextStartId; }
    bool isInContext(qint64 messageId) const { return m_contextIds.contains(messageId); }
    // On the row where the window starts, when earlier rows are left out: how many loaded rows
    // are left out; -1 for every other row.
    int contextMarker(qint64 messageId) const;
    // On the marker's row: the branch has even older rows, not loaded and not counted.
    bool contextOlderUnloaded(qint64 messageId) const;
    // On the marker's row: the window's size in words (ContextSummary::text); empty elsewhere.
    QString contextSummary(qint64 messageId) const;

Q_SIGNALS:
    void aboutToReset();
    void reset(); // a whole new branch (session opened, branch switched, reloaded)
    void aboutToPrepend(int count);
    void prepended(); // older rows now at 0 .. count - 1
    void aboutToAppend(int row);
    void appended();
    void aboutToRemove(int first, int last);
    void removed();
    void rowsChanged(int first, int last, Conversation::Changes changes);
    void sessionChanged();
    // Rows were added, removed or finished: the context window may have moved.
    void transcriptChanged();
    // The reply's text up to `contentLength` characters is in the database (committed): what
    // may be shown without being lost to a crash (confab-cli prints up to there).
    void replySaved(qint64 messageId, qsizetype contentLength);

private:
    void loadBranch(qint64 leafId, int limit);
    void persistPending();
    // Writes one live reply's text; false (and retried later) if the store refused.
    bool persistText(qint64 messageId);
    void dropLive(qint64 messageId);
    // The reply's row was deleted (not merely unreachable): its text has nowhere to go.
    bool rowIsGone(qint64 messageId) const;
    void removeRowsFrom(int row);
    // A message of this session dated now, not yet stored.
    Message newMessage(const QString &role, qint64 parentId) const;
    void appendRow(const Message &message);
    int markerRow() const;

    SessionStore *m_store;
    qint64 m_sessionId = 0;
    QList<Message> m_rows;
    // For each message of a branch switched away from, the leaf that was shown under it, so
    // flipping back (‹ ›) returns to the reply chosen then rather than to the newest one.
    QHash<qint64, qint64> m_shownLeaf;
    int m_pageSize = 100;
    bool m_loading = false;
    qint64 m_contextStartId = 0;
    QSet<qint64> m_contextIds;
    int m_contextDropped = 0;
    bool m_contextOlderUnloaded = false;
    QString m_contextSummary;
    // Replies being streamed, by id: kept apart from the rows so a reply keeps growing and
    // being saved even while the user looks at another session.
    QHash<qint64, Message> m_live;
    // How much of each live reply is in the store, and the number of its next chunk.
    struct Written
    {
        qsizetype content = 0;
        qsizetype reasoning = 0;
        int chunks = 0;
    };
    QHash<qint64, Written> m_written;
    QSet<qint64> m_unsaved; // live replies with text not yet written
    QSet<qint64> m_unfinished; // live replies whose final state could not be written yet
    QTimer m_flushTimer;
    // Refreshes live replies' updated_at while a server is silent (loading, thinking), so other
    // processes do not take them for the leftovers of a crash (SessionStore::StreamingStaleMs).
    QTimer m_heartbeat;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(Conversation::Changes)
