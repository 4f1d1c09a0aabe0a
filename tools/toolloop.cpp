#include "tools/toolloop.h"

#include "models/chatcontroller.h"
#include "models/conversation.h"
#include "tools/mcpserverstore.h"
#include "tools/toolcatalog.h"
#include "tools/toolinvocation.h"

#include <QMetaEnum>

namespace {
QString outcomeName(ToolInvocation::Outcome outcome)
{
    return QString::fromLatin1(QMetaEnum::fromType<ToolInvocation::Outcome>().valueToKey(int(outcome)));
}
} // namespace

ToolLoop::ToolLoop(
    ChatController *controller, Conversation *conversation, const ToolCatalog *catalog, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_conversation(conversation)
    , m_catalog(catalog)
{
    refreshTools();
    connect(controller, &ChatController::replyFinished, this, &ToolLoop::onReplyFinished);
    connect(controller, &ChatController::stopRequested, this, &ToolLoop::onStopRequested);
}

ToolLoop::~ToolLoop()
{
    if (m_controller && m_active)
        m_controller->setToolsRunning(false);
}

void ToolLoop::setServerStore(McpServerStore *store)
{
    m_serverStore = store;
}

void ToolLoop::refreshTools()
{
    if (m_controller)
        m_controller->setTools(m_catalog->openAiTools());
}

void ToolLoop::onReplyFinished(qint64 replyId, const StreamOutcome &outcome)
{
    m_replyId = replyId;
    m_outcome = outcome;
    if (outcome.status != StreamOutcome::Status::Finished || outcome.toolCalls.isEmpty()) {
        end(outcome.status == StreamOutcome::Status::Stopped ? tr("stopped") : QString());
        return;
    }
    setActive(true);
    m_queue = outcome.toolCalls;
    if (m_stopping || m_steps >= m_maxSteps) {
        // Every call gets an answer, so the next request is still well-formed.
        const QString why = m_stopping
            ? tr("The user stopped the tool calls.")
            : tr("Not run: the limit of %n tool round(s) for one message was reached.", nullptr, m_maxSteps);
        for (const ToolCall &call : qAsConst(m_queue))
            storeCancelled(call, why);
        m_queue.clear();
        end(m_stopping ? tr("stopped") : tr("stopped after %n tool round(s)", nullptr, m_maxSteps));
        return;
    }
    ++m_steps;
    runNext();
}

void ToolLoop::runNext()
{
    if (m_queue.isEmpty()) {
        if (m_stopping) {
            end(tr("stopped"));
            return;
        }
        // The model's turn again, with the results in its window.
        if (!m_controller || !m_controller->replyToToolResults())
            end(tr("the reply to the tool results could not be requested"));
        return;
    }
    const ToolCall call = m_queue.takeFirst();
    if (m_stopping) {
        start(call, false);
        return;
    }
    const auto entry = m_catalog->find(call.name);
    // "Always allow" holds in every mode: what the user granted in the app, the CLI honours.
    const auto config = entry && m_serverStore ? m_serverStore->server(entry->server) : std::nullopt;
    if (config && config->alwaysAllows(entry->tool.name)) {
        start(call, true);
        return;
    }
    if (m_approval != Approval::Ask || !entry) {
        // An unknown tool is answered at once, with nothing to ask about.
        start(call, m_approval == Approval::RunAll);
        return;
    }
    m_pending = ToolApproval {call, entry->server, entry->tool};
    Q_EMIT approvalRequested(*m_pending);
}

void ToolLoop::decide(ToolApproval::Decision decision)
{
    if (!m_pending)
        return;
    const ToolApproval approval = *m_pending;
    m_pending.reset();
    if (m_serverStore && decision == ToolApproval::Decision::AlwaysTool)
        m_serverStore->allowAlways(approval.server, approval.tool.name);
    else if (m_serverStore && decision == ToolApproval::Decision::AlwaysServer)
        m_serverStore->allowAlways(approval.server);
    Q_EMIT approvalSettled();
    start(approval.call, decision != ToolApproval::Decision::Deny);
}

void ToolLoop::start(const ToolCall &call, bool allowed)
{
    m_running = std::make_unique<ToolInvocation>(*m_catalog, call);
    connect(m_running.get(), &ToolInvocation::finished, this, &ToolLoop::onInvocationFinished);
    if (m_stopping)
        m_running->cancel();
    else
        m_running->start(allowed, m_toolTimeoutMs);
}

void ToolLoop::onInvocationFinished()
{
    ToolInvocation *invocation = m_running.get();
    ToolStep step;
    step.call = invocation->call();
    step.server = invocation->server();
    step.tool = invocation->toolName();
    step.outcome = outcomeName(invocation->outcome());
    step.result = invocation->resultText();
    step.isError = invocation->isError();
    step.startedAt
        = invocation->startedAt().isValid() ? invocation->startedAt() : QDateTime::currentDateTimeUtc();
    step.durationMs = invocation->durationMs();
    store(step);
    // Inside its own signal: delete it once it has returned.
    m_running.release()->deleteLater();
    QMetaObject::invokeMethod(this, &ToolLoop::runNext, Qt::QueuedConnection);
}

void ToolLoop::storeCancelled(const ToolCall &call, const QString &why)
{
    ToolStep step;
    step.call = call;
    if (const auto entry = m_catalog->find(call.name)) {
        step.server = entry->server;
        step.tool = entry->tool.name;
    }
    step.outcome = outcomeName(ToolInvocation::Outcome::Cancelled);
    step.result = why;
    step.isError = true;
    step.startedAt = QDateTime::currentDateTimeUtc();
    store(step);
}

void ToolLoop::store(const ToolStep &step)
{
    if (!m_conversation)
        return;
    // Written like a reply, so the model's row and the stored one agree.
    const qint64 id = m_conversation->beginReply(QString());
    if (!id)
        return; // reported by SessionStore::storageError
    m_conversation->appendToReply(id, step.toContent());
    m_conversation->finishReply(id, MessageState::Complete, QString::fromLatin1(ToolStep::FinishReason));
    Q_EMIT toolStepStored(id, step);
}

void ToolLoop::stop()
{
    if (m_controller)
        m_controller->stop(); // stopRequested() comes back here
    else
        onStopRequested();
}

void ToolLoop::onStopRequested()
{
    if (!m_active)
        return; // a reply without tool calls: the controller stops it, the loop just ends
    m_stopping = true;
    if (m_running) {
        m_running->cancel();
        return;
    }
    if (m_pending) {
        // The waiting call and the rest of the round are answered now; everything stays.
        const ToolCall call = m_pending->call;
        m_pending.reset();
        Q_EMIT approvalSettled();
        storeCancelled(call, tr("The user stopped the tool calls."));
        for (const ToolCall &rest : qAsConst(m_queue))
            storeCancelled(rest, tr("The user stopped the tool calls."));
        m_queue.clear();
        end(tr("stopped"));
    }
}

void ToolLoop::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (m_controller)
        m_controller->setToolsRunning(active);
}

void ToolLoop::end(const QString &message)
{
    // The next message of the user starts afresh.
    m_steps = 0;
    m_stopping = false;
    setActive(false);
    Q_EMIT finished(m_replyId, m_outcome, message);
}
