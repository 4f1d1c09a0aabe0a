#include "settings/databasepassword.h"

#include "settings/apikeystore.h"
#include "storage/sessionstore.h"
#include "storage/storelocation.h"

QString DatabasePassword::entry(const QString &location)
{
    const StoreLocation parsed = StoreLocation::parse(location);
    return parsed.isPostgres() ? QStringLiteral("database:") + parsed.keychainId() : QString();
}

bool DatabasePassword::apply(SessionStore *store, const QString &location, QString *error)
{
    const QString id = entry(location);
    if (id.isEmpty())
        return true;
    ApiKeyStore keys;
    ApiKeyStore::Error code = ApiKeyStore::Error::NoError;
    QString message;
    const auto password = keys.readKeyBlocking(id, &message, 10000, &code);
    if (password) {
        store->setPassword(*password);
        return true;
    }
    if (code == ApiKeyStore::Error::AccessDenied) {
        *error = message;
        return false;
    }
    return true; // no entry or no keychain: PGPASSFILE, or the server says what it misses
}
