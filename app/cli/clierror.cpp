#include "clierror.h"

#include "terminaltext.h"

int CliError::usage(QTextStream &err, const QString &message)
{
    err << "confab-cli: " << TerminalText::safe(message) << "\n"
        << tr("Try 'confab-cli --help'.") << Qt::endl;
    return 2;
}

int CliError::failure(QTextStream &err, const QString &message)
{
    err << "confab-cli: " << TerminalText::safe(message) << Qt::endl;
    return 1;
}
