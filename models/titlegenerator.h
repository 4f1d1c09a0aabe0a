#pragma once

#include "network/providerprofile.h"
#include "storage/message.h"

#include <QHash>
#include <QObject>
#include <memory>

class ApiKeyStore;
class ChatClient;
class QNetworkAccessManager;
class SessionStore;
struct SessionInfo;

// Automatic chat titles: after a chat's first reply, a short request to the same profile and
// model (through ChatClient, so the key goes only to the profile's origin) asks for a title of
// a few words, and the chat gets it unless its title is no longer the automatic one (the first
// line of the first message, SessionManager::titleFor) — a title the user typed is never
// replaced, also when they type it while the request runs. No schema change: that is decided
// from the title itself. A failed request leaves the chat as it was and says so only in
// failed(); the chat itself is never disturbed. Settings › Titles may name another profile and
// model (generateWith()): that profile's own key is used, so each key still goes only to its origin.
class TitleGenerator : public QObject
{
    Q_OBJECT
public:
    TitleGenerator(SessionStore *store, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~TitleGenerator() override;

    // Asks for a title of `sessionId` if it has exactly one question and its reply and an
    // automatic title; false (nothing sent) otherwise.
    bool generate(qint64 sessionId, const ProviderProfile &profile, const QString &key);
    // The same, asking `profile` (not the chat's) with its own key: one given for this run in
    // `keys`, else the keychain's (read first; none is fine for a local server). Needs setKeyStore().
    bool generateWith(qint64 sessionId, const ProviderProfile &profile);
    // The app's key store: its keys for this run, and its keychain service for the others.
    void setKeyStore(ApiKeyStore *keys);
    // The title is what Confab set from the first message (or none): it may be replaced.
    static bool isAutomatic(const SessionInfo &session, const QString &firstMessage);
    // The model's answer as a title: first line, no quotes, "Title:" or trailing dot, at most 80 characters.
    static QString cleaned(const QString &answer);
    bool isRunning(qint64 sessionId) const { return m_running.contains(sessionId); }

    static constexpr int MaxTitleChars = 80;

Q_SIGNALS:
    void titleSet(qint64 sessionId, const QString &title);
    void failed(qint64 sessionId, const QString &message);

private:
    struct Running;
    // The first exchange if a title is due for it (see generate()), else empty.
    QList<Message> firstExchange(qint64 sessionId, QString *automatic) const;
    void onKey(const QString &profileId, const QString &key, const QString &error);
    void finish(qint64 sessionId, bool ok, const QString &message);

    SessionStore *m_store;
    QNetworkAccessManager *m_nam;
    QHash<qint64, std::shared_ptr<Running>> m_running;
    ApiKeyStore *m_keys = nullptr;
    // Reads other profiles' keys: its answers must not reach the chat's SessionManager, which listens to
    // m_keys.
    ApiKeyStore *m_keyReader = nullptr;
    QMultiHash<QString, std::pair<qint64, ProviderProfile>> m_waitingForKey; // by profile id
};
