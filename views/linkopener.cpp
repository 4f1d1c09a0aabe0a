#include "views/linkopener.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>

bool LinkOpener::isWebLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("mailto"))
        return !url.path().isEmpty();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty();
}

bool LinkOpener::open(const QUrl &url, QWidget *parent)
{
    if (!url.isValid())
        return false;
    if (!isWebLink(url)) {
        QMessageBox box(parent);
        box.setIcon(QMessageBox::Warning);
        box.setWindowTitle(tr("Open link"));
        box.setTextFormat(Qt::PlainText);
        // The encoded form: nothing in the URL can hide behind look-alike or invisible characters.
        box.setText(tr("This link is not a web address. Open it only if you trust it:\n\n%1")
                        .arg(url.toString(QUrl::FullyEncoded)));
        QPushButton *openButton = box.addButton(tr("&Open"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != openButton)
            return false;
    }
    return QDesktopServices::openUrl(url);
}
