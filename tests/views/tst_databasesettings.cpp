#include "settings/apikeystore.h"
#include "settings/databasepassword.h"
#include "settings/profilestore.h"
#include "settings/storesetting.h"
#include "storage/sessionstore.h"
#include "storage/storecopy.h"
#include "testutil.h"
#include "views/databasepage.h"
#include "views/settingsdialog.h"
#include "views/storecopydialog.h"
#include "views/storeswitch.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTcpServer>
#include <QTest>

// Issue 17: Settings › Database takes a file or a postgresql:// URL, opens it before saving,
// keeps the password in the keychain (never the INI), and the app copies the chats into a new
// store in a worker thread, cancellable and resumable. Runs on SQLite, and as
// tst_databasesettings_postgres with the stores on the server of scripts/with-postgres.sh.
namespace {
const QString KeychainService = QStringLiteral("ConfabDatabasePageTest");
}

class TestDatabaseSettings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    QStringList m_entries; // keychain entries to remove
    QByteArray m_pgpassfile;

    QString iniPath() const { return m_dir->filePath(QStringLiteral("confab.ini")); }
    QString savedInIni() const
    {
        m_settings->sync();
        QFile file(iniPath());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    std::unique_ptr<DatabasePage> page(const QString &inUse = {})
    {
        return std::make_unique<DatabasePage>(
            inUse.isEmpty() ? m_dir->filePath(QStringLiteral("now.sqlite")) : inUse,
            StoreSetting::saved(*m_settings), KeychainService);
    }
    // The test server's password, as scripts/with-postgres.sh wrote it into the PGPASSFILE.
    static QString serverPassword()
    {
        QFile file(qEnvironmentVariable("PGPASSFILE"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readLine()).trimmed().section(QLatin1Char(':'), 4);
    }

private Q_SLOTS:
    void initTestCase() { CONFAB_REQUIRE_BACKEND(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
        m_pgpassfile = qgetenv("PGPASSFILE");
    }

    void cleanup()
    {
        qputenv("PGPASSFILE", m_pgpassfile);
        ApiKeyStore keys(KeychainService);
        for (const QString &entry : std::as_const(m_entries))
            keys.deleteKeyBlocking(entry);
        m_entries.clear();
        m_settings.reset();
        m_dir.reset();
    }

    void refusesWhatIsNeitherAFileNorAServer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("other scheme") << QStringLiteral("mysql://db.example/chats") << QStringLiteral("URL");
        QTest::newRow("no database") << QStringLiteral("postgresql://confab@127.0.0.1:5432")
                                     << QStringLiteral("names no database");
        QTest::newRow("password in the URL")
            << QStringLiteral("postgresql://confab:secret@127.0.0.1/chats") << QStringLiteral("password");
        QTest::newRow("folder") << QString() << QStringLiteral("folder");
        QTest::newRow("empty") << QStringLiteral(" ") << QStringLiteral("No database");
    }

    void refusesWhatIsNeitherAFileNorAServer()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        auto database = page();
        database->locationEdit()->setText(text.isNull() ? m_dir->path() : text);
        QVERIFY(!database->apply(m_settings.get()));
        QVERIFY2(database->statusLabel()->text().contains(says), qPrintable(database->statusLabel()->text()));
        QVERIFY(StoreSetting::saved(*m_settings).isEmpty());
        QVERIFY(!savedInIni().contains(QStringLiteral("secret")));
    }

    void refusesAServerThatCannotBeReached()
    {
        QTcpServer free; // a loopback port nobody listens on once it is closed
        QVERIFY(free.listen(QHostAddress::LocalHost));
        const quint16 port = free.serverPort();
        free.close();
        auto database = page();
        database->locationEdit()->setText(QStringLiteral("postgresql://confab@127.0.0.1:%1/chats").arg(port));
        QVERIFY(database->passwordEdit()->isEnabled());
        QVERIFY(!database->apply(m_settings.get()));
        QVERIFY2(database->statusLabel()->text().contains(QStringLiteral("Cannot open the database")),
            qPrintable(database->statusLabel()->text()));
        QVERIFY(StoreSetting::saved(*m_settings).isEmpty());
    }

    void theDialogStaysOpenOnARefusedDatabase()
    {
        ProfileStore profiles(m_settings.get());
        ApiKeyStore keys(KeychainService);
        QNetworkAccessManager nam;
        SettingsDialog dialog(&profiles, &keys, &nam);
        auto *database
            = new DatabasePage(m_dir->filePath(QStringLiteral("now.sqlite")), {}, KeychainService, &dialog);
        dialog.addPage(database, QStringLiteral("Database"));
        dialog.addCheck(database, [this, database] { return database->apply(m_settings.get()); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        database->locationEdit()->setText(QStringLiteral("https://example.org/chats"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QTabWidget *>()->currentWidget(), database);
        QVERIFY(StoreSetting::saved(*m_settings).isEmpty());

        const QString file = m_dir->filePath(QStringLiteral("chats/new.sqlite"));
        database->locationEdit()->setText(file);
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(StoreSetting::saved(*m_settings), file);
    }

    void aFileIsUsedFromTheNextStartAndDbStillWins()
    {
        CONFAB_SQLITE_ONLY();
        const QString file = m_dir->filePath(QStringLiteral("elsewhere.sqlite"));
        auto database = page();
        QVERIFY(!database->passwordEdit()->isEnabled());
        database->locationEdit()->setText(file);
        QVERIFY(database->isEdited());
        QVERIFY(database->apply(m_settings.get()));
        QVERIFY(QFile::exists(file)); // opened (and so set up) before it was saved
        QCOMPARE(StoreSetting::saved(*m_settings), file);
        const QSettings reread(iniPath(), QSettings::IniFormat);
        QCOMPARE(StoreSetting::choose(
                     QStringLiteral("/default.sqlite"), false, reread, QStringLiteral("/default.sqlite")),
            file);
        QCOMPARE(
            StoreSetting::choose(QStringLiteral("/given.sqlite"), true, reread, QStringLiteral("/d.sqlite")),
            QStringLiteral("/given.sqlite"));
        database->locationEdit()->setText(QStringLiteral("~/chats.sqlite"));
        QCOMPARE(database->location(), QDir::homePath() + QStringLiteral("/chats.sqlite"));
        QVERIFY(!page()->isEdited()); // shows the saved choice
        QCOMPARE(page()->locationEdit()->text(), file);
    }

    void aServerIsSavedWithItsPasswordInTheKeychainOnly()
    {
        if (!TestUtil::onPostgres())
            QSKIP("needs the PostgreSQL server (the _postgres run)");
        const QString password = serverPassword();
        QVERIFY(!password.isEmpty());
        const QString url = TestUtil::freshPostgresDatabase(QStringLiteral("databasepage"));
        qputenv("PGPASSFILE", m_dir->filePath(QStringLiteral("none")).toLocal8Bit()); // only ours counts
        m_entries << DatabasePassword::entry(url);
        auto database = page();
        database->locationEdit()->setText(url);
        database->tlsBox()->setCurrentIndex(database->tlsBox()->findData(QStringLiteral("disable")));
        QVERIFY(!database->apply(m_settings.get())); // no password: the server refuses
        QVERIFY(StoreSetting::saved(*m_settings).isEmpty());

        database->passwordEdit()->setText(password);
        QVERIFY2(database->apply(m_settings.get()), qPrintable(database->statusLabel()->text()));
        const QString saved = StoreSetting::saved(*m_settings);
        QCOMPARE(saved, url + QStringLiteral("?sslmode=disable"));
        QVERIFY(!savedInIni().contains(password));
        QString error;
        QCOMPARE(DatabasePassword::read(saved, &error, KeychainService).value_or(QString()), password);

        // Opened again: the TLS choice in its field, the URL without it, the password from the keychain.
        auto again = page();
        QCOMPARE(again->locationEdit()->text(), url);
        QCOMPARE(again->tlsBox()->currentData().toString(), QStringLiteral("disable"));
        QVERIFY(again->passwordEdit()->text().isEmpty());
        QVERIFY(!again->isEdited());
        QVERIFY2(again->check(), qPrintable(again->statusLabel()->text()));
    }

    void aCancelledCopyGoesOnWhereItStopped()
    {
        SessionStore from;
        QVERIFY(from.open(m_dir->filePath(QStringLiteral("from.sqlite"))));
        for (int i = 0; i < 3; ++i)
            TestUtil::makeSession(&from, 4, QStringLiteral("chat %1").arg(i));
        SessionStore to;
        QVERIFY(to.open(TestUtil::dbPath(*m_dir, QStringLiteral("to.sqlite"))));
        StoreCopy copy(&from, &to);
        const StoreCopy::Progress first = copy.run([&copy](const StoreCopy::Progress &) { copy.cancel(); });
        QCOMPARE(first.copied, 1);
        QCOMPARE(first.done, 1);
        StoreCopy rest(&from, &to);
        const StoreCopy::Progress second = rest.run();
        QCOMPARE(second.copied, 2);
        QCOMPARE(second.skipped, 1);
        QCOMPARE(to.sessionCount(), 3);
    }

    void theAppCopiesTheChatsInAWorkerThread()
    {
        const QString fromPath = m_dir->filePath(QStringLiteral("from.sqlite"));
        const QString toPath = TestUtil::dbPath(*m_dir, QStringLiteral("to.sqlite"));
        {
            SessionStore from;
            QVERIFY(from.open(fromPath));
            for (int i = 0; i < 4; ++i)
                TestUtil::makeSession(&from, 6, QStringLiteral("chat %1").arg(i));
        }
        QVERIFY(!StoreSwitch::sameStore(fromPath, toPath));
        QVERIFY(StoreSwitch::sameStore(fromPath, m_dir->filePath(QStringLiteral("./from.sqlite"))));

        // Cancelled at once: whole chats only (maybe none), the rest on the next run.
        StoreCopyDialog cancelled(fromPath, {}, toPath, {});
        QSignalSpy ended(&cancelled, &StoreCopyDialog::copyFinished);
        cancelled.start();
        cancelled.cancelCopy();
        QVERIFY(ended.wait(PatientWaits::TimeoutMs));
        QVERIFY(cancelled.result().copied < 4 || cancelled.isComplete());
        QVERIFY(cancelled.errors().isEmpty());

        StoreCopyDialog dialog(fromPath, {}, toPath, {});
        QSignalSpy done(&dialog, &StoreCopyDialog::copyFinished);
        dialog.show();
        dialog.start();
        QVERIFY(done.wait(PatientWaits::TimeoutMs));
        QVERIFY2(dialog.isComplete(), qPrintable(dialog.summary()));
        QCOMPARE(dialog.result().skipped, cancelled.result().copied);
        QCOMPARE(dialog.result().copied + dialog.result().skipped, 4);
        QVERIFY(
            dialog.summary().startsWith(QStringLiteral("%1 of 4 chats copied").arg(dialog.result().copied)));

        SessionStore to;
        QVERIFY(to.open(toPath));
        QCOMPARE(to.sessionCount(), 4);
        const QList<SessionInfo> chats = to.sessions(10);
        QCOMPARE(chats.size(), 4);
        QCOMPARE(chats.first().messageCount, 6);

        // A target that cannot be opened: said, nothing copied.
        StoreCopyDialog refused(fromPath, {}, m_dir->path(), {});
        QSignalSpy failed(&refused, &StoreCopyDialog::copyFinished);
        refused.start();
        QVERIFY(failed.wait(PatientWaits::TimeoutMs));
        QVERIFY(!refused.isComplete());
        QVERIFY(!refused.errors().isEmpty());
    }
};

QTEST_MAIN(TestDatabaseSettings)
#include "tst_databasesettings.moc"
