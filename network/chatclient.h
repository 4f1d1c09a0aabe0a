#pragma once

#include "network/chatrequest.h"
#include "network/providerprofile.h"
#include "network/streamoutcome.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

// Streams one chat reply at a time from a provider over QNetworkAccessManager.
// Subclasses speak one protocol; create() picks the one for a profile.
// Deltas are emitted on the thread the client lives on (the GUI thread in the app).
class ChatClient : public QObject
{
    Q_OBJECT
public:
    static std::unique_ptr<ChatClient> create(QNetworkAccessManager *nam, const ProviderProfile &profile,
                                              QObject *parent = nullptr);
    ~ChatClient() override;

    const ProviderProfile &profile() const { return m_profile; }
    void setApiKey(const QString &key) { m_apiKey = key; }
    // No bytes for this long (before or during the stream) ends the request as Failed.
    void setIdleTimeout(int ms) { m_idleTimeoutMs = ms; }

    // Starts streaming. Ignored (returns false) while a request is running.
    bool start(const ChatRequest &request);
    // Aborts the running request; finished() follows with Status::Stopped.
    void stop();
    bool isRunning() const { return !m_reply.isNull(); }

    // Asks the server for its models; answered by modelsListed() or modelsFailed().
    virtual void listModels();

Q_SIGNALS:
    void textDelta(const QString &text);
    void reasoningDelta(const QString &text);
    void finished(const StreamOutcome &outcome);
    void modelsListed(const QStringList &models);
    void modelsFailed(const QString &message);

protected:
    ChatClient(QNetworkAccessManager *nam, const ProviderProfile &profile, QObject *parent);

    QNetworkAccessManager *m_nam;
    ProviderProfile m_profile;
    QString m_apiKey;
    QPointer<QNetworkReply> m_reply;
    int m_idleTimeoutMs = 60000;
    QTimer m_idleTimer;
};
