#include "settings/profilestore.h"

#include "storage/privatefiles.h"

#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString ProfilesKey = QStringLiteral("profiles");
const QString InitializedKey = QStringLiteral("profilesInitialized");
const QString DefaultProfileKey = QStringLiteral("defaultProfile");
const QString SystemPromptKey = QStringLiteral("defaults/systemPrompt");
const QString TemperatureKey = QStringLiteral("defaults/temperature");
const QString HistoryLimitKey = QStringLiteral("defaults/historyLimit");
const QString TokenBudgetKey = QStringLiteral("defaults/tokenBudget");
const QString ContextLengthKey = QStringLiteral("defaults/contextLength");
const QString AutoTitlesKey = QStringLiteral("defaults/autoTitles");
const QString TitleProfileKey = QStringLiteral("defaults/titleProfile");
const QString TitleModelKey = QStringLiteral("defaults/titleModel");
const QString VersionKey = QStringLiteral("settingsVersion");
constexpr int SettingsVersion = 1;

ProviderPreset makePreset(
    const char *id, const char *name, ProviderKind kind, const char *url, const char *model, bool needsApiKey)
{
    ProviderPreset preset;
    preset.id = QString::fromLatin1(id);
    preset.name = QString::fromUtf8(name);
    preset.kind = kind;
    preset.baseUrl = QUrl(QString::fromLatin1(url));
    preset.model = QString::fromLatin1(model);
    preset.needsApiKey = needsApiKey;
    return preset;
}

} // namespace

ProviderProfile ProviderPreset::toProfile() const
{
    ProviderProfile profile;
    profile.name = name;
    profile.kind = kind;
    profile.baseUrl = baseUrl;
    profile.model = model;
    return profile;
}

QList<ProviderPreset> ProfileStore::presets()
{
    using K = ProviderKind;
    return {
        makePreset(
            "ollama", "Local Ollama", K::OpenAICompatible, "http://localhost:11434/v1", "llama3.2", false),
        makePreset("openai", "OpenAI", K::OpenAICompatible, "https://api.openai.com/v1", "gpt-4o-mini", true),
        makePreset("anthropic", "Anthropic", K::Anthropic, "https://api.anthropic.com/v1",
            "claude-3-5-sonnet-latest", true),
        makePreset("gemini", "Google Gemini", K::Gemini, "https://generativelanguage.googleapis.com/v1beta",
            "gemini-1.5-flash", true),
        makePreset("openrouter", "OpenRouter", K::OpenAICompatible, "https://openrouter.ai/api/v1",
            "openai/gpt-4o-mini", true),
        makePreset("groq", "Groq", K::OpenAICompatible, "https://api.groq.com/openai/v1",
            "llama-3.1-8b-instant", true),
        makePreset("deepseek", "DeepSeek", K::OpenAICompatible, "https://api.deepseek.com/v1",
            "deepseek-chat", true),
        makePreset("lmstudio", "LM Studio", K::OpenAICompatible, "http://localhost:1234/v1", "", false),
        makePreset(
            "llamacpp", "llama.cpp server", K::OpenAICompatible, "http://localhost:8080/v1", "", false),
        makePreset("vllm", "vLLM", K::OpenAICompatible, "http://localhost:8000/v1", "", false),
        makePreset("ollama-native", "Ollama (native API)", K::OllamaNative, "http://localhost:11434",
            "llama3.2", false),
    };
}

std::optional<ProviderPreset> ProfileStore::preset(const QString &presetId)
{
    const QList<ProviderPreset> all = presets();
    for (const ProviderPreset &candidate : all) {
        if (candidate.id == presetId)
            return candidate;
    }
    return std::nullopt;
}

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    Q_ASSERT(m_settings);
    // Owner-only before the first save: QSettings saves through QSaveFile, which keeps the mode.
    if (m_settings->format() == QSettings::IniFormat)
        PrivateFiles::prepareFile(m_settings->fileName());
    load();
}

ProfileStore::ProfileStore(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_ownedSettings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
    , m_settings(m_ownedSettings.get())
{
    PrivateFiles::prepareFile(iniPath);
    load();
}

ProfileStore::~ProfileStore()
{
    m_settings->sync();
}

QString ProfileStore::defaultSettingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/Confab/confab.ini");
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

void ProfileStore::reload()
{
    m_settings->sync();
    load();
    Q_EMIT profilesChanged();
}

bool ProfileStore::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

void ProfileStore::load()
{
    m_profiles.clear();
    const int count = m_settings->beginReadArray(ProfilesKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ProviderProfile profile;
        profile.id = m_settings->value(QStringLiteral("id")).toString();
        profile.name = m_settings->value(QStringLiteral("name")).toString();
        bool ok = false;
        profile.kind = providerKindFromString(m_settings->value(QStringLiteral("kind")).toString(), &ok);
        if (!ok)
            profile.kind = ProviderKind::OpenAICompatible;
        profile.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString());
        profile.model = m_settings->value(QStringLiteral("model")).toString();
        profile.nativePdf = m_settings->value(QStringLiteral("nativePdf"), false).toBool();
        profile.maxRequestBytes = m_settings->value(QStringLiteral("maxRequestBytes"), 0).toLongLong();
        if (!profile.id.isEmpty() && indexOf(profile.id) < 0)
            m_profiles.append(profile);
    }
    m_settings->endArray();

    if (!m_settings->value(InitializedKey, false).toBool() && m_profiles.isEmpty()) {
        // First run: a local Ollama needs no key and no account.
        ProviderProfile ollama = preset(QStringLiteral("ollama"))->toProfile();
        ollama.id = uniqueId(ollama.name);
        m_profiles.append(ollama);
        m_settings->setValue(DefaultProfileKey, ollama.id);
        save();
    }
}

void ProfileStore::save()
{
    m_settings->remove(ProfilesKey);
    m_settings->beginWriteArray(ProfilesKey, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const ProviderProfile &profile = m_profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), profile.id);
        m_settings->setValue(QStringLiteral("name"), profile.name);
        m_settings->setValue(QStringLiteral("kind"), providerKindToString(profile.kind));
        m_settings->setValue(QStringLiteral("baseUrl"), profile.baseUrl.toString());
        m_settings->setValue(QStringLiteral("model"), profile.model);
        if (profile.nativePdf)
            m_settings->setValue(QStringLiteral("nativePdf"), true);
        if (profile.maxRequestBytes > 0)
            m_settings->setValue(QStringLiteral("maxRequestBytes"), profile.maxRequestBytes);
    }
    m_settings->endArray();
    m_settings->setValue(InitializedKey, true);
    m_settings->setValue(VersionKey, SettingsVersion);
    m_settings->sync();
}

int ProfileStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

QString ProfileStore::uniqueId(const QString &name) const
{
    static const QRegularExpression nonAlnum(QStringLiteral("[^a-z0-9]+"));
    QString base = name.toLower().replace(nonAlnum, QStringLiteral("-"));
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("profile");
    QString id = base;
    for (int n = 2; contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

bool ProfileStore::isValid(const ProviderProfile &profile)
{
    const QString scheme = profile.baseUrl.scheme();
    return !profile.name.trimmed().isEmpty() && profile.baseUrl.isValid() && !profile.baseUrl.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

std::optional<ProviderProfile> ProfileStore::profile(const QString &id) const
{
    const int index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

std::optional<ProviderProfile> ProfileStore::findProfile(const QString &idOrName) const
{
    if (const auto byId = profile(idOrName))
        return byId;
    for (const ProviderProfile &candidate : m_profiles) {
        if (candidate.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return std::nullopt;
}

QString ProfileStore::addProfile(const ProviderProfile &profile)
{
    if (!isValid(profile) || (!profile.id.isEmpty() && contains(profile.id)))
        return QString();
    ProviderProfile added = profile;
    added.name = added.name.trimmed();
    if (added.id.isEmpty())
        added.id = uniqueId(added.name);
    const bool wasEmpty = m_profiles.isEmpty();
    m_profiles.append(added);
    if (wasEmpty)
        m_settings->setValue(DefaultProfileKey, added.id);
    save();
    Q_EMIT profilesChanged();
    if (wasEmpty)
        Q_EMIT defaultProfileChanged(added.id);
    return added.id;
}

bool ProfileStore::updateProfile(const ProviderProfile &profile)
{
    const int index = indexOf(profile.id);
    if (index < 0 || !isValid(profile))
        return false;
    m_profiles[index] = profile;
    m_profiles[index].name = profile.name.trimmed();
    save();
    Q_EMIT profilesChanged();
    return true;
}

bool ProfileStore::removeProfile(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    const QString oldDefault = defaultProfileId();
    m_profiles.removeAt(index);
    if (oldDefault == id) {
        if (m_profiles.isEmpty())
            m_settings->remove(DefaultProfileKey);
        else
            m_settings->setValue(DefaultProfileKey, m_profiles.constFirst().id);
    }
    save();
    Q_EMIT profilesChanged();
    if (oldDefault == id)
        Q_EMIT defaultProfileChanged(defaultProfileId());
    return true;
}

QString ProfileStore::defaultProfileId() const
{
    const QString stored = m_settings->value(DefaultProfileKey).toString();
    if (contains(stored))
        return stored;
    return m_profiles.isEmpty() ? QString() : m_profiles.constFirst().id;
}

std::optional<ProviderProfile> ProfileStore::defaultProfile() const
{
    return profile(defaultProfileId());
}

bool ProfileStore::setDefaultProfileId(const QString &id)
{
    if (!contains(id))
        return false;
    if (m_settings->value(DefaultProfileKey).toString() == id)
        return true;
    m_settings->setValue(DefaultProfileKey, id);
    m_settings->sync();
    Q_EMIT defaultProfileChanged(id);
    return true;
}

QString ProfileStore::systemPrompt() const
{
    return m_settings->value(SystemPromptKey).toString();
}

void ProfileStore::storeDefault(const QString &key, const QVariant &value)
{
    if (value.isValid())
        m_settings->setValue(key, value);
    else
        m_settings->remove(key);
    m_settings->sync();
    Q_EMIT defaultsChanged();
}

void ProfileStore::setSystemPrompt(const QString &prompt)
{
    if (prompt != systemPrompt())
        storeDefault(SystemPromptKey, prompt.isEmpty() ? QVariant() : QVariant(prompt));
}

std::optional<double> ProfileStore::temperature() const
{
    bool ok = false;
    const double value = m_settings->value(TemperatureKey).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

void ProfileStore::setTemperature(std::optional<double> temperature)
{
    if (temperature != this->temperature())
        storeDefault(TemperatureKey, temperature ? QVariant(*temperature) : QVariant());
}

int ProfileStore::limitDefault(const QString &key, int fallback) const
{
    return qMax(0, m_settings->value(key, fallback).toInt());
}

void ProfileStore::setLimitDefault(const QString &key, int value, int fallback)
{
    value = qMax(0, value);
    // Stored even when 0: "no limit" is a choice, distinct from "never set".
    if (value != limitDefault(key, fallback))
        storeDefault(key, value);
}

bool ProfileStore::autoTitles() const
{
    return m_settings->value(AutoTitlesKey, true).toBool();
}

void ProfileStore::setAutoTitles(bool on)
{
    if (on != autoTitles())
        storeDefault(AutoTitlesKey, on);
}

QString ProfileStore::titleProfileId() const
{
    return m_settings->value(TitleProfileKey).toString();
}

QString ProfileStore::titleModel() const
{
    return m_settings->value(TitleModelKey).toString();
}

void ProfileStore::setTitleProfile(const QString &profileId, const QString &model)
{
    const QString id = profileId.trimmed();
    const QString name = id.isEmpty() ? QString() : model.trimmed();
    if (id != titleProfileId())
        storeDefault(TitleProfileKey, id.isEmpty() ? QVariant() : QVariant(id));
    if (name != titleModel())
        storeDefault(TitleModelKey, name.isEmpty() ? QVariant() : QVariant(name));
}

std::optional<ProviderProfile> ProfileStore::titleProfile() const
{
    const QString id = titleProfileId();
    std::optional<ProviderProfile> chosen = id.isEmpty() ? std::nullopt : profile(id);
    if (chosen && !titleModel().isEmpty())
        chosen->model = titleModel();
    return chosen;
}

int ProfileStore::historyLimit() const
{
    return limitDefault(HistoryLimitKey, 0);
}

void ProfileStore::setHistoryLimit(int maxMessages)
{
    setLimitDefault(HistoryLimitKey, maxMessages, 0);
}

int ProfileStore::tokenBudget() const
{
    return limitDefault(TokenBudgetKey, DefaultTokenBudget);
}

void ProfileStore::setTokenBudget(int tokens)
{
    setLimitDefault(TokenBudgetKey, tokens, DefaultTokenBudget);
}

int ProfileStore::contextLength() const
{
    return limitDefault(ContextLengthKey, 0);
}

void ProfileStore::setContextLength(int tokens)
{
    setLimitDefault(ContextLengthKey, tokens, 0);
}

ContextSettings ProfileStore::contextDefaults() const
{
    ContextSettings settings;
    settings.systemPrompt = systemPrompt();
    settings.maxMessages = historyLimit();
    settings.tokenBudget = tokenBudget();
    settings.contextOverride = contextLength();
    settings.temperature = temperature();
    return settings;
}
