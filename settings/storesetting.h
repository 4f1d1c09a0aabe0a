#pragma once

#include <QString>

class QSettings;

// Which store the app opens, as chosen in Settings › Database: a file path or a postgresql://
// URL (never a password: that is in the keychain, see DatabasePassword), kept in the settings
// file under "database/location" and used from the next start. --db on the command line wins.
namespace StoreSetting {
// The saved choice; empty when none was made.
QString saved(const QSettings &settings);
void save(QSettings *settings, const QString &location);
// What the app opens: `commandLine` when --db was given, else the saved choice, else
// `fallback` (the default file).
QString choose(const QString &commandLine, bool given, const QSettings &settings, const QString &fallback);
} // namespace StoreSetting
