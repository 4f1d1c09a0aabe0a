#pragma once

#include <QString>

// Chats, settings and exports are private: folders Confab creates are 0700, its files 0600,
// whatever the umask (permissions are set explicitly, not left to the default mode). On Windows
// the user's profile folder already keeps them private; these calls change nothing there.
class PrivateFiles
{
public:
    // Creates `path` (and missing parents) if needed; a folder it creates is owner-only.
    // `alwaysPrivate`: make an existing folder owner-only too (Confab's own data folder).
    static bool ensureDir(const QString &path, bool alwaysPrivate = false);
    // Owner read/write only, if `path` exists.
    static bool restrict(const QString &path);
    // The folder of `path` as ensureDir(), then `path` created empty if missing, owner-only.
    // Saving through QSaveFile (QSettings does) keeps the mode of the file it replaces.
    static bool prepareFile(const QString &path);
};
