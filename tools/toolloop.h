#pragma once

#include "models/toolstep.h"
#include "network/streamoutcome.h"
#include "tools/toolapproval.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

class ChatController;
class ToolCatalog;
class ToolInvocation;
class Conversation;
class McpServerStore;

// The model's tool calls between its replies. After a reply that asks for tools, each call is
// carried out (when allowed) or refused, and stored as a ToolStep row in the transcript; then
// the model is asked again (ChatController::replyToToolResults) with the results in its context,
// until it answers without tools, fails, is stopped, or has had maxSteps rounds.
// Denied calls reach the model as denied, so its answer can say so.
//
// In Ask mode (the app) each call waits for the user's ToolApproval::Decision unless the
// server's config (McpServerStore) says "always allow" for it; in RefuseAll mode (confab-cli
// without --allow-tools) such a call runs too, and every other is refused. Meanwhile the controller counts
// as busy (ChatController::setToolsRunning), so Stop reaches the loop.
class ToolLoop : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxSteps = 8;
    enum class Approval {
        RefuseAll, // every call is refused (confab-cli without --allow-tools)
        RunAll, // every call of an enabled server runs (--allow-tools)
        Ask, // approvalRequested() for each call not always allowed
    };

    // None owned; the catalog must outlive the loop. Offers the catalog's tools at once.
    ToolLoop(ChatController *controller, Conversation *conversation, const ToolCatalog *catalog,
        QObject *parent = nullptr);
    ~ToolLoop() override;

    // True: RunAll. False: RefuseAll.
    void setAllowed(bool allowed) { m_approval = allowed ? Approval::RunAll : Approval::RefuseAll; }
    void setApproval(Approval approval) { m_approval = approval; }
    // Where "always allow" is read (every mode) and remembered (Ask mode); not owned, may be null.
    void setServerStore(McpServerStore *store);
    void setMaxSteps(int steps) { m_maxSteps = qMax(1, steps); }
    void setToolTimeout(int ms) { m_toolTimeoutMs = ms; }
    int steps() const { return m_steps; }
    // Offers the catalog's tools again (after a server connected or changed its list).
    void refreshTools();

    // Between a reply that asked for tools and the end of the loop.
    bool isActive() const { return m_active; }
    // The call waiting for a decision, if any.
    const std::optional<ToolApproval> &pendingApproval() const { return m_pending; }
    // The user's answer to approvalRequested(); ignored when nothing waits.
    void decide(ToolApproval::Decision decision);

    // Ends the loop at once: a streaming reply is kept as stopped, a running or waiting call is
    // stored as cancelled; no further round.
    void stop();

Q_SIGNALS:
    void approvalRequested(const ToolApproval &approval);
    // The waiting call was decided or stopped.
    void approvalSettled();
    void toolStepStored(qint64 messageId, const ToolStep &step);
    // The end of the loop: the last reply's outcome; `message` says why it ended early
    // (stopped, step limit), empty when the model simply answered.
    void finished(qint64 replyId, const StreamOutcome &outcome, const QString &message);

private:
    void onReplyFinished(qint64 replyId, const StreamOutcome &outcome);
    void onStopRequested();
    void runNext();
    void start(const ToolCall &call, bool allowed);
    void onInvocationFinished();
    void storeCancelled(const ToolCall &call, const QString &why);
    void store(const ToolStep &step);
    void setActive(bool active);
    void end(const QString &message);

    QPointer<ChatController> m_controller;
    QPointer<Conversation> m_conversation;
    const ToolCatalog *m_catalog;
    QPointer<McpServerStore> m_serverStore;
    Approval m_approval = Approval::RefuseAll;
    int m_maxSteps = DefaultMaxSteps;
    int m_toolTimeoutMs = -1;
    int m_steps = 0;
    bool m_stopping = false;
    bool m_active = false;
    qint64 m_replyId = 0;
    StreamOutcome m_outcome;
    QList<ToolCall> m_queue;
    std::optional<ToolApproval> m_pending;
    std::unique_ptr<ToolInvocation> m_running;
};
