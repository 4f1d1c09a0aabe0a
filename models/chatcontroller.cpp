#include "models/chatcontroller.h"

#include "models/conversation.h"
#include "models/toolstep.h"
#include "models/turnattachments.h"
#include "network/attachmentencoder.h"
#include "network/chatclient.h"
#include "network/contextprobe.h"
#include "network/tokencounter.h"
#include "storage/contextcache.h"
#include "storage/sessionstore.h"

namespace {
// The store keeps what a server said in its own record (storage knows no network): the same
// fields, copied either way.
template<typename To, typename From> To limitsAs(const From &from)
{
    To to;
    to.contextLength = from.contextLength;
    to.maxOutput = from.maxOutput;
    to.replyOutside = from.replyOutside;
    to.requestsContext = from.requestsContext;
    to.source = from.source;
    to.tokenizer = from.tokenizer;
    to.learntAt = from.learntAt;
    to.vision = from.vision;
    return to;
}
} // namespace

ChatController::ChatController(Conversation *conversation, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_conversation(conversation)
    , m_nam(nam)
{
    connect(conversation->store(), &SessionStore::connectionRestored, this, &ChatController::sendQueued);
    connect(conversation, &Conversation::sessionChanged, this, &ChatController::sendQueued);
}

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
    // A question to another server (or about another model) is moot; the same one goes on.
    if (profile.id != m_profile.id || profile.baseUrl != m_profile.baseUrl || profile.kind != m_profile.kind
        || profile.model != m_profile.model)
        m_probe.reset();
    m_profile = profile;
}

void ChatController::setApiKey(const QString &key)
{
    m_apiKey = key;
}

bool ChatController::isBusy() const
{
    return m_replyId != 0 || m_toolsRunning;
}

void ChatController::setToolsRunning(bool running)
{
    m_toolsRunning = running;
    updateBusy();
}

void ChatController::updateBusy()
{
    if (isBusy() == m_busyShown)
        return;
    m_busyShown = isBusy();
    Q_EMIT busyChanged(m_busyShown);
}

ContextSettings ChatController::contextSettings() const
{
    const auto session = m_conversation->store()->session(m_conversation->sessionId());
    ContextSettings settings = session
        ? ContextSettings::resolve(
            m_defaults, session->settings, session->systemPrompt, m_overrides, m_serverLimits)
        : ContextSettings::resolve(m_defaults, {}, {}, m_overrides, m_serverLimits);
    settings.provider = m_profile.kind;
    return settings;
}

ContextWindow ChatController::previewContext(
    const QString &pendingText, const QList<Attachment> &pendingAttachments)
{
    ServerTokenCounts counts = *this->counts();
    counts.pending
        = !pendingText.isEmpty() && pendingText == m_pendingCounted.first ? m_pendingCounted.second : -1;
    return ContextBuilder::loadAndBuild(
        m_conversation, contextSettings(), pendingText, &counts, pendingAttachments);
}

ContextWindow ChatController::refreshContext()
{
    const ContextWindow window = m_conversation->sessionId()
        ? ContextBuilder::loadAndBuild(m_conversation, contextSettings(), {}, counts())
        : ContextWindow();
    m_conversation->setContextWindow(window);
    return window;
}

QString ChatController::limitsKey() const
{
    return m_profile.id + u'|' + m_profile.baseUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

QString ChatController::tokenizerKey() const
{
    return TokenCounter::key(m_profile, modelName(), m_serverLimits.tokenizer);
}

void ChatController::setServerLimits(const ContextLimits &limits)
{
    m_serverLimits = limits;
    Q_EMIT serverLimitsChanged();
}

void ChatController::discoverServerContext()
{
    const QString model = modelName();
    if (!m_nam || model.isEmpty() || m_profile.baseUrl.isEmpty())
        return;
    ContextCache cache(m_conversation->store());
    const QString key = limitsKey();
    const auto cached = cache.limits(key, model);
    setServerLimits(cached ? limitsAs<ContextLimits>(*cached) : ContextLimits());
    m_probe = std::make_unique<ContextProbe>(m_nam, m_profile, model);
    m_probe->setApiKey(m_apiKey);
    m_probe->setTimeout(qMin(m_idleTimeoutMs, 10000));
    connect(m_probe.get(), &ContextProbe::finished, this, [this, key, model](const ContextLimits &limits) {
        // A server that cannot be reached keeps what it said last time.
        if (limits.isKnown()) {
            if (m_conversation)
                ContextCache(m_conversation->store())
                    .saveLimits(key, model, limitsAs<StoredContextLimits>(limits));
            m_serverLimits = limits;
        }
        m_probe.release()->deleteLater();
        Q_EMIT serverLimitsChanged();
    });
    m_probe->start();
}

const ServerTokenCounts *ChatController::counts() const
{
    const QString key = TokenCounter::supports(m_serverLimits.tokenizer) ? tokenizerKey() : QString();
    if (key != m_countsKey) {
        m_counts = ServerTokenCounts();
        m_countsLookedUp.clear();
        m_countsKey = key;
    }
    if (key.isEmpty())
        return &m_counts;
    QList<qint64> missing;
    for (int row = 0; row < m_conversation->count(); ++row) {
        const qint64 id = m_conversation->messageAt(row).id;
        if (!m_countsLookedUp.contains(id) && m_conversation->messageAt(row).state != MessageState::Streaming)
            missing << id;
    }
    if (!missing.isEmpty()) {
        const QHash<qint64, int> found = ContextCache(m_conversation->store()).tokenCounts(missing, key);
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            m_counts.messages.insert(it.key(), it.value());
        for (const qint64 id : missing)
            m_countsLookedUp.insert(id);
    }
    const QString prompt = contextSettings().systemPrompt;
    if (prompt != m_systemCounted.first)
        m_counts.systemPrompt = -1;
    else
        m_counts.systemPrompt = m_systemCounted.second;
    return &m_counts;
}

void ChatController::countTokens(const QString &pendingText)
{
    if (m_counter) {
        // A run is counting the rows there were when it started: one more run after it, for the
        // rows since (a reply that finished meanwhile would otherwise stay an estimate).
        m_countAgain = true;
        m_countAgainText = pendingText;
        return;
    }
    if (!m_nam || !TokenCounter::supports(m_serverLimits.tokenizer)) {
        Q_EMIT tokenCountsReady();
        return;
    }
    counts();
    // Newest first: if the cap stops the run, the rows most likely to be sent are counted.
    QList<QPair<qint64, QString>> texts;
    constexpr qint64 SystemKey = -1;
    constexpr qint64 PendingKey = -2;
    const QString prompt = contextSettings().systemPrompt;
    if (!prompt.isEmpty() && prompt != m_systemCounted.first)
        texts.append({SystemKey, prompt});
    if (!pendingText.trimmed().isEmpty() && pendingText != m_pendingCounted.first)
        texts.append({PendingKey, pendingText});
    for (int row = m_conversation->count() - 1; row >= 0; --row) {
        const Message &m = m_conversation->messageAt(row);
        if (m.state != MessageState::Streaming && !m.content.trimmed().isEmpty()
            && !m_counts.messages.contains(m.id))
            texts.append({m.id, m.content});
    }
    if (texts.isEmpty()) {
        Q_EMIT tokenCountsReady();
        return;
    }
    m_counter = std::make_unique<TokenCounter>(m_nam, m_profile, modelName(), m_serverLimits.tokenizer);
    m_counter->setApiKey(m_apiKey);
    const QString key = m_countsKey;
    connect(m_counter.get(), &TokenCounter::counted, this,
        [this, key, prompt, pendingText](qint64 id, int tokens) {
            if (id == SystemKey) {
                m_systemCounted = {prompt, tokens};
            } else if (id == PendingKey) {
                m_pendingCounted = {pendingText, tokens};
            } else if (key == m_countsKey) {
                m_counts.messages.insert(id, tokens);
                if (m_conversation)
                    ContextCache(m_conversation->store()).saveTokenCount(id, key, tokens);
            }
        });
    connect(m_counter.get(), &TokenCounter::finished, this, [this] {
        m_counter.release()->deleteLater();
        Q_EMIT tokenCountsReady();
        if (std::exchange(m_countAgain, false))
            countTokens(std::exchange(m_countAgainText, QString()));
    });
    m_counter->count(texts);
}

bool ChatController::looksTruncated(
    int sentTokens, int reportedTokens, bool sentWasCounted, int contextLength)
{
    if (sentTokens <= 0 || reportedTokens <= 0 || (contextLength > 0 && sentTokens <= contextLength))
        return false;
    // Counted by the server, the figures agree closely; an estimate can be off by half.
    const double threshold = sentWasCounted ? 0.85 : 0.5;
    return reportedTokens < threshold * sentTokens && sentTokens - reportedTokens > 32;
}

bool ChatController::send(const QString &text, const QList<Attachment> &attachments)
{
    if (isBusy() || m_queued || (text.trimmed().isEmpty() && attachments.isEmpty()))
        return false;
    if (!m_conversation->sessionId()) {
        Q_EMIT failed(tr("Open or create a chat first."));
        return false;
    }
    // Refuse before storing the message, so a missing model does not leave it unanswered.
    if (!canStart())
        return false;
    if (const auto refusal
        = TurnAttachments::visionRefusal(attachments, m_serverLimits.vision, modelName())) {
        Q_EMIT failed(*refusal);
        return false;
    }
    if (const auto refusal
        = TurnAttachments::textLayerRefusal(attachments, AttachmentEncoder::readsPdf(m_profile))) {
        Q_EMIT failed(*refusal);
        return false;
    }
    if (const auto refusal = TurnAttachments::requestSizeRefusal(m_profile, attachments)) {
        Q_EMIT failed(*refusal);
        return false;
    }
    // A store failure was already reported (SessionStore::storageError); the caller keeps the
    // text, unless the server is away: then it waits here for the server to come back.
    if (!m_conversation->appendMessage(MessageRole::User, text, attachments)) {
        if (!m_queueWhileUnreachable || !m_conversation->store()->isConnectionLost())
            return false;
        m_queued = Queued {m_conversation->sessionId(), text, attachments};
        Q_EMIT queuedChanged();
        return true;
    }
    startReply();
    return true;
}

QString ChatController::takeQueued(QList<Attachment> *attachments)
{
    if (!m_queued)
        return {};
    const Queued queued = *std::exchange(m_queued, std::nullopt);
    if (attachments)
        *attachments = queued.attachments;
    Q_EMIT queuedChanged();
    return queued.text;
}

void ChatController::sendQueued()
{
    if (!m_queued || isBusy() || !m_conversation || m_conversation->sessionId() != m_queued->sessionId
        || m_conversation->store()->isConnectionLost())
        return;
    const Queued queued = *std::exchange(m_queued, std::nullopt);
    // Not sent (a refusal said why, or the server went again and send() queued it anew): kept.
    if (!send(queued.text, queued.attachments) && !m_queued)
        m_queued = queued;
    Q_EMIT queuedChanged();
}

bool ChatController::regenerate(int row)
{
    if (isBusy() || row < 0 || row >= m_conversation->count() || !canStart())
        return false;
    // A tool step is no reply of the model's: dropping it would leave a call without its result.
    // Its turn's reply to the results is regenerated instead, or asked for when there is none.
    if (ToolStep::isToolStep(m_conversation->messageAt(row))) {
        while (row + 1 < m_conversation->count() && ToolStep::isToolStep(m_conversation->messageAt(row + 1)))
            ++row;
        if (row + 1 == m_conversation->count())
            return startReply();
        if (m_conversation->messageAt(++row).role != MessageRole::Assistant)
            return false;
    }
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

bool ChatController::continueReply()
{
    return send(tr("Continue"));
}

bool ChatController::replyToToolResults()
{
    if (m_replyId || !m_conversation->sessionId() || !canStart())
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
    m_replySessionId = m_conversation->sessionId();
    m_client->setApiKey(m_apiKey);
    m_client->setIdleTimeout(m_idleTimeoutMs);
    const qint64 id = m_replyId;
    connect(m_client.get(), &ChatClient::textDelta, this,
        [this, id](const QString &t) { m_conversation->appendToReply(id, t); });
    connect(m_client.get(), &ChatClient::reasoningDelta, this,
        [this, id](const QString &r) { m_conversation->appendToReply(id, {}, r); });
    // One commit per network read, before the event loop paints (or the CLI prints) any of it.
    connect(m_client.get(), &ChatClient::deltasBatched, this, [this, id] { m_conversation->saveReply(id); });
    connect(m_client.get(), &ChatClient::finished, this, &ChatController::onFinished);
    updateBusy();
    Q_EMIT replyStarted(id);
    // With a server tokenizer, the window is measured by it first (new rows only; cached).
    if (TokenCounter::supports(m_serverLimits.tokenizer) && !m_counter) {
        QMetaObject::Connection *once = new QMetaObject::Connection;
        *once = connect(this, &ChatController::tokenCountsReady, this, [this, id, once] {
            disconnect(*once);
            delete once;
            if (m_replyId == id && m_client && !m_client->isRunning())
                sendRequest();
        });
        countTokens();
        return true;
    }
    sendRequest();
    return true;
}

void ChatController::sendRequest()
{
    const QString model = modelName();
    const ContextSettings settings = contextSettings();
    const ContextWindow window = ContextBuilder::loadAndBuild(m_conversation, settings, {}, counts());
    m_conversation->setContextWindow(window);
    m_requestRawEstimate = window.rawEstimate;
    m_requestServerTokens = window.serverTokens;
    m_requestTokens = window.estimatedTokens;
    m_requestContext = window.contextLength;
    ChatRequest request = window.toRequest(model, settings.temperature);
    request.tools = m_tools;
    QString missing;
    if (!TurnAttachments::loadData(m_conversation->store(), &request.messages, &missing)
        || !TurnAttachments::fitRequest(m_profile, &request.messages, &missing)) {
        StreamOutcome failed;
        failed.status = StreamOutcome::Status::Failed;
        failed.errorMessage = missing;
        onFinished(failed);
        return;
    }
    m_client->start(request);
}

void ChatController::stop()
{
    Q_EMIT stopRequested();
    if (m_client && m_client->isRunning()) {
        m_client->stop();
    } else if (m_client && m_replyId) { // still counting tokens: nothing was sent
        m_counter.reset();
        m_countAgain = false;
        StreamOutcome stopped;
        stopped.status = StreamOutcome::Status::Stopped;
        onFinished(stopped);
    }
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
    const bool truncated = state == MessageState::Complete
        && looksTruncated(
            m_requestTokens, outcome.usage.promptTokens, m_requestRawEstimate == 0, m_requestContext);
    if (truncated)
        m_conversation->markTruncated(id); // and nothing is learnt from a prompt the server cut
    else
        learnTokenRatio(outcome);
    m_replyId = 0;
    // We are inside the client's own signal: delete it once it has returned.
    if (m_client)
        m_client.release()->deleteLater();
    Q_EMIT replyFinished(id, outcome);
    // After it: a tool loop that goes on keeps the controller busy, with no flicker.
    updateBusy();
}

void ChatController::learnTokenRatio(const StreamOutcome &outcome)
{
    // The ratio is that of the estimated part: what the server counted itself is exact.
    const int reported = outcome.usage.promptTokens - m_requestServerTokens;
    if (outcome.usage.promptTokens <= 0 || m_requestRawEstimate <= 0 || reported <= 0)
        return;
    SessionStore *store = m_conversation->store();
    const auto session = store->session(m_replySessionId);
    if (!session)
        return;
    QJsonObject settings = session->settings;
    const double old = settings.value(ContextSettings::TokenRatioKey).toDouble(m_defaults.tokenRatio);
    settings.insert(
        ContextSettings::TokenRatioKey, ContextBuilder::calibrate(old, m_requestRawEstimate, reported));
    store->setSessionSettings(session->id, settings);
}
