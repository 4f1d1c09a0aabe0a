#pragma once

#include <QString>

class QWidget;
class SessionStore;

// Opens the database for the app. If that fails, says why and offers to move the damaged
// file aside and start fresh, or to quit. Never deletes anything.
namespace StoreOpener {
// False when the user chose to quit. `fallback` (a store chosen in Settings failed): also offers
// to open that one (the default file) for this run, leaving the choice as it is.
bool open(SessionStore *store, const QString &path, QWidget *parent = nullptr, const QString &fallback = {});
} // namespace StoreOpener
