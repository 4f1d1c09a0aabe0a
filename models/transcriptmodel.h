#pragma once

#include "models/contextwindow.h"
#include "storage/message.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <QTimer>

class SessionStore;

// The messages of one session's current branch, oldest first, backed by SessionStore.
//
// Write-through: every change goes to the database first, then to the rows, so the view,
// the ContextBuilder and the file never disagree. Old rows load lazily: the newest page
// comes with setSession(), older pages are prepended by fetchMore().
// A streaming reply is kept in memory and written at most every flushInterval() ms,
// with one dataChanged() for its row per delta.
// Changed only on the GUI thread (the thread of the store's connection).
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 sessionId READ sessionId NOTIFY sessionChanged)
public:
    enum Roles {
        IdRole = Qt::UserRole + 1, // qint64 message id
        RoleRole, // QString: "user", "assistant", "system"
        ContentRole, // QString: the text (markdown for assistant replies)
        ReasoningRole, // QString: thinking text, shown apart, never sent back
        StateRole, // int: MessageState
        CreatedAtRole, // QDateTime (local time)
        ModelRole, // QString: model that wrote the reply
        PromptTokensRole, // int, -1 if unknown
        CompletionTokensRole, // int, -1 if unknown
        FinishReasonRole, // QString
        ErrorRole, // QString: human-readable error of a failed reply
        SiblingIndexRole, // int: 0-based position among alternatives (edits/regenerations)
        SiblingCountRole, // int: number of alternatives, 1 if none
        InContextRole, // bool: the ContextBuilder will send this row with the next request
        ParentIdRole, // qint64
        // int: on the row where the next request's window starts, when earlier rows are left out,
        // how many loaded rows are left out (the "context starts here" marker); -1 on other rows
        ContextMarkerRole,
        // bool: on the marker's row, the branch has even older rows, not loaded and not counted
        ContextOlderUnloadedRole,
    };
    Q_ENUM(Roles)

    explicit TranscriptModel(SessionStore *store, QObject *parent = nullptr);

    // Loads the newest page of the session's current branch (0: empty model).
    void setSession(qint64 sessionId);
    qint64 sessionId() const { return m_sessionId; }
    SessionStore *store() const { return m_store; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }
    void setFlushInterval(int ms);
    int flushInterval() const { return m_flushTimer.interval(); }

    const Message &messageAt(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 messageId) const;

    // Appends a message to the current branch. Returns its id, 0 if the store refused.
    qint64 appendMessage(const QString &role, const QString &content);
    // Starts an empty assistant reply (State Streaming) after the last row.
    qint64 beginReply(const QString &model);
    // Grows the streaming reply; persisted at most every flushInterval() ms.
    void appendToReply(qint64 messageId, const QString &text, const QString &reasoning = {});
    // Ends a reply: state, finish reason, token counts, error. Writes at once.
    void finishReply(qint64 messageId, MessageState state, const QString &finishReason = {},
        int promptTokens = -1, int completionTokens = -1, const QString &error = {});
    // Writes pending streamed text now (e.g. before quitting).
    void flush();

    // Branching. Both keep the old rows in the database as siblings.
    // Edit: adds a new user message beside the one at `row`, with `content`; rows after it go.
    qint64 editMessage(int row, const QString &content);
    // Regenerate: drops `row` (an assistant reply) and everything after it from the view, leaving
    // the branch at its parent, so beginReply() adds a sibling. False if `row` cannot be regenerated.
    bool prepareRegenerate(int row);
    // Shows the previous (-1) or next (+1) alternative of `row` and its latest continuation.
    // Refused while a reply of this session streams: its branch must not change under it.
    bool switchSibling(int row, int delta);
    // Shows the branch that holds `messageId` (its latest continuation), e.g. a search hit on an
    // older alternative. False if it is not in this session or a reply of this session streams.
    bool showBranchOf(qint64 messageId);
    // A reply of this session is being written.
    bool isStreaming() const;

    // The window the next request will carry (ContextBuilder), shown through InContextRole and
    // the marker roles: the view reads it from here, so there is one place that knows it.
    void setContextWindow(const ContextWindow &window);
    qint64 contextStartId() const { return m_contextStartId; }

    // Re-reads the branch from the store if it changed (e.g. another process added or is
    // streaming messages in this session); changes elsewhere in the file leave the rows alone.
    void reload();

Q_SIGNALS:
    void sessionChanged();
    // Rows were added, removed or finished: the context window may have moved.
    void transcriptChanged();

private:
    void loadBranch(qint64 leafId, int limit);
    void persistPending();
    void dropLive(qint64 messageId);
    void removeRowsFrom(int row);
    // A message of this session dated now, not yet stored.
    Message newMessage(const QString &role, qint64 parentId) const;
    void appendRow(const Message &message);

    SessionStore *m_store;
    qint64 m_sessionId = 0;
    QList<Message> m_rows;
    int m_pageSize = 100;
    bool m_loading = false;
    qint64 m_contextStartId = 0;
    QSet<qint64> m_contextIds;
    int m_contextDropped = 0;
    bool m_contextOlderUnloaded = false;
    // Replies being streamed, by id: kept apart from the rows so a reply keeps growing and
    // being saved even while the user looks at another session.
    QHash<qint64, Message> m_live;
    QSet<qint64> m_unsaved; // live replies with text not yet written
    QSet<qint64> m_unfinished; // live replies whose final state could not be written yet
    QTimer m_flushTimer;
    // Refreshes live replies' updated_at while a server is silent (loading, thinking), so other
    // processes do not take them for the leftovers of a crash (SessionStore::StreamingStaleMs).
    QTimer m_heartbeat;
};
