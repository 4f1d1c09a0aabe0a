#pragma once

#include "models/toolstep.h"
#include "network/streamoutcome.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>

class ChatController;
class ToolCatalog;
class ToolInvocation;
class Conversation;

// The model's tool calls between its replies. After a reply that asks for tools, each call is
// carried out (when allowed) or refused, and stored as a ToolStep row in the transcript; then
// the model is asked again (ChatController::replyToToolResults) with the results in its context,
// until it answers without tools, fails, is stopped, or has had maxSteps rounds.
// Denied calls reach the model as denied, so its answer can say so.
class ToolLoop : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxSteps = 8;

    // None owned; the catalog must outlive the loop. Offers the catalog's tools at once.
    ToolLoop(ChatController *controller, Conversation *conversation, const ToolCatalog *catalog,
        QObject *parent = nullptr);
    ~ToolLoop() override;

    // True: every call of an enabled server runs. False: every call is refused.
    void setAllowed(bool allowed) { m_allowed = allowed; }
    void setMaxSteps(int steps) { m_maxSteps = qMax(1, steps); }
    void setToolTimeout(int ms) { m_toolTimeoutMs = ms; }
    int steps() const { return m_steps; }

    // Ends the loop at once: a streaming reply is kept as stopped, a running call is stored
    // as cancelled; no further round.
    void stop();

Q_SIGNALS:
    void toolStepStored(qint64 messageId, const ToolStep &step);
    // The end of the loop: the last reply's outcome; `message` says why it ended early
    // (stopped, step limit), empty when the model simply answered.
    void finished(qint64 replyId, const StreamOutcome &outcome, const QString &message);

private:
    void onReplyFinished(qint64 replyId, const StreamOutcome &outcome);
    void runNext();
    void onInvocationFinished();
    void store(const ToolStep &step);
    void end(const QString &message);

    QPointer<ChatController> m_controller;
    QPointer<Conversation> m_conversation;
    const ToolCatalog *m_catalog;
    bool m_allowed = false;
    int m_maxSteps = DefaultMaxSteps;
    int m_toolTimeoutMs = -1;
    int m_steps = 0;
    bool m_stopping = false;
    qint64 m_replyId = 0;
    StreamOutcome m_outcome;
    QList<ToolCall> m_queue;
    std::unique_ptr<ToolInvocation> m_running;
};
