#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <optional>

namespace QKeychain {
class Job;
}

// API keys in the OS keychain (Secret Service via libsecret on Linux, Credential Manager on
// Windows, Keychain on macOS), one entry per provider profile: service "Confab", key = profile id.
//
// Keys are never written to QSettings, the database or a log. Where no keychain is available
// there is no plain-text fallback: the key is given for one run only (confab-cli reads
// CONFAB_API_KEY; the app asks and keeps it with setSessionKey(), in memory until it quits).
//
// The async calls answer with exactly one signal each, on the thread the store lives on.
class ApiKeyStore : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        NoError,
        NotFound, // no key stored for this profile
        NoKeychain, // no Secret Service / keychain reachable (e.g. no D-Bus session, no keyring daemon)
        AccessDenied, // the keyring is locked or the user refused access
        Timeout, // the blocking calls gave up waiting
        Other,
    };
    Q_ENUM(Error)

    static constexpr const char *DefaultService = "Confab";
    // Read by keyFromEnvironment(); for confab-cli where no keychain is available.
    static constexpr const char *EnvironmentVariable = "CONFAB_API_KEY";

    explicit ApiKeyStore(QObject *parent = nullptr);
    // `service` other than "Confab" keeps tests away from the user's real entries.
    explicit ApiKeyStore(const QString &service, QObject *parent = nullptr);
    ~ApiKeyStore() override;

    QString service() const { return m_service; }

    // Answered by keyRead() or failed(). A key set with setSessionKey() is answered from
    // memory (still asynchronously) without asking the keychain.
    void readKey(const QString &profileId);
    // Answered by keyWritten() or failed(). On success a session key for the profile is dropped.
    void writeKey(const QString &profileId, const QString &key);
    // Answered by keyDeleted() or failed(). Deleting a missing entry is a success.
    // The session key for the profile is dropped at once.
    void deleteKey(const QString &profileId);

    // Blocking variants for confab-cli: run a local QEventLoop (a QCoreApplication must exist).
    std::optional<QString> readKeyBlocking(const QString &profileId, QString *error = nullptr,
        int timeoutMs = 10000, Error *errorCode = nullptr);
    bool writeKeyBlocking(const QString &profileId, const QString &key, QString *error = nullptr,
        int timeoutMs = 10000, Error *errorCode = nullptr);
    bool deleteKeyBlocking(const QString &profileId, QString *error = nullptr, int timeoutMs = 10000,
        Error *errorCode = nullptr);

    // Keys given for this run only, never persisted (the no-keychain fallback).
    void setSessionKey(const QString &profileId, const QString &key);
    QString sessionKey(const QString &profileId) const { return m_sessionKeys.value(profileId); }
    bool hasSessionKey(const QString &profileId) const { return m_sessionKeys.contains(profileId); }
    void clearSessionKey(const QString &profileId) { m_sessionKeys.remove(profileId); }

    // CONFAB_API_KEY if set and not empty.
    static std::optional<QString> keyFromEnvironment();

    // The user-facing text for a keychain failure: what happened and what to do.
    static QString errorMessage(Error error, const QString &details);

Q_SIGNALS:
    void keyRead(const QString &profileId, const QString &key);
    void keyWritten(const QString &profileId);
    void keyDeleted(const QString &profileId);
    // `message` is for the user (see errorMessage()); it never contains the key.
    void failed(const QString &profileId, const QString &message, ApiKeyStore::Error error);

private:
    enum class Operation { Read, Write, Delete };
    struct Result
    {
        Error error = Error::NoError;
        QString message;
        QString key;
    };

    QKeychain::Job *createJob(Operation op, const QString &profileId, const QString &key);
    static Result resultOf(Operation op, QKeychain::Job *job);
    Result runBlocking(Operation op, const QString &profileId, const QString &key, int timeoutMs);

    QString m_service;
    QHash<QString, QString> m_sessionKeys;
};
