#include "models/titlegenerator.h"

#include "models/sessionmanager.h"
#include "network/chatclient.h"
#include "settings/apikeystore.h"
#include "storage/message.h"
#include "storage/sessionstore.h"

#include <QRegularExpression>

namespace {
// Enough of the first exchange to name it; a long reply adds cost, not a better title.
constexpr int MaxExcerptChars = 2000;
const char *const TitlePrompt
    = "You name chats. Reply with a title of at most six words for the conversation "
      "below, in its language. Reply with the title only: no quotes, no punctuation "
      "at the end, nothing else.";
} // namespace

struct TitleGenerator::Running
{
    std::unique_ptr<ChatClient> client;
    QString text;
    QString automatic; // the title it may replace
};

TitleGenerator::TitleGenerator(SessionStore *store, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_nam(nam)
{ }

TitleGenerator::~TitleGenerator() = default;

bool TitleGenerator::isAutomatic(const SessionInfo &session, const QString &firstMessage)
{
    return session.title.trimmed().isEmpty() || session.title == SessionManager::titleFor(firstMessage);
}

QString TitleGenerator::cleaned(const QString &answer)
{
    QString title = answer.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    static const QRegularExpression label(
        QStringLiteral("^(title|titel|titre)\\s*:\\s*"), QRegularExpression::CaseInsensitiveOption);
    title.remove(label);
    static const QString quotes = QStringLiteral("\"'`*«»“”„‘’");
    while (!title.isEmpty() && quotes.contains(title.front()))
        title.remove(0, 1);
    while (!title.isEmpty() && (quotes.contains(title.back()) || title.back() == QLatin1Char('.')))
        title.chop(1);
    title = title.simplified();
    if (title.size() > MaxTitleChars)
        title = title.left(MaxTitleChars - 1).trimmed() + QChar(0x2026);
    return title;
}

QList<Message> TitleGenerator::firstExchange(qint64 sessionId, QString *automatic) const
{
    const auto session = m_store->session(sessionId);
    // The depth first: the branch holds the reply's text, which at a long chat's end (a 1 MB
    // reply) took 4 ms to read for nothing.
    if (!session || !session->currentLeafId || m_store->depth(session->currentLeafId, 3) != 2)
        return {};
    const QList<Message> branch = m_store->branch(session->currentLeafId, 3);
    if (branch.size() != 2 || branch.at(0).role != MessageRole::User
        || branch.at(1).role != MessageRole::Assistant || branch.at(1).content.trimmed().isEmpty()
        || !isAutomatic(*session, branch.at(0).content))
        return {};
    *automatic = session->title;
    return branch;
}

void TitleGenerator::setKeyStore(ApiKeyStore *keys)
{
    m_keys = keys;
    delete m_keyReader;
    m_keyReader = nullptr;
    if (!keys)
        return;
    m_keyReader = new ApiKeyStore(keys->service(), this);
    connect(m_keyReader, &ApiKeyStore::keyRead, this,
        [this](const QString &profileId, const QString &key) { onKey(profileId, key, QString()); });
    connect(m_keyReader, &ApiKeyStore::failed, this,
        [this](const QString &profileId, const QString &message, ApiKeyStore::Error error) {
            // No key saved is fine for a local server; a remote one answers 401, told by failed().
            onKey(profileId, QString(), error == ApiKeyStore::Error::NotFound ? QString() : message);
        });
}

bool TitleGenerator::generateWith(qint64 sessionId, const ProviderProfile &profile)
{
    QString automatic;
    if (!m_keys || m_running.contains(sessionId) || profile.model.isEmpty()
        || firstExchange(sessionId, &automatic).isEmpty())
        return false;
    if (m_keys->hasSessionKey(profile.id))
        return generate(sessionId, profile, m_keys->sessionKey(profile.id));
    const bool reading = m_waitingForKey.contains(profile.id);
    m_waitingForKey.insert(profile.id, {sessionId, profile});
    if (!reading)
        m_keyReader->readKey(profile.id); // answered by onKey()
    return true;
}

void TitleGenerator::onKey(const QString &profileId, const QString &key, const QString &error)
{
    const auto waiting = m_waitingForKey.values(profileId);
    m_waitingForKey.remove(profileId);
    for (const auto &[sessionId, profile] : waiting) {
        if (!error.isEmpty())
            Q_EMIT failed(sessionId, error);
        else
            generate(sessionId, profile, key);
    }
}

bool TitleGenerator::generate(qint64 sessionId, const ProviderProfile &profile, const QString &key)
{
    QString automatic;
    if (m_running.contains(sessionId) || profile.model.isEmpty())
        return false;
    const QList<Message> branch = firstExchange(sessionId, &automatic);
    if (branch.isEmpty())
        return false;

    auto running = std::make_shared<Running>();
    running->automatic = automatic;
    running->client = ChatClient::create(m_nam, profile);
    running->client->setApiKey(key);
    running->client->setIdleTimeout(60000);
    ChatClient *client = running->client.get();
    connect(client, &ChatClient::textDelta, this, [running](const QString &text) {
        if (running->text.size() < 4 * MaxTitleChars) // a model that goes on and on is not read on
            running->text += text;
    });
    connect(client, &ChatClient::finished, this, [this, sessionId](const StreamOutcome &outcome) {
        finish(sessionId, outcome.status == StreamOutcome::Status::Finished, outcome.errorMessage);
    });
    ChatRequest request;
    request.model = profile.model;
    request.systemPrompt = QString::fromLatin1(TitlePrompt);
    request.messages = {{MessageRole::User, branch.at(0).content.left(MaxExcerptChars)},
        {MessageRole::Assistant, branch.at(1).content.left(MaxExcerptChars)},
        {MessageRole::User, QStringLiteral("Title for the conversation above?")}};
    request.maxTokens = 32;
    m_running.insert(sessionId, running);
    if (!client->start(request)) {
        m_running.remove(sessionId);
        return false;
    }
    return true;
}

void TitleGenerator::finish(qint64 sessionId, bool ok, const QString &message)
{
    const std::shared_ptr<Running> running = m_running.take(sessionId);
    if (!running)
        return;
    // The client is deleted later: this runs inside its finished() signal.
    running->client.release()->deleteLater();
    const QString title = cleaned(running->text);
    if (!ok || title.isEmpty()) {
        Q_EMIT failed(sessionId, ok ? tr("The model gave no title.") : message);
        return;
    }
    // The user may have renamed the chat (or deleted it) meanwhile: theirs wins.
    const auto session = m_store->session(sessionId);
    if (!session || session->deleted || session->title != running->automatic)
        return;
    if (m_store->renameSession(sessionId, title))
        Q_EMIT titleSet(sessionId, title);
}
