#pragma once

#include <QCoreApplication>
#include <QTextStream>

// confab-cli copy --from PATH_OR_URL --to PATH_OR_URL: every chat of one store into another
// (StoreCopy), with a progress line on stderr. Exit codes as the other commands: 0 all chats
// are in the target, 1 some could not be copied (a rerun copies only those), 2 bad usage.
class CopyCommand
{
    Q_DECLARE_TR_FUNCTIONS(CopyCommand)
public:
    explicit CopyCommand(QTextStream &err);
    int run(const QString &from, const QString &to);

private:
    int usageError(const QString &message);

    QTextStream &m_err;
};
