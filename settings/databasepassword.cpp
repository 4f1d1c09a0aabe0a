#include "settings/databasepassword.h"

#include "settings/apikeystore.h"
#include "storage/sessionstore.h"
#include "storage/storelocation.h"

#include <memory>

namespace {

constexpr int KeychainTimeoutMs = 10000;

std::unique_ptr<ApiKeyStore> keychain(const QString &service)
{
    return service.isEmpty() ? std::make_unique<ApiKeyStore>() : std::make_unique<ApiKeyStore>(service);
}

} // namespace

QString DatabasePassword::entry(const QString &location)
{
    const StoreLocation parsed = StoreLocation::parse(location);
    return parsed.isPostgres() ? QStringLiteral("database:") + parsed.keychainId() : QString();
}

std::optional<QString> DatabasePassword::read(const QString &location, QString *error, const QString &service)
{
    const QString id = entry(location);
    if (id.isEmpty())
        return QString();
    ApiKeyStore::Error code = ApiKeyStore::Error::NoError;
    QString message;
    const auto password = keychain(service)->readKeyBlocking(id, &message, KeychainTimeoutMs, &code);
    if (password)
        return *password;
    if (code == ApiKeyStore::Error::AccessDenied) {
        *error = message;
        return std::nullopt;
    }
    return QString(); // no entry or no keychain: PGPASSFILE, or the server says what it misses
}

bool DatabasePassword::apply(SessionStore *store, const QString &location, QString *error)
{
    const std::optional<QString> password = read(location, error);
    if (!password)
        return false;
    if (!password->isEmpty())
        store->setPassword(*password);
    return true;
}

bool DatabasePassword::write(
    const QString &location, const QString &password, QString *error, const QString &service)
{
    const QString id = entry(location);
    if (id.isEmpty())
        return true;
    const auto keys = keychain(service);
    return password.isEmpty() ? keys->deleteKeyBlocking(id, error, KeychainTimeoutMs)
                              : keys->writeKeyBlocking(id, password, error, KeychainTimeoutMs);
}
