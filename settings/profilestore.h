#pragma once

#include "network/providerprofile.h"
#include "settings/contextsettings.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>
#include <memory>
#include <optional>

class QSettings;

// A provider the user can start a profile from.
struct ProviderPreset
{
    QString id; // stable, e.g. "openai"
    QString name;
    ProviderKind kind = ProviderKind::OpenAICompatible;
    QUrl baseUrl;
    QString model; // a suggestion; empty: pick one from the server's list
    bool needsApiKey = true; // false for local servers

    // A profile without an id (ProfileStore::addProfile makes one from the name).
    ProviderProfile toProfile() const;
};

// Provider profiles and the app-wide chat defaults, in QSettings (an INI file by default).
// API keys are never stored here: they live in the keychain under the profile id (ApiKeyStore).
//
// On first use (no profiles ever saved) one profile is created: "Local Ollama" at
// http://localhost:11434/v1 (OpenAI-compatible), which is also the default profile.
//
// Layout: profiles/<n>/{id,name,kind,baseUrl,model} (an ordered array), defaultProfile,
// defaults/{systemPrompt,temperature,historyLimit,tokenBudget,contextLength,autoTitles,
// titleProfile,titleModel}.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // Not owned; must outlive the store.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);
    // Opens (creates) the INI file at `iniPath`.
    explicit ProfileStore(const QString &iniPath, QObject *parent = nullptr);
    ~ProfileStore() override;

    // <GenericConfigLocation>/Confab/confab.ini, shared by the app and confab-cli.
    static QString defaultSettingsPath();

    static QList<ProviderPreset> presets();
    static std::optional<ProviderPreset> preset(const QString &presetId);

    QString fileName() const;
    // Re-reads the profiles (e.g. after another process changed the file).
    void reload();
    // Writes pending changes to disk and returns false if that failed.
    bool sync();

    QList<ProviderProfile> profiles() const { return m_profiles; }
    std::optional<ProviderProfile> profile(const QString &id) const;
    // By id, else by the name shown in the app (case-insensitive): what a user types.
    std::optional<ProviderProfile> findProfile(const QString &idOrName) const;
    bool contains(const QString &id) const { return indexOf(id) >= 0; }

    // Adds `profile` and returns its id. An empty id is made from the name ("openai", "openai-2"...).
    // Returns an empty string (and adds nothing) if the name is empty, the base URL is not a valid
    // http(s) URL, or the id is already taken. The first profile added becomes the default.
    QString addProfile(const ProviderProfile &profile);
    // Replaces the profile with the same id. False if there is none or the profile is invalid.
    bool updateProfile(const ProviderProfile &profile);
    // False if there is no such profile. If it was the default, the first remaining one becomes
    // the default. The caller deletes the keychain entry (ApiKeyStore::deleteKey).
    bool removeProfile(const QString &id);

    // Empty only when there are no profiles.
    QString defaultProfileId() const;
    std::optional<ProviderProfile> defaultProfile() const;
    bool setDefaultProfileId(const QString &id);

    // App-wide defaults for new requests (sessions may override them).
    QString systemPrompt() const;
    void setSystemPrompt(const QString &prompt);
    std::optional<double> temperature() const; // nullopt: the provider's default
    void setTemperature(std::optional<double> temperature);
    // After a chat's first reply, ask its model for a title (TitleGenerator); on unless turned off.
    bool autoTitles() const;
    void setAutoTitles(bool on);
    // Who names chats (Settings › Titles): empty, the chat's own profile and model; else a profile's
    // id and a model (empty: that profile's own). titleProfile() is that profile with that model,
    // nullopt for the chat's own or a profile that is gone.
    QString titleProfileId() const;
    QString titleModel() const;
    void setTitleProfile(const QString &profileId, const QString &model);
    std::optional<ProviderProfile> titleProfile() const;
    int historyLimit() const; // history messages sent at most; 0: no limit
    void setHistoryLimit(int maxMessages);
    // Until the user chooses: a window most models accept, and it keeps a long chat from
    // being loaded and sent whole.
    static constexpr int DefaultTokenBudget = 32000;
    int tokenBudget() const; // estimated prompt tokens at most; 0: no limit
    void setTokenBudget(int tokens);
    // The model's context in tokens when the user knows better than the server; 0: the server's.
    int contextLength() const;
    void setContextLength(int tokens);
    // The five above as ContextSettings (tokenRatio left at its default).
    ContextSettings contextDefaults() const;

Q_SIGNALS:
    void profilesChanged();
    void defaultProfileChanged(const QString &id);
    void defaultsChanged();

private:
    void load();
    void save();
    // Writes one app-wide default (an invalid value removes it) and emits defaultsChanged().
    void storeDefault(const QString &key, const QVariant &value);
    // A non-negative count where 0 means "no limit" (historyLimit, tokenBudget).
    int limitDefault(const QString &key, int fallback) const;
    void setLimitDefault(const QString &key, int value, int fallback);
    int indexOf(const QString &id) const;
    QString uniqueId(const QString &name) const;
    static bool isValid(const ProviderProfile &profile);

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings;
    QList<ProviderProfile> m_profiles;
};
