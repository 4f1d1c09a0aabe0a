#include "views/plainmessagebox.h"

#include <QLabel>

void PlainMessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text);
}

void PlainMessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Critical, title, text);
}

void PlainMessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text);
}

void PlainMessageBox::makePlain(QMessageBox *box)
{
    box->setTextFormat(Qt::PlainText);
    // setTextFormat() leaves the informative text (a label of its own, AutoText) alone.
    if (auto *informative = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"))) {
        informative->setTextFormat(Qt::PlainText);
        informative->setOpenExternalLinks(false);
    }
}

void PlainMessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    makePlain(&box);
    box.exec();
}
