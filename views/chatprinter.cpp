#include "views/chatprinter.h"

#include <QPrinter>
#include <QTextDocument>

void ChatPrinter::print(const QString &html, QPrinter *printer)
{
    QTextDocument document;
    document.setHtml(html);
    document.print(printer);
}
