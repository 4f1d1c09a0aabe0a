#pragma once

#include <QString>
#include <QStringView>
#include <cstdio>

// Text from replies, titles and servers goes to a terminal, which obeys control characters:
// ESC sequences can write the clipboard (OSC 52), set the window title, rewrite lines (CR,
// cursor moves) or hide text. Everything confab-cli prints that it did not write itself goes
// through safe(): C0 and C1 control characters and DEL are dropped, except newline and tab.
class TerminalText
{
public:
    static QString safe(QStringView text);
    // Whether `stream` (stdout, stderr) is a terminal, not a pipe or a file.
    static bool isTerminal(FILE *stream);
    // JSON as QJsonDocument writes it escapes C0 controls but leaves DEL and C1 raw: those are
    // escaped here too (\u009b), which keeps the data and the JSON valid.
    static QString safeJson(QStringView json);
};
