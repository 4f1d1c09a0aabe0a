#pragma once

#include "storage/attachment.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// Lifecycle of a stored message. Stored as text in the database (see messageStateToString()).
enum class MessageState {
    Complete, // fully received (or typed by the user)
    Streaming, // reply still arriving; persisted as it grows
    Stopped, // the user stopped the reply; partial text kept
    Error, // the request failed; partial text kept, error text set
    Interrupted, // was Streaming when the app died; found and marked on next open
};

QString messageStateToString(MessageState state);
MessageState messageStateFromString(const QString &text, bool *ok = nullptr);

// The values of Message::role (the messages.role column), named once. The network layer's
// ChatTurn uses the same words: they are the providers' names for the roles too.
namespace MessageRole {
constexpr QLatin1String User {"user"};
constexpr QLatin1String Assistant {"assistant"};
constexpr QLatin1String System {"system"};
} // namespace MessageRole

// One row of the messages table. Messages form a tree per session (parentId), so
// regenerate and edit add a sibling instead of overwriting; a session shows one branch.
struct Message
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 parentId = 0; // 0: first message of the session
    QString role; // MessageRole::User, Assistant or System
    QString content;
    QString reasoning; // "thinking" text, kept apart from the answer and never sent back
    MessageState state = MessageState::Complete;
    QDateTime createdAt;
    int createdMicros = 0; // microseconds within createdAt's millisecond (imported files keep them)
    QDateTime updatedAt;
    QString model;
    int promptTokens = -1; // -1: not reported
    int completionTokens = -1;
    QString finishReason;
    QString error; // human-readable, for State Error
    bool truncated = false; // the server reported far fewer prompt tokens than were sent (ContextCache)
    QList<Attachment> attachments; // files it carries, in order (data not loaded; AttachmentStore)
    // Filled when reading a branch: position among the messages that share the parent.
    int siblingIndex = 0;
    int siblingCount = 1;
};
Q_DECLARE_METATYPE(Message)
