#include "testutil.h"

#include "storage/sessionstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

QString TestUtil::dbPath(const QTemporaryDir &dir, const QString &name)
{
    const QString path = QDir(dir.path()).filePath(name);
    return onPostgres() ? freshPostgresDatabase(path) : path;
}

bool TestUtil::onPostgres()
{
    return qEnvironmentVariable("CONFAB_TEST_BACKEND") == QLatin1String("postgres");
}

QString TestUtil::freshPostgresDatabase(const QString &key)
{
    QUrl url(qEnvironmentVariable("CONFAB_TEST_POSTGRES_URL"));
    const QString name = QStringLiteral("t_")
        + QString::fromLatin1(
            QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(24));
    const QString admin = QStringLiteral("confab-test-admin");
    {
        QSqlDatabase db = QSqlDatabase::contains(admin)
            ? QSqlDatabase::database(admin)
            : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), admin);
        // A test that stopped and started the server finds this connection dead: open it again.
        if (db.isOpen() && !QSqlQuery(db).exec(QStringLiteral("SELECT 1")))
            db.close();
        if (!db.isOpen()) {
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            if (!db.open())
                qFatal("cannot reach the test server %s: %s", qPrintable(url.toString()),
                    qPrintable(db.lastError().text()));
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
        q.addBindValue(name);
        // The name is made of hex digits only; CREATE DATABASE takes no bound values.
        if (q.exec() && !q.next() && !q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("cannot create a test database: %s", qPrintable(q.lastError().text()));
    }
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
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

int TestUtil::queuedForIndex(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM messages_unindexed")) && q.next() ? q.value(0).toInt()
                                                                                         : -1;
}

int TestUtil::indexedCount(const QSqlDatabase &db, const QString &term)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM messages_fts WHERE messages_fts MATCH ?"));
    q.addBindValue(term);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}
