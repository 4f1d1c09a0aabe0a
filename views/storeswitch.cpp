#include "views/storeswitch.h"

#include "settings/databasepassword.h"
#include "storage/storelocation.h"
#include "views/plainmessagebox.h"
#include "views/storecopydialog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StoreSwitch", text);
}

QString identity(const QString &location)
{
    const StoreLocation parsed = StoreLocation::parse(location);
    return parsed.isPostgres() ? parsed.keychainId() : QFileInfo(location).absoluteFilePath();
}

} // namespace

bool StoreSwitch::sameStore(const QString &a, const QString &b)
{
    return identity(a) == identity(b);
}

void StoreSwitch::offerCopy(QWidget *parent, const QString &inUse, const QString &chosen,
    const QString &chosenPassword, const QString &keychainService)
{
    if (sameStore(inUse, chosen))
        return;
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Database"));
    box.setText(tr("Confab uses %1 from its next start.").arg(StoreLocation::redacted(chosen)));
    box.setInformativeText(tr("Copy the chats of the database in use now into it? Chats it has already "
                              "are skipped; the database in use now is not changed."));
    QPushButton *copy = box.addButton(tr("&Copy the chats"), QMessageBox::AcceptRole);
    box.addButton(tr("&Not now"), QMessageBox::RejectRole);
    box.setDefaultButton(copy);
    PlainMessageBox::makePlain(&box);
    box.exec();
    if (box.clickedButton() != copy)
        return;
    QString error;
    const std::optional<QString> fromPassword = DatabasePassword::read(inUse, &error, keychainService);
    std::optional<QString> toPassword = chosenPassword;
    if (chosenPassword.isEmpty())
        toPassword = DatabasePassword::read(chosen, &error, keychainService);
    if (!fromPassword || !toPassword) {
        PlainMessageBox::warning(parent, tr("Database"),
            tr("The keychain refused access to the database password: %1").arg(error));
        return;
    }
    StoreCopyDialog dialog(inUse, *fromPassword, chosen, *toPassword, parent);
    dialog.start();
    dialog.exec();
}
