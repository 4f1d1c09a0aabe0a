#include "testutil.h"

#include "storage/sessionstore.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>

QString TestUtil::dbPath(const QTemporaryDir &dir, const QString &name)
{
    return QDir(dir.path()).filePath(name);
}

qint64 TestUtil::makeSession(SessionStore *store, int count, const QString &title)
{
    const qint64 session = store->createSession(title);
    qint64 parent = 0;
    for (int i = 0; i < count; ++i) {
        Message m;
        m.sessionId = session;
        m.parentId = parent;
        m.role = i % 2 == 0 ? QStringLiteral("user") : QStringLiteral("assistant");
        m.content
            = QStringLiteral("%1%2").arg(i % 2 == 0 ? QLatin1Char('u') : QLatin1Char('a')).arg(i / 2 + 1);
        parent = store->addMessage(m);
    }
    return session;
}

QString TestUtil::binary(const QString &name)
{
    return QDir(qEnvironmentVariable("CONFAB_BIN_DIR")).filePath(name);
}

TestUtil::CliResult TestUtil::runCli(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(binary(QStringLiteral("confab-cli")), args);
    if (!process.waitForStarted())
        return {};
    QSignalSpy finished(&process, &QProcess::finished);
    if (process.state() != QProcess::NotRunning && !finished.wait(20000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}
