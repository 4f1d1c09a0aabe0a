// ApiKeyStore against the real Secret Service. Run under a private D-Bus session with an
// unlocked keyring: dbus-run-session -- scripts/with-keyring.sh ctest -L keychain
// The no-keychain case runs this binary again with --no-keychain-child and a dead bus address.
#include "settings/apikeystore.h"
#include "settings/profilestore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>

namespace {

const char ChildArgument[] = "--no-keychain-child";
const char ChildKey[] = "sk-child-secret-4242";

QString testService()
{
    return QStringLiteral("Confab-test-%1").arg(QCoreApplication::applicationPid());
}

// Prints "<signal or call>|<error enum>|<message>" lines for the parent test to check.
int runNoKeychainChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    ApiKeyStore store(QStringLiteral("Confab-test-child"));
    const QString id = QStringLiteral("child-profile");
    QTextStream out(stdout);
    const auto name = [](ApiKeyStore::Error e) {
        return QString::fromLatin1(QMetaEnum::fromType<ApiKeyStore::Error>().valueToKey(int(e)));
    };

    QString error;
    ApiKeyStore::Error code = ApiKeyStore::Error::NoError;
    const bool written = store.writeKeyBlocking(id, QString::fromLatin1(ChildKey), &error, 10000, &code);
    out << "write|" << (written ? QStringLiteral("ok") : name(code)) << '|' << error << '\n';

    error.clear();
    const std::optional<QString> read = store.readKeyBlocking(id, &error, 10000, &code);
    out << "read|" << (read ? QStringLiteral("ok") : name(code)) << '|' << error << '\n';

    QObject::connect(&store, &ApiKeyStore::failed, &app,
        [&](const QString &, const QString &message, ApiKeyStore::Error e) {
            out << "failed|" << name(e) << '|' << message << '\n';
            app.quit();
        });
    QObject::connect(&store, &ApiKeyStore::keyRead, &app, [&](const QString &, const QString &) {
        out << "keyRead|ok|\n";
        app.quit();
    });
    store.readKey(id);
    QTimer::singleShot(15000, &app, [&] { app.exit(3); });
    const int rc = app.exec();

    // The fallback: a key given for this run only.
    store.setSessionKey(id, QStringLiteral("sk-session"));
    const std::optional<QString> session = store.readKeyBlocking(id, &error, 1000, &code);
    out << "session|" << (session == QStringLiteral("sk-session") ? QStringLiteral("ok") : name(code))
        << "|\n";
    out.flush();
    return rc;
}

} // namespace

class TestApiKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run under `dbus-run-session -- scripts/with-keyring.sh`");
#endif
        ApiKeyStore probe(testService());
        QString error;
        QVERIFY2(probe.writeKeyBlocking(QStringLiteral("probe"), QStringLiteral("x"), &error, 20000),
            qPrintable(QStringLiteral("The keychain is not usable here (run under "
                                      "scripts/with-keyring.sh): ")
                + error));
        QVERIFY(probe.deleteKeyBlocking(QStringLiteral("probe"), &error));
    }

    void asyncRoundTrip()
    {
        ApiKeyStore store(testService());
        const QString id = QStringLiteral("profile-async");
        QSignalSpy written(&store, &ApiKeyStore::keyWritten);
        QSignalSpy read(&store, &ApiKeyStore::keyRead);
        QSignalSpy deleted(&store, &ApiKeyStore::keyDeleted);
        QSignalSpy failed(&store, &ApiKeyStore::failed);

        store.writeKey(id, QStringLiteral("sk-first"));
        QVERIFY(written.wait(20000));
        QCOMPARE(written.at(0).at(0).toString(), id);

        store.readKey(id);
        QVERIFY(read.wait(20000));
        QCOMPARE(read.at(0).at(0).toString(), id);
        QCOMPARE(read.at(0).at(1).toString(), QStringLiteral("sk-first"));

        // Overwrite.
        store.writeKey(id, QStringLiteral("sk-second ünïcode"));
        QVERIFY(written.wait(20000));
        store.readKey(id);
        QVERIFY(read.wait(20000));
        QCOMPARE(read.at(1).at(1).toString(), QStringLiteral("sk-second ünïcode"));

        store.deleteKey(id);
        QVERIFY(deleted.wait(20000));
        QCOMPARE(deleted.at(0).at(0).toString(), id);

        store.readKey(id);
        QVERIFY(failed.wait(20000));
        QCOMPARE(read.size(), 2);
        QCOMPARE(failed.at(0).at(0).toString(), id);
        QCOMPARE(failed.at(0).at(2).value<ApiKeyStore::Error>(), ApiKeyStore::Error::NotFound);
        QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("not found")),
            qPrintable(failed.at(0).at(1).toString()));

        // Deleting a key that is not there is not an error.
        store.deleteKey(id);
        QVERIFY(deleted.wait(20000));
        QCOMPARE(failed.size(), 1);
    }

    void blockingRoundTrip()
    {
        ApiKeyStore store(testService());
        const QString id = QStringLiteral("profile-blocking");
        QString error;
        ApiKeyStore::Error code = ApiKeyStore::Error::Other;
        QVERIFY2(store.writeKeyBlocking(id, QStringLiteral("sk-one"), &error), qPrintable(error));
        QCOMPARE(store.readKeyBlocking(id, &error), std::optional<QString>(QStringLiteral("sk-one")));
        QVERIFY2(store.writeKeyBlocking(id, QStringLiteral("sk-two"), &error), qPrintable(error));
        QCOMPARE(store.readKeyBlocking(id, &error, 10000, &code),
            std::optional<QString>(QStringLiteral("sk-two")));
        QCOMPARE(code, ApiKeyStore::Error::NoError);
        QVERIFY2(store.deleteKeyBlocking(id, &error), qPrintable(error));
        error.clear();
        QCOMPARE(store.readKeyBlocking(id, &error, 10000, &code), std::nullopt);
        QCOMPARE(code, ApiKeyStore::Error::NotFound);
        QVERIFY(error.contains(QStringLiteral("not found")));
    }

    void profilesAreSeparateEntries()
    {
        ApiKeyStore store(testService());
        QString error;
        QVERIFY(store.writeKeyBlocking(QStringLiteral("a"), QStringLiteral("key-a"), &error));
        QVERIFY(store.writeKeyBlocking(QStringLiteral("b"), QStringLiteral("key-b"), &error));
        QCOMPARE(store.readKeyBlocking(QStringLiteral("a")), std::optional<QString>(QStringLiteral("key-a")));
        QCOMPARE(store.readKeyBlocking(QStringLiteral("b")), std::optional<QString>(QStringLiteral("key-b")));
        // Another service does not see them.
        ApiKeyStore other(testService() + QStringLiteral("-other"));
        QCOMPARE(other.readKeyBlocking(QStringLiteral("a")), std::nullopt);
        QVERIFY(store.deleteKeyBlocking(QStringLiteral("a")));
        QVERIFY(store.deleteKeyBlocking(QStringLiteral("b")));
    }

    void keyNeverInSettings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ini = dir.filePath(QStringLiteral("confab.ini"));
        const QString secret = QStringLiteral("sk-must-not-leak-7f3a9c");
        ApiKeyStore keys(testService());
        {
            ProfileStore profiles(ini);
            const QString id
                = profiles.addProfile(ProfileStore::preset(QStringLiteral("openai"))->toProfile());
            QVERIFY(!id.isEmpty());
            QString error;
            QVERIFY2(keys.writeKeyBlocking(id, secret, &error), qPrintable(error));
            profiles.setSystemPrompt(QStringLiteral("hello"));
            QVERIFY(profiles.sync());
            QCOMPARE(keys.readKeyBlocking(id), std::optional<QString>(secret));
            QVERIFY(keys.deleteKeyBlocking(id));
        }
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains("openai")); // the profile is there...
        QVERIFY(!contents.contains(secret.toUtf8())); // ...its key is not
        QVERIFY(!contents.toLower().contains("apikey"));
    }

    void sessionKeys()
    {
        ApiKeyStore store(testService());
        const QString id = QStringLiteral("profile-session");
        QVERIFY(!store.hasSessionKey(id));
        store.setSessionKey(id, QStringLiteral("sk-memory"));
        QVERIFY(store.hasSessionKey(id));
        QCOMPARE(store.sessionKey(id), QStringLiteral("sk-memory"));

        // readKey answers from memory, still asynchronously.
        QSignalSpy read(&store, &ApiKeyStore::keyRead);
        store.readKey(id);
        QCOMPARE(read.size(), 0);
        QVERIFY(read.wait(5000));
        QCOMPARE(read.at(0).at(1).toString(), QStringLiteral("sk-memory"));
        QCOMPARE(store.readKeyBlocking(id), std::optional<QString>(QStringLiteral("sk-memory")));

        // Nothing reached the keychain.
        ApiKeyStore fresh(testService());
        ApiKeyStore::Error code = ApiKeyStore::Error::NoError;
        QCOMPARE(fresh.readKeyBlocking(id, nullptr, 10000, &code), std::nullopt);
        QCOMPARE(code, ApiKeyStore::Error::NotFound);

        // deleteKey forgets it.
        QSignalSpy deleted(&store, &ApiKeyStore::keyDeleted);
        store.deleteKey(id);
        QVERIFY(!store.hasSessionKey(id));
        QVERIFY(deleted.wait(20000));
    }

    void keyFromEnvironment()
    {
        qunsetenv(ApiKeyStore::EnvironmentVariable);
        QCOMPARE(ApiKeyStore::keyFromEnvironment(), std::nullopt);
        qputenv(ApiKeyStore::EnvironmentVariable, " sk-env \n");
        QCOMPARE(ApiKeyStore::keyFromEnvironment(), std::optional<QString>(QStringLiteral("sk-env")));
        qunsetenv(ApiKeyStore::EnvironmentVariable);
    }

    void noKeychainGivesClearError()
    {
#if !defined(Q_OS_UNIX) || defined(Q_OS_DARWIN)
        QSKIP("Only the Secret Service (D-Bus) keychain can be made unreachable by the environment");
#endif
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-such-bus-socket")));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("XDG_CURRENT_DESKTOP"));
        env.remove(QStringLiteral("DISPLAY"));

        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(ChildArgument)});
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(out + err));

        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        for (const QString &prefix :
            {QStringLiteral("write|"), QStringLiteral("read|"), QStringLiteral("failed|")}) {
            const auto line = std::find_if(
                lines.begin(), lines.end(), [&](const QString &l) { return l.startsWith(prefix); });
            QVERIFY2(line != lines.end(), qPrintable(out));
            QVERIFY2(line->startsWith(prefix + QStringLiteral("NoKeychain|")), qPrintable(*line));
            QVERIFY2(line->contains(QStringLiteral("No keychain is available")), qPrintable(*line));
            QVERIFY2(line->contains(QStringLiteral("CONFAB_API_KEY")), qPrintable(*line));
            QVERIFY2(line->contains(QStringLiteral("never saves keys in plain text")), qPrintable(*line));
        }
        QVERIFY2(lines.contains(QStringLiteral("session|ok|")), qPrintable(out));

        // No plain-text fallback anywhere under the child's home.
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(ChildKey), qPrintable(file.fileName()));
        }
        QVERIFY(!(out + err).contains(QString::fromLatin1(ChildKey))); // and not in its output or logs
    }
};

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], ChildArgument) == 0)
        return runNoKeychainChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestApiKeyStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_apikeystore.moc"
