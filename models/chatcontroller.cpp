#include "models/chatcontroller.h"

#include "models/conversation.h"
#include "network/chatclient.h"
#include "storage/sessionstore.h"

ChatController::ChatController(Conversation *conversation, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_conversation(conversation)
    , m_nam(nam)
{ }

ChatController::~ChatController()
{
    // Whatever arrived is already in the row; make sure it is on disk too.
    if (m_client && m_client->isRunning())
        m_client->stop();
    if (m_conversation)
        m_conversation->flush();
}

void ChatController::setProfile(const ProviderProfile &profile)
{
    m_profile = profile;
}

void ChatController::setApiKey(const QString &key)
{
    m_apiKey = key;
}

bool ChatController::isBusy() const
{
    return m_replyId != 0;
}

ContextSettings ChatController::contextSettings() const
{
    const auto session = m_conversation->store()->session(m_conversation->sessionId());
    if (!session)
        return m_defaults;
    return ContextSettings::merged(m_defaults, session->settings, session->systemPrompt);
}

ContextWindow ChatController::previewContext(const QString &pendingText)
{
    return ContextBuilder::loadAndBuild(m_conversation, contextSettings(), pendingText);
}

ContextWindow ChatController::refreshContext()
{
    const ContextWindow window = m_conversation->sessionId()
        ? ContextBuilder::loadAndBuild(m_conversation, contextSettings())
        : ContextWindow();
    m_conversation->setContextWindow(window);
    return window;
}

bool ChatController::send(const QString &text)
{
    if (isBusy() || text.trimmed().isEmpty())
        return false;
    if (!m_conversation->sessionId()) {
        Q_EMIT failed(tr("Open or create a chat first."));
        return false;
    }
    // Refuse before storing the message, so a missing model does not leave it unanswered.
    if (!canStart())
        return false;
    // A store failure was already reported (SessionStore::storageError); the caller keeps the text.
    if (!m_conversation->appendMessage(MessageRole::User, text))
        return false;
    startReply();
    return true;
}

bool ChatController::regenerate(int row)
{
    if (isBusy() || row < 0 || row >= m_conversation->count() || !canStart())
        return false;
    // A user message left without a reply (a crash, a failed save) just gets one.
    if (m_conversation->messageAt(row).role == MessageRole::Assistant
        && !m_conversation->prepareRegenerate(row))
        return false;
    return startReply();
}

bool ChatController::editAndResend(int row, const QString &text)
{
    if (isBusy() || text.trimmed().isEmpty() || !canStart() || !m_conversation->editMessage(row, text))
        return false;
    return startReply();
}

bool ChatController::canStart()
{
    // Checked before the branch changes, so a refusal leaves the transcript as it was.
    if (modelName().isEmpty()) {
        Q_EMIT failed(tr("No model is chosen. Pick one in Settings."));
        return false;
    }
    return true;
}

QString ChatController::modelName() const
{
    const auto session = m_conversation->store()->session(m_conversation->sessionId());
    return session && !session->model.isEmpty() ? session->model : m_profile.model;
}

bool ChatController::startReply()
{
    const QString model = modelName();
    if (model.isEmpty()) {
        Q_EMIT failed(tr("No model is chosen. Pick one in Settings."));
        return false;
    }
    const ContextSettings settings = contextSettings();
    const ContextWindow window = ContextBuilder::loadAndBuild(m_conversation, settings);
    m_conversation->setContextWindow(window);

    m_client = ChatClient::create(m_nam, m_profile);
    if (!m_client) {
        Q_EMIT failed(tr("The provider \"%1\" is not supported.").arg(m_profile.name));
        return false;
    }
    m_replyId = m_conversation->beginReply(model);
    if (!m_replyId) { // reported by SessionStore::storageError
        m_client.reset();
        return false;
    }
    m_requestRawEstimate = window.rawEstimate;
    m_replySessionId = m_conversation->sessionId();
    m_client->setApiKey(m_apiKey);
    m_client->setIdleTimeout(m_idleTimeoutMs);
    const qint64 id = m_replyId;
    connect(m_client.get(), &ChatClient::textDelta, this,
        [this, id](const QString &t) { m_conversation->appendToReply(id, t); });
    connect(m_client.get(), &ChatClient::reasoningDelta, this,
        [this, id](const QString &r) { m_conversation->appendToReply(id, {}, r); });
    connect(m_client.get(), &ChatClient::finished, this, &ChatController::onFinished);
    Q_EMIT busyChanged(true);
    Q_EMIT replyStarted(id);
    m_client->start(window.toRequest(model, settings.temperature));
    return true;
}

void ChatController::stop()
{
    if (m_client && m_client->isRunning())
        m_client->stop();
}

void ChatController::onFinished(const StreamOutcome &outcome)
{
    const qint64 id = m_replyId;
    MessageState state = MessageState::Complete;
    if (outcome.status == StreamOutcome::Status::Stopped)
        state = MessageState::Stopped;
    else if (outcome.status == StreamOutcome::Status::Failed)
        state = MessageState::Error;
    m_conversation->finishReply(id, state, outcome.finishReason, outcome.usage.promptTokens,
        outcome.usage.completionTokens, outcome.errorMessage);
    learnTokenRatio(outcome);
    m_replyId = 0;
    // We are inside the client's own signal: delete it once it has returned.
    if (m_client)
        m_client.release()->deleteLater();
    Q_EMIT busyChanged(false);
    Q_EMIT replyFinished(id, outcome);
}

void ChatController::learnTokenRatio(const StreamOutcome &outcome)
{
    if (outcome.usage.promptTokens <= 0 || m_requestRawEstimate <= 0)
        return;
    SessionStore *store = m_conversation->store();
    const auto session = store->session(m_replySessionId);
    if (!session)
        return;
    QJsonObject settings = session->settings;
    const double old = settings.value(ContextSettings::TokenRatioKey).toDouble(m_defaults.tokenRatio);
    settings.insert(ContextSettings::TokenRatioKey,
        ContextBuilder::calibrate(old, m_requestRawEstimate, outcome.usage.promptTokens));
    store->setSessionSettings(session->id, settings);
}
