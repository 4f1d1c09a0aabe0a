#pragma once

#include <QMessageBox>

// QMessageBox's static helpers show their text as AutoText (rich text when it looks like HTML):
// an error that carries a server's body, a file name or a title could then render markup or
// load an image. These show it as the plain text it is.
class PlainMessageBox
{
public:
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    // For a box built by hand: its text and informative text as plain text.
    static void makePlain(QMessageBox *box);

private:
    static void show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text);
};
