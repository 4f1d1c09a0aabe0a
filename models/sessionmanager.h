#pragma once

#include "network/providerprofile.h"
#include "storage/sessioninfo.h"

#include <QList>
#include <QObject>
#include <QSet>

class ApiKeyStore;
class ChatController;
class ProfileStore;
class SessionStore;
class Conversation;

// Which chat is open and what goes with it, outside any window (like NeoChat's RoomManager):
// opening (never a deleted chat; switching stops a running reply), the profile, defaults and
// API key the controller uses for that chat, delete with undo and the purge at quit, titles.
// MainWindow composes widgets around it; confab-cli uses it without widgets. The profiles,
// keys, conversation and controller may be null (the CLI has no keychain reads or profile store).
class SessionManager : public QObject
{
    Q_OBJECT
public:
    SessionManager(SessionStore *store, ProfileStore *profiles, ApiKeyStore *keys, Conversation *conversation,
        ChatController *controller, QObject *parent = nullptr);

    qint64 currentSessionId() const;
    // Opens `sessionId` (0: none, the draft of a new chat); a deleted one opens as 0.
    void openSession(qint64 sessionId);
    // The chat the user had open if it is still there, else the newest, else none.
    void openLastOrNewest(qint64 lastSessionId);
    // Creates a chat titled from the first line of `text` (the first message) and opens it. The
    // chat gets the draft's settings, and its provider and model are written down (the draft's
    // or the default's), so a later change of the default does not move it.
    qint64 createSessionFor(const QString &text);
    // The new chat before its first message: provider, model, system prompt and settings the
    // user chose for it (Chat Settings in a draft). Cleared when another chat is opened.
    const SessionInfo &draft() const { return m_draft; }
    void setDraft(const SessionInfo &draft);
    static QString titleFor(const QString &text);
    // The open chat's title as shown (SessionListModel::displayTitle); empty without a chat.
    QString currentTitle() const;

    // Soft delete, undoable until purgeDeleted(); the open chat is closed with it (the store's
    // sessionRemoved() opens the new chat's draft, 0).
    bool deleteSession(qint64 sessionId);
    // Restores and opens the chat deleted last; 0 if there is none.
    qint64 undoDelete();
    // Removes for good the chats deleted through this manager (at quit, or at once in the CLI).
    // Returns how many were removed.
    int purgeDeleted();

    // The open chat's provider profile: its own, else the default; its model over the profile's.
    ProviderProfile profileForSession() const;
    // Profile, defaults and key for the open chat into the controller. The key is read from the
    // keychain when the profile changed (or after forgetKey()), answered asynchronously; the
    // server is asked for its context once per profile and model (ChatController).
    void applyProfile();
    // The key may have changed (Settings): read it again on the next applyProfile().
    void forgetKey() { m_keyProfileId.clear(); }
    // A key the user typed because the keychain could not give it: kept in memory for this run.
    void setSessionKey(const QString &key);

Q_SIGNALS:
    void currentSessionChanged(qint64 sessionId);
    void profileApplied(const ProviderProfile &profile);
    void sessionDeleted(qint64 sessionId, const QString &title);
    // The open chat's key could not be read from the keychain (nor was one typed): ask for it.
    void keyUnavailable(const QString &message);
    // A key typed in Settings could not be written: it lasts for this run only.
    void keyNotSaved(const QString &message);

private:
    void onKeyRead(const QString &profileId, const QString &key);
    void onKeyFailed(const QString &profileId, const QString &message, int error);

    SessionStore *m_store;
    ProfileStore *m_profiles;
    ApiKeyStore *m_keys;
    Conversation *m_conversation;
    ChatController *m_controller;
    void onDefaultProfileChanged();

    QList<qint64> m_deleted; // soft-deleted through this manager, newest last
    SessionInfo m_draft;
    QString m_defaultProfileId; // the default as chats without a provider have followed it
    QString m_keyProfileId; // profile whose key the controller holds
    QSet<QString> m_keyReads; // profiles whose key is being read (vs. written by Settings)
    QString m_serverKey; // profile and model whose context was last asked for
};
