#include "settings/apikeystore.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "confab.keychain")

namespace {

// libsecret reports an unreachable Secret Service (no session bus, no keyring daemon,
// no activatable service) as QKeychain::OtherError with GLib's D-Bus error text.
bool looksLikeMissingService(const QString &details)
{
    static const char *const hints[] = {
        "dbus",
        "d-bus",
        "org.freedesktop.secrets",
        "secret service",
        "serviceunknown",
        "could not connect",
        "cannot autolaunch",
        "not provided by any .service files",
        "no such file or directory",
        "connection refused",
    };
    const QString lower = details.toLower();
    for (const char *hint : hints) {
        if (lower.contains(QLatin1String(hint)))
            return true;
    }
    return false;
}

ApiKeyStore::Error fromKeychainError(QKeychain::Error error, const QString &details)
{
    switch (error) {
    case QKeychain::NoError:
        return ApiKeyStore::Error::NoError;
    case QKeychain::EntryNotFound:
        return ApiKeyStore::Error::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return ApiKeyStore::Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return ApiKeyStore::Error::NoKeychain;
    case QKeychain::OtherError:
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        // On Linux/BSD OtherError nearly always means the Secret Service could not be used.
        Q_UNUSED(details)
        return ApiKeyStore::Error::NoKeychain;
#else
        return looksLikeMissingService(details) ? ApiKeyStore::Error::NoKeychain : ApiKeyStore::Error::Other;
#endif
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return looksLikeMissingService(details) ? ApiKeyStore::Error::NoKeychain : ApiKeyStore::Error::Other;
}

} // namespace

ApiKeyStore::ApiKeyStore(QObject *parent)
    : ApiKeyStore(QString::fromLatin1(DefaultService), parent)
{ }

ApiKeyStore::ApiKeyStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

ApiKeyStore::~ApiKeyStore() = default;

QString ApiKeyStore::errorMessage(Error error, const QString &details)
{
    const QString suffix = details.isEmpty() ? QString() : tr(" (%1)").arg(details);
    switch (error) {
    case Error::NoError:
        return QString();
    case Error::NotFound:
        return tr("No API key is stored for this profile (not found in the keychain).");
    case Error::NoKeychain:
        return tr("No keychain is available to store API keys%1. Confab never saves keys in plain text. "
                  "On Linux, run a Secret Service such as GNOME Keyring or KWallet, with an unlocked default "
                  "keyring, in your desktop session (it needs a D-Bus session bus). Until then, give the key "
                  "for each run: confab-cli reads "
                  "it from the %2 environment variable, and the app asks for it and keeps it in memory "
                  "only until you quit.")
            .arg(suffix, QString::fromLatin1(EnvironmentVariable));
    case Error::AccessDenied:
        return tr("Access to the keychain was denied%1. Unlock your keyring (or allow Confab to use it) "
                  "and try again.")
            .arg(suffix);
    case Error::Timeout:
        return tr("The keychain did not answer in time%1. Check that your keyring is unlocked and not "
                  "waiting for a password prompt.")
            .arg(suffix);
    case Error::Other:
        break;
    }
    return tr("The keychain reported an error%1.").arg(suffix);
}

std::optional<QString> ApiKeyStore::keyFromEnvironment()
{
    const QString key = qEnvironmentVariable(EnvironmentVariable).trimmed();
    if (key.isEmpty())
        return std::nullopt;
    return key;
}

void ApiKeyStore::setSessionKey(const QString &profileId, const QString &key)
{
    m_sessionKeys.insert(profileId, key);
}

QKeychain::Job *ApiKeyStore::createJob(Operation op, const QString &profileId, const QString &key)
{
    // Jobs are not parented to the store: a job deleted while libsecret still runs its callback
    // would crash. They delete themselves once finished (autoDelete).
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(key);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text
    job->setKey(profileId);
    return job;
}

ApiKeyStore::Result ApiKeyStore::resultOf(Operation op, QKeychain::Job *job)
{
    Result result;
    result.error = fromKeychainError(job->error(), job->errorString());
    if (op == Operation::Delete && result.error == Error::NotFound)
        result.error = Error::NoError; // already gone
    if (result.error == Error::NoError) {
        if (op == Operation::Read)
            result.key = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        return result;
    }
    result.message
        = errorMessage(result.error, result.error == Error::NotFound ? QString() : job->errorString());
    return result;
}

void ApiKeyStore::readKey(const QString &profileId)
{
    if (m_sessionKeys.contains(profileId)) {
        const QString key = m_sessionKeys.value(profileId);
        QMetaObject::invokeMethod(
            this, [this, profileId, key] { Q_EMIT keyRead(profileId, key); }, Qt::QueuedConnection);
        return;
    }
    QKeychain::Job *job = createJob(Operation::Read, profileId, QString());
    connect(job, &QKeychain::Job::finished, this, [this, profileId](QKeychain::Job *finishedJob) {
        const Result result = resultOf(Operation::Read, finishedJob);
        if (result.error == Error::NoError) {
            Q_EMIT keyRead(profileId, result.key);
        } else {
            qCInfo(lcKeychain) << "reading the key of profile" << profileId << "failed:" << result.error;
            Q_EMIT failed(profileId, result.message, result.error);
        }
    });
    job->start();
}

void ApiKeyStore::writeKey(const QString &profileId, const QString &key)
{
    QKeychain::Job *job = createJob(Operation::Write, profileId, key);
    connect(job, &QKeychain::Job::finished, this, [this, profileId](QKeychain::Job *finishedJob) {
        const Result result = resultOf(Operation::Write, finishedJob);
        if (result.error == Error::NoError) {
            m_sessionKeys.remove(profileId);
            Q_EMIT keyWritten(profileId);
        } else {
            qCWarning(lcKeychain) << "storing the key of profile" << profileId << "failed:" << result.error;
            Q_EMIT failed(profileId, result.message, result.error);
        }
    });
    job->start();
}

void ApiKeyStore::deleteKey(const QString &profileId)
{
    m_sessionKeys.remove(profileId);
    QKeychain::Job *job = createJob(Operation::Delete, profileId, QString());
    connect(job, &QKeychain::Job::finished, this, [this, profileId](QKeychain::Job *finishedJob) {
        const Result result = resultOf(Operation::Delete, finishedJob);
        if (result.error == Error::NoError) {
            Q_EMIT keyDeleted(profileId);
        } else {
            qCWarning(lcKeychain) << "deleting the key of profile" << profileId << "failed:" << result.error;
            Q_EMIT failed(profileId, result.message, result.error);
        }
    });
    job->start();
}

ApiKeyStore::Result ApiKeyStore::runBlocking(
    Operation op, const QString &profileId, const QString &key, int timeoutMs)
{
    QEventLoop loop;
    auto result = std::make_shared<Result>();
    bool done = false;
    QKeychain::Job *job = createJob(op, profileId, key);
    // `loop` as context: if we time out, the job's late answer goes nowhere.
    connect(job, &QKeychain::Job::finished, &loop, [&loop, &done, result, op](QKeychain::Job *finishedJob) {
        *result = resultOf(op, finishedJob);
        done = true;
        loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (timeoutMs > 0)
        timer.start(timeoutMs);
    job->start();
    loop.exec();
    if (!done) {
        result->error = Error::Timeout;
        result->message = errorMessage(Error::Timeout, QString());
        qCWarning(lcKeychain) << "keychain timed out for profile" << profileId;
    }
    return *result;
}

std::optional<QString> ApiKeyStore::readKeyBlocking(
    const QString &profileId, QString *error, int timeoutMs, Error *errorCode)
{
    if (m_sessionKeys.contains(profileId)) {
        if (errorCode)
            *errorCode = Error::NoError;
        return m_sessionKeys.value(profileId);
    }
    const Result result = runBlocking(Operation::Read, profileId, QString(), timeoutMs);
    if (errorCode)
        *errorCode = result.error;
    if (result.error != Error::NoError) {
        if (error)
            *error = result.message;
        return std::nullopt;
    }
    return result.key;
}

bool ApiKeyStore::writeKeyBlocking(
    const QString &profileId, const QString &key, QString *error, int timeoutMs, Error *errorCode)
{
    const Result result = runBlocking(Operation::Write, profileId, key, timeoutMs);
    if (errorCode)
        *errorCode = result.error;
    if (result.error != Error::NoError) {
        if (error)
            *error = result.message;
        return false;
    }
    m_sessionKeys.remove(profileId);
    return true;
}

bool ApiKeyStore::deleteKeyBlocking(const QString &profileId, QString *error, int timeoutMs, Error *errorCode)
{
    m_sessionKeys.remove(profileId);
    const Result result = runBlocking(Operation::Delete, profileId, QString(), timeoutMs);
    if (errorCode)
        *errorCode = result.error;
    if (result.error != Error::NoError) {
        if (error)
            *error = result.message;
        return false;
    }
    return true;
}
