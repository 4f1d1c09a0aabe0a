#pragma once

#include "models/contextbuilder.h"
#include "network/providerprofile.h"
#include "network/streamoutcome.h"
#include "settings/contextsettings.h"

#include <QObject>
#include <QPointer>
#include <memory>

class ChatClient;
class QNetworkAccessManager;
class Conversation;

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
    void setDefaults(const ContextSettings &defaults) { m_defaults = defaults; }
    const ContextSettings &defaults() const { return m_defaults; }
    void setIdleTimeout(int ms) { m_idleTimeoutMs = ms; }

    // Session settings over the defaults.
    ContextSettings contextSettings() const;
    // The window the next request would carry (with `pendingText` as the new message); loads
    // the older rows it needs into the conversation.
    ContextWindow previewContext(const QString &pendingText = {});
    // The next request's window, recorded on the conversation (the view shows it from there).
    ContextWindow refreshContext();

    // True once the message is stored, even if the reply then could not start (the row stays,
    // and regenerate() on it asks again), so the caller never stores the same text twice.
    bool send(const QString &text);
    // New alternative for the reply at `row` (or for a failed one: retry).
    bool regenerate(int row);
    // New alternative of the user message at `row` with `text`, then a reply to it.
    bool editAndResend(int row, const QString &text);
    void stop();
    bool isBusy() const;
    qint64 streamingMessageId() const { return m_replyId; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void replyStarted(qint64 messageId);
    void replyFinished(qint64 messageId, const StreamOutcome &outcome);
    // Something prevented the request from starting (no session, no model). A database that
    // refuses the write is reported once, by SessionStore::storageError, not here.
    void failed(const QString &message);

private:
    QString modelName() const; // the session's model, else the profile's
    bool canStart(); // a reply can be requested (a model is chosen); says why not
    bool startReply();
    void onFinished(const StreamOutcome &outcome);
    void learnTokenRatio(const StreamOutcome &outcome);

    // Guarded: the window may destroy the conversation first (sibling children of one window).
    QPointer<Conversation> m_conversation;
    QNetworkAccessManager *m_nam;
    ProviderProfile m_profile;
    QString m_apiKey;
    ContextSettings m_defaults;
    std::unique_ptr<ChatClient> m_client;
    int m_idleTimeoutMs = 60000;
    qint64 m_replyId = 0;
    qint64 m_replySessionId = 0;
    int m_requestRawEstimate = 0;
};
