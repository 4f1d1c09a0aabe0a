#pragma once

#include "models/conversation.h"

#include <QAbstractListModel>

class SessionStore;

// The rows of a Conversation (one session's current branch) as a Qt item model, for the chat
// view. It only wraps: rows are inserted, removed and changed around the Conversation's own
// signals, and every write goes to the Conversation (conversation()), never to this model.
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
        TruncatedRole, // bool: the server dropped part of the history sent with this reply's request
        // int: on the row where the next request's window starts, when earlier rows are left out,
        // how many loaded rows are left out (the "context starts here" marker); -1 on other rows
        ContextMarkerRole,
        // bool: on the marker's row, the branch has even older rows, not loaded and not counted
        ContextOlderUnloadedRole,
        // QString: on the marker's row, the window's size in words (ContextSummary::text); empty on
        // other rows
        ContextSummaryRole,
        // QVariantList of QVariantMap {name, type, size, sha256, width, height, text}: the files it
        // carries (text: a document's text, shared with the message, not copied)
        AttachmentsRole,
        // QString: on a tool step (ToolStep), its one-line summary, the label of its collapsible
        // details (ReasoningRole then holds ToolStep::details(), ContentRole is empty); empty
        // on other rows
        ToolStepRole,
    };
    Q_ENUM(Roles)

    // Wraps a Conversation of its own over `store`.
    explicit TranscriptModel(SessionStore *store, QObject *parent = nullptr);
    // Wraps `conversation` (not owned; must outlive the model).
    explicit TranscriptModel(Conversation *conversation, QObject *parent = nullptr);

    Conversation *conversation() const { return m_conversation; }
    qint64 sessionId() const { return m_conversation->sessionId(); }
    SessionStore *store() const { return m_conversation->store(); }
    const Message &messageAt(int row) const { return m_conversation->messageAt(row); }
    int rowOfId(qint64 messageId) const { return m_conversation->rowOfId(messageId); }
    qint64 contextStartId() const { return m_conversation->contextStartId(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void sessionChanged();

private:
    void wrap();
    void onRowsChanged(int first, int last, Conversation::Changes changes);

    // A step's summary and details, by message id: parsed once, for paint and size alike
    // (a step row never changes once written).
    const QPair<QString, QString> *toolStepText(const Message &m) const;

    Conversation *m_conversation;
    mutable QHash<qint64, QPair<QString, QString>> m_stepTexts;
};
