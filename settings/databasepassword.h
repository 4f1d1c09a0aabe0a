#pragma once

#include <QString>

class SessionStore;

// The password of a PostgreSQL store lives in the OS keychain beside the API keys (service
// "Confab", entry "database:postgresql://user@host:port/db"), never in the URL or a settings
// file. Without an entry libpq looks in PGPASSFILE (~/.pgpass).
namespace DatabasePassword {
// The keychain entry for `location` (empty for a file path).
QString entry(const QString &location);
// Before SessionStore::open(location): hands the stored password to `store`, if there is one.
// Blocking (at start-up, before any window); false with `error` set only when the keychain
// refused access.
bool apply(SessionStore *store, const QString &location, QString *error);
} // namespace DatabasePassword
