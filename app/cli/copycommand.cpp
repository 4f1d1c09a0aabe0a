#include "copycommand.h"

#include "clierror.h"
#include "settings/databasepassword.h"
#include "storage/sessionstore.h"
#include "storage/storecopy.h"
#include "storage/storelocation.h"
#include "terminaltext.h"

#include <QFileInfo>
#include <cstdio>

namespace {

// Both ends name one store the same way only if they are the same file or the same URL.
QString identity(const QString &location)
{
    return StoreLocation::parse(location).isPostgres() ? location.trimmed()
                                                       : QFileInfo(location).absoluteFilePath();
}

} // namespace

CopyCommand::CopyCommand(QTextStream &err)
    : m_err(err)
{ }

int CopyCommand::usageError(const QString &message)
{
    return CliError::usage(m_err, message);
}

int CopyCommand::run(const QString &from, const QString &to)
{
    if (from.isEmpty() || to.isEmpty())
        return usageError(tr("copy needs --from PATH_OR_URL and --to PATH_OR_URL"));
    for (const QString &location : {from, to}) {
        if (const QString problem = SessionStore::pathProblem(location); !problem.isEmpty())
            return usageError(problem);
    }
    if (identity(from) == identity(to))
        return usageError(tr("--from and --to are the same store"));
    if (!StoreLocation::parse(from).isPostgres() && !QFileInfo::exists(from))
        return usageError(tr("there is no database %1 to copy from").arg(from));

    SessionStore source;
    SessionStore target;
    for (auto [store, location] : {std::pair {&source, from}, std::pair {&target, to}}) {
        store->setExternalPollInterval(0);
        QString keychainError;
        if (!DatabasePassword::apply(store, location, &keychainError)) {
            m_err << "confab-cli: "
                  << tr("the keychain refused access to the database password: %1").arg(keychainError)
                  << Qt::endl;
            return 1;
        }
        if (!store->open(location)) {
            m_err << "confab-cli: " << TerminalText::safe(store->lastError()) << Qt::endl;
            return 1;
        }
    }

    // On a terminal the line is rewritten in place; in a log every step is a line of its own.
    const bool terminal = TerminalText::isTerminal(stderr);
    StoreCopy copy(&source, &target);
    const StoreCopy::Progress done = copy.run([&](const StoreCopy::Progress &p) {
        m_err << (terminal ? "\r" : "")
              << tr("copy: %1/%2 chats (%3 copied, %4 already there, %5 failed)")
                     .arg(p.done)
                     .arg(p.total)
                     .arg(p.copied)
                     .arg(p.skipped)
                     .arg(p.failed)
              << (terminal ? "" : "\n");
        m_err.flush();
    });
    if (terminal)
        m_err << "\n";
    for (const QString &error : copy.errors())
        m_err << "confab-cli: " << TerminalText::safe(error) << "\n";
    if (done.failed > 0 || done.done < done.total) {
        m_err << tr("Not everything was copied; run the same command again to copy the rest.") << Qt::endl;
        return 1;
    }
    m_err.flush();
    return 0;
}
