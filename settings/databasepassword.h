#pragma once

#include <QString>
#include <optional>

class SessionStore;

// The password of a PostgreSQL store lives in the OS keychain beside the API keys (service
// "Confab", entry "database:postgresql://user@host:port/db"), never in the URL or a settings
// file. Without an entry libpq looks in PGPASSFILE (~/.pgpass).
// Blocking (a local event loop): at start-up before any window, or on the Settings page's OK.
namespace DatabasePassword {
// The keychain entry for `location` (empty for a file path).
QString entry(const QString &location);
// The stored password of `location`: empty if there is none, no keychain, or a file path;
// nullopt with `error` set only when the keychain refused access. `service`: the keychain
// service (empty: Confab's).
std::optional<QString> read(const QString &location, QString *error, const QString &service = {});
// Before SessionStore::open(location): hands the stored password to `store`, if there is one.
// False with `error` set only when the keychain refused access.
bool apply(SessionStore *store, const QString &location, QString *error);
// Keeps `password` for `location` in the keychain (an empty one removes the entry).
bool write(const QString &location, const QString &password, QString *error, const QString &service = {});
} // namespace DatabasePassword
