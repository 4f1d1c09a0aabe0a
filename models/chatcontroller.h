#pragma once

#include "models/contextbuilder.h"
#include "network/contextlimits.h"
#include "network/providerprofile.h"
#include "network/streamoutcome.h"
#include "settings/contextsettings.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <memory>
#include <optional>

class ChatClient;
class ContextProbe;
class Conversation;
class QNetworkAccessManager;
class TokenCounter;

// Runs a turn: writes the user message to the Conversation, builds the window with
// ContextBuilder from that same conversation, streams the reply into a new row and records how
// it ended. Used by the app and by confab-cli alike; no item model involved.
class ChatController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
public:
    ChatController(Conversation *conversation, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ChatController() override;

    void setProfile(const ProviderProfile &profile);
    const ProviderProfile &profile() const { return m_profile; }
    void setApiKey(const QString &key);
    const QString &apiKey() const { return m_apiKey; }
    void setDefaults(const ContextSettings &defaults) { m_defaults = defaults; }
    const ContextSettings &defaults() const { return m_defaults; }
    void setIdleTimeout(int ms) { m_idleTimeoutMs = ms; }
    // Function declarations offered with every request (ToolCatalog::openAiTools()); the
    // calls a reply asks for arrive in replyFinished's outcome.toolCalls.
    void setTools(const QJsonArray &tools) { m_tools = tools; }
    // Limits from the command line, over the session's (confab-cli).
    void setOverrides(const ContextOverrides &overrides) { m_overrides = overrides; }

    // ContextSettings::resolve() of the defaults, the session's settings, the overrides and
    // the server's limits: what the app, `confab-cli context` and `send` all use.
    ContextSettings contextSettings() const;
    // The window the next request would carry (with `pendingText` and `pendingAttachments` as
    // the new message); loads the older rows it needs into the conversation.
    ContextWindow previewContext(
        const QString &pendingText = {}, const QList<Attachment> &pendingAttachments = {});
    // The next request's window, recorded on the conversation (the view shows it from there).
    ContextWindow refreshContext();

    // The server's context for the profile and the chat's model: the cached figure at once,
    // then the server is asked (ContextProbe) and serverLimitsChanged() follows its answer.
    void discoverServerContext();
    bool isDiscovering() const { return m_probe != nullptr; }
    const ContextLimits &serverLimits() const { return m_serverLimits; }
    void setServerLimits(const ContextLimits &limits);
    // Counts the loaded messages (and `pendingText`) with the server's tokenizer, when it has
    // one, caching the counts per message; tokenCountsReady() when done (at once if nothing to do).
    void countTokens(const QString &pendingText = {});
    bool isCounting() const { return m_counter != nullptr; }
    // The reply's prompt counted clearly fewer tokens than were sent: the server cut it. With a
    // known context (`contextLength` > 0) a prompt that fit in it cannot have been cut: a low
    // count then means the server reused a cached prefix (Ollama reports only what it evaluated).
    static bool looksTruncated(
        int sentTokens, int reportedTokens, bool sentWasCounted, int contextLength = 0);

    // True once the message is stored, even if the reply then could not start (the row stays,
    // and regenerate() on it asks again), so the caller never stores the same text twice.
    // Also true when the database server cannot be reached and setQueueWhileUnreachable() is on:
    // the message is queued (queuedText()) and sent when the server is back, the loss having
    // been told once already.
    // `attachments` (AttachmentFile) go with it; refused at once, with failed(), when the server
    // says the model takes no images.
    bool send(const QString &text, const QList<Attachment> &attachments = {});
    // New alternative for the reply at `row` (or for a failed one: retry). On a tool step: for
    // the model's reply to that round's results (asked for if there is none yet).
    bool regenerate(int row);
    // New alternative of the user message at `row` with `text`, then a reply to it.
    bool editAndResend(int row, const QString &text);
    // After a reply cut off at the length limit: asks the model to go on (a visible message).
    bool continueReply();
    // Another reply after the branch's last row, with no new user message: the model's turn
    // again once the results of its tool calls are stored (ToolLoop).
    bool replyToToolResults();
    // Stops the reply; stopRequested() first tells the tool loop, which may be between replies.
    void stop();
    // Busy: a reply is under way, or the tool loop is (asking, running tools) between replies.
    bool isBusy() const;
    // Set by the ToolLoop while it is between a reply that asked for tools and its end.
    void setToolsRunning(bool running);
    qint64 streamingMessageId() const { return m_replyId; }

    // On (the app): a message sent while the database server is away waits for it, instead of
    // send() refusing it. Off for confab-cli, which says so and exits.
    void setQueueWhileUnreachable(bool on) { m_queueWhileUnreachable = on; }
    // The message sent while the database server was away, waiting for it (one at a time: a
    // second send() is refused). Sent when the store reconnects, or when its chat is next open.
    bool hasQueued() const { return m_queued.has_value(); }
    QString queuedText() const { return m_queued ? m_queued->text : QString(); }
    qint64 queuedSessionId() const { return m_queued ? m_queued->sessionId : 0; }
    // Drops the queued message and gives it back (to edit it in the box); nothing is written.
    QString takeQueued(QList<Attachment> *attachments = nullptr);

Q_SIGNALS:
    void busyChanged(bool busy);
    void stopRequested();
    void replyStarted(qint64 messageId);
    void replyFinished(qint64 messageId, const StreamOutcome &outcome);
    // Something prevented the request from starting (no session, no model). A database that
    // refuses the write is reported once, by SessionStore::storageError, not here.
    void failed(const QString &message);
    void serverLimitsChanged();
    void tokenCountsReady();
    // A message was queued, sent from the queue or taken back.
    void queuedChanged();

private:
    QString modelName() const; // the session's model, else the profile's
    bool canStart(); // a reply can be requested (a model is chosen); says why not
    bool startReply();
    void sendRequest(); // once the counts are in: builds the window and starts the client
    void onFinished(const StreamOutcome &outcome);
    void sendQueued(); // the server is back or the chat changed: the queued message, if it may go
    void updateBusy(); // busyChanged() when isBusy() differs from what was last said
    void learnTokenRatio(const StreamOutcome &outcome);
    QString limitsKey() const; // ContextCache key of the profile
    QString tokenizerKey() const;
    // Counts known for the loaded rows (from memory, else the cache).
    const ServerTokenCounts *counts() const;

    // Guarded: the window may destroy the conversation first (sibling children of one window).
    QPointer<Conversation> m_conversation;
    QNetworkAccessManager *m_nam;
    ProviderProfile m_profile;
    QString m_apiKey;
    ContextSettings m_defaults;
    QJsonArray m_tools;
    std::unique_ptr<ChatClient> m_client;
    int m_idleTimeoutMs = 60000;
    qint64 m_replyId = 0;
    bool m_toolsRunning = false;
    bool m_busyShown = false;
    qint64 m_replySessionId = 0;
    int m_requestRawEstimate = 0;
    int m_requestServerTokens = 0;
    int m_requestTokens = 0;
    int m_requestContext = 0;
    struct Queued
    {
        qint64 sessionId = 0;
        QString text;
        QList<Attachment> attachments;
    };
    std::optional<Queued> m_queued;
    bool m_queueWhileUnreachable = false;
    ContextOverrides m_overrides;
    ContextLimits m_serverLimits;
    std::unique_ptr<ContextProbe> m_probe;
    std::unique_ptr<TokenCounter> m_counter;
    bool m_countAgain = false; // countTokens() was called while m_counter ran
    QString m_countAgainText;
    mutable ServerTokenCounts m_counts;
    mutable QSet<qint64> m_countsLookedUp; // rows already looked up in the cache
    mutable QString m_countsKey; // tokenizer key m_counts belongs to
    QPair<QString, int> m_systemCounted {QString(), -1}; // the system prompt last counted
    QPair<QString, int> m_pendingCounted {QString(), -1}; // the preview text last counted
};
