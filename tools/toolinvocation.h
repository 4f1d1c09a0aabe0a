#pragma once

#include "network/streamoutcome.h"
#include "tools/toolcatalog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class McpRequest;

// One tool call of a model, carried out (or refused) and described for the model and for the
// transcript: which server and tool, the outcome, the result text, when and how long.
// finished() comes exactly once; a denied, unknown or malformed call answers at once without
// contacting any server.
class ToolInvocation : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Pending,
        Succeeded,
        ToolError, // the tool ran and reported a failure (isError): the model reads why
        Denied, // the user did not allow it
        UnknownTool, // no connected server offers that name
        BadArguments, // the arguments are not a JSON object
        Failed, // the server could not be asked or answered with an error
        TimedOut,
        Cancelled, // stopped by the user
    };
    Q_ENUM(Outcome)

    ToolInvocation(const ToolCatalog &catalog, const ToolCall &call, QObject *parent = nullptr);
    ~ToolInvocation() override;

    // Runs the call if `allowed`, else answers that the user denied it.
    void start(bool allowed, int timeoutMs = -1);
    // Stops a running call (the server is told); finished() follows at once.
    void cancel();

    const ToolCall &call() const { return m_call; }
    QString server() const { return m_server; }
    QString toolName() const { return m_toolName; } // the server's own name of the tool
    Outcome outcome() const { return m_outcome; }
    bool isFinished() const { return m_outcome != Outcome::Pending; }
    bool isError() const { return m_outcome != Outcome::Succeeded; }
    // What goes back to the model as the tool's result.
    QString resultText() const { return m_resultText; }
    // The raw tools/call result (content, structuredContent, isError), when the tool ran.
    QJsonObject result() const { return m_result; }
    QDateTime startedAt() const { return m_startedAt; }
    qint64 durationMs() const { return m_durationMs; }

Q_SIGNALS:
    void finished();

private:
    void finish(Outcome outcome, const QString &text);
    void onReply();

    ToolCall m_call;
    std::optional<ToolCatalog::Entry> m_entry;
    QString m_server;
    QString m_toolName;
    QPointer<McpRequest> m_request;
    Outcome m_outcome = Outcome::Pending;
    QString m_resultText;
    QJsonObject m_result;
    QDateTime m_startedAt;
    QElapsedTimer m_clock;
    qint64 m_durationMs = 0;
};
