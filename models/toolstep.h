#pragma once

#include "network/chatrequest.h"
#include "storage/message.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

// One tool call of a model and its result, stored as one message row: role "assistant",
// finish reason "tool_result" (the kind; the schema's role CHECK knows no "tool" role yet, and
// lifting it needs a table rebuild), the content this JSON object. It sits in the branch after
// the assistant reply that asked for it (finish reason "tool_calls"), so it is searched,
// exported, carried by ContextBuilder and cut only with its turn, like every other row.
struct ToolStep
{
    Q_DECLARE_TR_FUNCTIONS(ToolStep)
public:
    static constexpr const char *FinishReason = "tool_result";
    static bool isToolStep(const Message &message);

    ToolCall call; // as the model sent it (id, the offered name, the JSON arguments)
    QString server; // the MCP server that ran it (empty if none could)
    QString tool; // the server's own name of the tool
    QString outcome; // ToolInvocation::Outcome as text: Succeeded, ToolError, Denied...
    QString result; // what went back to the model
    bool isError = false;
    QDateTime startedAt;
    qint64 durationMs = 0;

    QString toContent() const;
    static std::optional<ToolStep> fromContent(const QString &content);
    // What the model is sent for this row.
    ChatTurn toTurn() const;
    // One line for the chat: the tool, the server, the outcome, the time it took.
    QString summary() const;
    // Everything about the step, for the expanded view: arguments, result, times, error.
    QString details() const;
    // JSON arguments indented; anything else as it came, so nothing is hidden.
    static QString prettyArguments(const QString &arguments);
};
