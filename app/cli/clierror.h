#pragma once

#include <QCoreApplication>
#include <QTextStream>

// How every confab-cli command reports that it stops: "confab-cli: MESSAGE" on stderr, the
// message through TerminalText::safe() (it often carries a server's or a file's text).
class CliError
{
    Q_DECLARE_TR_FUNCTIONS(CliError)
public:
    // Wrong arguments: the message and the hint to --help; returns the exit code 2.
    static int usage(QTextStream &err, const QString &message);
    // Anything else that failed; returns the exit code 1.
    static int failure(QTextStream &err, const QString &message);
};
