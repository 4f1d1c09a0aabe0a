#pragma once

#include <QString>

class QPrinter;

// Prints a chat through the same self-contained HTML as the HTML export
// (SessionExporter::toHtml), laid out by QTextDocument, which loads no resource of any kind.
class ChatPrinter
{
public:
    static void print(const QString &html, QPrinter *printer);
};
