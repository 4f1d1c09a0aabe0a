#include "models/sessionmanager.h"

#include "models/chatcontroller.h"
#include "models/conversation.h"
#include "models/sessionlistmodel.h"
#include "settings/apikeystore.h"
#include "settings/profilestore.h"
#include "storage/sessionstore.h"

SessionManager::SessionManager(SessionStore *store, ProfileStore *profiles, ApiKeyStore *keys,
    Conversation *conversation, ChatController *controller, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_profiles(profiles)
    , m_keys(keys)
    , m_conversation(conversation)
    , m_controller(controller)
{
    connect(m_store, &SessionStore::sessionRemoved, this, [this](qint64 id) {
        if (id == currentSessionId())
            openSession(0);
    });
    if (m_profiles) {
        connect(m_profiles, &ProfileStore::profilesChanged, this, &SessionManager::applyProfile);
        if (const auto current = m_profiles->defaultProfile())
            m_defaultProfileId = current->id;
        connect(
            m_profiles, &ProfileStore::defaultProfileChanged, this, &SessionManager::onDefaultProfileChanged);
        connect(m_profiles, &ProfileStore::defaultsChanged, this, &SessionManager::applyProfile);
    }
    if (m_keys) {
        connect(m_keys, &ApiKeyStore::keyRead, this, &SessionManager::onKeyRead);
        connect(m_keys, &ApiKeyStore::failed, this,
            [this](const QString &profileId, const QString &message, ApiKeyStore::Error error) {
                onKeyFailed(profileId, message, int(error));
            });
    }
}

qint64 SessionManager::currentSessionId() const
{
    return m_conversation ? m_conversation->sessionId() : 0;
}

void SessionManager::openSession(qint64 sessionId)
{
    // A deleted chat (Undo pending) is not opened again; restoring it goes through undoDelete().
    if (sessionId) {
        const auto info = m_store->session(sessionId);
        if (!info || info->deleted)
            sessionId = 0;
    }
    if (m_controller && m_controller->isBusy() && sessionId != currentSessionId())
        m_controller->stop();
    // Limits first: opening the session builds the context window, and without them it would
    // load the whole history of a long chat.
    if (m_controller && m_profiles)
        m_controller->setDefaults(m_profiles->contextDefaults());
    if (sessionId != currentSessionId())
        m_draft = SessionInfo();
    if (m_conversation && sessionId != m_conversation->sessionId())
        m_conversation->setSession(sessionId);
    Q_EMIT currentSessionChanged(sessionId);
    applyProfile();
}

void SessionManager::openLastOrNewest(qint64 lastSessionId)
{
    if (lastSessionId && m_store->session(lastSessionId)) {
        openSession(lastSessionId);
        return;
    }
    const QList<SessionInfo> newest = m_store->sessions(1);
    openSession(newest.isEmpty() ? 0 : newest.first().id);
}

QString SessionManager::titleFor(const QString &text)
{
    QString title = text.section(QLatin1Char('\n'), 0, 0).simplified();
    if (title.size() > 60)
        title = title.left(57) + QStringLiteral("…");
    return title;
}

qint64 SessionManager::createSessionFor(const QString &text)
{
    const ProviderProfile profile = profileForSession(); // the draft's choice, else the default
    const SessionInfo draft = m_draft;
    const qint64 id = m_store->createSession(titleFor(text), draft.systemPrompt);
    if (!id)
        return 0;
    if (!profile.id.isEmpty())
        m_store->setSessionModel(id, profile.id, draft.model.isEmpty() ? profile.model : draft.model);
    if (!draft.settings.isEmpty())
        m_store->setSessionSettings(id, draft.settings);
    openSession(id);
    return id;
}

void SessionManager::setDraft(const SessionInfo &draft)
{
    m_draft = draft;
    m_draft.id = 0;
    applyProfile();
}

void SessionManager::onDefaultProfileChanged()
{
    // Chats that never chose a provider have followed the default so far: they keep it.
    const auto current = m_profiles->defaultProfile();
    const QString newId = current ? current->id : QString();
    if (!m_defaultProfileId.isEmpty() && m_defaultProfileId != newId)
        m_store->adoptProvider(m_defaultProfileId);
    m_defaultProfileId = newId;
    applyProfile();
}

QString SessionManager::currentTitle() const
{
    const auto info = m_store->session(currentSessionId());
    return info ? SessionListModel::displayTitle(info->title) : QString();
}

bool SessionManager::deleteSession(qint64 sessionId)
{
    const auto info = m_store->session(sessionId);
    if (!info || !m_store->deleteSession(sessionId))
        return false;
    m_deleted << sessionId;
    if (sessionId == currentSessionId()) {
        const QList<SessionInfo> newest = m_store->sessions(1);
        openSession(newest.isEmpty() ? 0 : newest.first().id);
    }
    Q_EMIT sessionDeleted(sessionId, SessionListModel::displayTitle(info->title));
    return true;
}

qint64 SessionManager::undoDelete()
{
    if (m_deleted.isEmpty())
        return 0;
    const qint64 id = m_deleted.takeLast();
    if (!m_store->restoreSession(id))
        return 0;
    openSession(id);
    return id;
}

int SessionManager::purgeDeleted()
{
    int purged = 0;
    for (qint64 id : std::as_const(m_deleted))
        purged += m_store->purgeDeleted(id);
    m_deleted.clear();
    return purged;
}

ProviderProfile SessionManager::profileForSession() const
{
    const auto session = currentSessionId() ? m_store->session(currentSessionId()) : std::optional(m_draft);
    std::optional<ProviderProfile> profile;
    if (m_profiles && session && !session->provider.isEmpty())
        profile = m_profiles->profile(session->provider);
    if (m_profiles && !profile)
        profile = m_profiles->defaultProfile();
    ProviderProfile result = profile.value_or(ProviderProfile());
    if (session && !session->model.isEmpty())
        result.model = session->model;
    return result;
}

void SessionManager::applyProfile()
{
    if (!m_profiles || !m_controller)
        return;
    const ProviderProfile profile = profileForSession();
    m_controller->setProfile(profile);
    m_controller->setDefaults(m_profiles->contextDefaults());
    if (profile.id != m_keyProfileId) {
        m_keyProfileId = profile.id;
        m_controller->setApiKey(QString());
        if (m_keys && !profile.id.isEmpty()) {
            m_keyReads.insert(profile.id);
            m_keys->readKey(profile.id); // answered by keyRead() or failed()
        }
    }
    // The cached figure meanwhile; serverLimitsChanged() follows the server's answer.
    const QString serverKey = profile.id + u'|' + profile.baseUrl.toString() + u'|' + profile.model;
    if (serverKey != m_serverKey) {
        m_serverKey = serverKey;
        m_controller->setServerLimits({});
        m_controller->discoverServerContext();
    }
    Q_EMIT profileApplied(profile);
}

void SessionManager::setSessionKey(const QString &key)
{
    const ProviderProfile profile = profileForSession();
    if (profile.id.isEmpty() || !m_keys)
        return;
    m_keys->setSessionKey(profile.id, key);
    if (profile.id == m_keyProfileId && m_controller)
        m_controller->setApiKey(key);
}

void SessionManager::onKeyRead(const QString &profileId, const QString &key)
{
    m_keyReads.remove(profileId);
    if (profileId == m_keyProfileId && m_controller)
        m_controller->setApiKey(key);
}

void SessionManager::onKeyFailed(const QString &profileId, const QString &message, int error)
{
    const bool reading = m_keyReads.remove(profileId);
    if (ApiKeyStore::Error(error) == ApiKeyStore::Error::NotFound)
        return; // no key saved: fine for local servers; a remote one answers 401 clearly
    if (!reading) {
        Q_EMIT keyNotSaved(message);
        return;
    }
    if (profileId != m_keyProfileId || m_keys->hasSessionKey(profileId))
        return;
    Q_EMIT keyUnavailable(message);
}
