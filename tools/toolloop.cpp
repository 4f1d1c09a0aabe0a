#include "tools/toolloop.h"

#include "models/chatcontroller.h"
#include "models/conversation.h"
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
    controller->setTools(catalog->openAiTools());
    connect(controller, &ChatController::replyFinished, this, &ToolLoop::onReplyFinished);
}

ToolLoop::~ToolLoop() = default;

void ToolLoop::onReplyFinished(qint64 replyId, const StreamOutcome &outcome)
{
    m_replyId = replyId;
    m_outcome = outcome;
    if (outcome.status != StreamOutcome::Status::Finished || outcome.toolCalls.isEmpty()) {
        end(outcome.status == StreamOutcome::Status::Stopped ? tr("stopped") : QString());
        return;
    }
    m_queue = outcome.toolCalls;
    if (m_stopping || m_steps >= m_maxSteps) {
        // Every call gets an answer, so the next request is still well-formed.
        const QString why = m_stopping
            ? tr("The user stopped the tool calls.")
            : tr("Not run: the limit of %n tool round(s) for one message was reached.", nullptr, m_maxSteps);
        for (const ToolCall &call : qAsConst(m_queue)) {
            ToolStep step;
            step.call = call;
            step.outcome = outcomeName(ToolInvocation::Outcome::Cancelled);
            step.result = why;
            step.isError = true;
            step.startedAt = QDateTime::currentDateTimeUtc();
            store(step);
        }
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
    m_running = std::make_unique<ToolInvocation>(*m_catalog, call);
    connect(m_running.get(), &ToolInvocation::finished, this, &ToolLoop::onInvocationFinished);
    if (m_stopping)
        m_running->cancel();
    else
        m_running->start(m_allowed, m_toolTimeoutMs);
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
    m_stopping = true;
    if (m_running) {
        m_running->cancel();
        return;
    }
    if (m_controller && m_controller->isBusy())
        m_controller->stop();
}

void ToolLoop::end(const QString &message)
{
    Q_EMIT finished(m_replyId, m_outcome, message);
}
