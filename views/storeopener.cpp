#include "views/storeopener.h"

#include "storage/sessionstore.h"
#include "views/plainmessagebox.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace StoreOpener {

bool open(SessionStore *store, const QString &chosen, QWidget *parent, const QString &fallback)
{
    QString path = chosen;
    bool offerFallback = !fallback.isEmpty() && fallback != chosen;
    while (!store->open(path)) {
        QMessageBox box(parent);
        box.setIcon(QMessageBox::Critical);
        box.setWindowTitle(QCoreApplication::translate("StoreOpener", "Confab"));
        box.setText(QCoreApplication::translate("StoreOpener", "Confab could not open its chat database."));
        box.setInformativeText(
            QCoreApplication::translate("StoreOpener", "%1\n\nFile: %2").arg(store->lastError(), path));
        // Only a damaged file may be moved aside; a newer, locked or unreadable one is healthy.
        const bool damaged = store->openError() == SessionStore::OpenError::Damaged;
        QPushButton *fresh = damaged ? box.addButton(QCoreApplication::translate("StoreOpener",
                                                         "Move the damaged file aside and start fresh"),
                                 QMessageBox::AcceptRole)
                                     : nullptr;
        QPushButton *retry = damaged || store->openError() == SessionStore::OpenError::NewerVersion
            ? nullptr
            : box.addButton(QCoreApplication::translate("StoreOpener", "Try again"), QMessageBox::AcceptRole);
        QPushButton *useFallback = offerFallback
            ? box.addButton(QCoreApplication::translate("StoreOpener", "Use the default database this time"),
                QMessageBox::AcceptRole)
            : nullptr;
        QPushButton *quit
            = box.addButton(QCoreApplication::translate("StoreOpener", "Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(quit);
        PlainMessageBox::makePlain(&box);
        box.exec();
        if (retry && box.clickedButton() == retry)
            continue;
        if (useFallback && box.clickedButton() == useFallback) {
            path = fallback; // Settings keeps its choice: fixed there, it is used next time
            offerFallback = false;
            continue;
        }
        if (!fresh || box.clickedButton() != fresh)
            return false;
        const QString movedTo = SessionStore::moveAside(path);
        if (movedTo.isEmpty()) {
            PlainMessageBox::critical(parent, QCoreApplication::translate("StoreOpener", "Confab"),
                QCoreApplication::translate("StoreOpener",
                    "The file could not be moved aside. Check the "
                    "permissions of its folder, then start Confab again."));
            return false;
        }
        PlainMessageBox::information(parent, QCoreApplication::translate("StoreOpener", "Confab"),
            QCoreApplication::translate("StoreOpener",
                "The old file was kept as %1. Confab starts with an "
                "empty database.")
                .arg(movedTo));
    }
    return true;
}

} // namespace StoreOpener
