#pragma once

#include <QString>

class QWidget;

// After Settings › Database chose another store: says that it is used from the next start and
// offers to copy the chats of the store in use into it (StoreCopyDialog, cancellable; a second
// copy goes on where the first stopped).
namespace StoreSwitch {
// `chosenPassword`: as typed on the page (empty: the keychain's, or ~/.pgpass).
void offerCopy(QWidget *parent, const QString &inUse, const QString &chosen, const QString &chosenPassword,
    const QString &keychainService);
// Both name one store: the same file or the same server database.
bool sameStore(const QString &a, const QString &b);
} // namespace StoreSwitch
