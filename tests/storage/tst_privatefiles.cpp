// Chats are private files: modes checked under a permissive umask (0022 and 0000), so nothing
// depends on the user's default; and deleted text does not linger in the database file.
#include "settings/profilestore.h"
#include "storage/privatefiles.h"
#include "storage/sessionexporter.h"
#include "storage/sessionstore.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTest>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {
constexpr QFileDevice::Permissions OwnerRw = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerRwx = OwnerRw | QFileDevice::ExeOwner;

// The permission bits only (Qt also reports ReadUser etc. for the current user).
QFileDevice::Permissions modeOf(const QString &path)
{
    const QFileDevice::Permissions all = QFile::permissions(path);
    return all
        & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
            | QFileDevice::WriteOther | QFileDevice::ExeOther);
}
} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
#ifndef Q_OS_UNIX
        QSKIP("file modes are POSIX; Windows keeps the user's profile private");
#endif
    }

    void cleanup()
    {
#ifdef Q_OS_UNIX
        ::umask(m_savedUmask);
#endif
    }

    void databaseFolderAndFilesAreOwnerOnly_data()
    {
        umasks();
    }
    void databaseFolderAndFilesAreOwnerOnly()
    {
        QFETCH(int, mask);
        setUmask(mask);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("data/Confab"));
        const QString path = folder + QStringLiteral("/confab.sqlite");
        {
            SessionStore store;
            QVERIFY(store.open(path));
            const qint64 id = TestUtil::makeSession(&store, 4, QStringLiteral("private"));
            QVERIFY(id > 0);
            QCOMPARE(modeOf(folder), OwnerRwx);
            for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
                QVERIFY2(QFile::exists(file), qPrintable(file));
                QCOMPARE(modeOf(file), OwnerRw);
            }

            // Exports too, new or replacing a file that was world-readable.
            QString error;
            const QString exported = dir.filePath(QStringLiteral("chat.md"));
            QVERIFY(SessionExporter::exportToFile(
                &store, id, SessionExporter::Format::Markdown, exported, &error));
            QCOMPARE(modeOf(exported), OwnerRw);
            QVERIFY(
                QFile::setPermissions(exported, OwnerRw | QFileDevice::ReadGroup | QFileDevice::ReadOther));
            QVERIFY(
                SessionExporter::exportToFile(&store, id, SessionExporter::Format::Json, exported, &error));
            QCOMPARE(modeOf(exported), OwnerRw);
        }
    }

    void existingWorldReadableDatabaseIsClosedUp()
    {
        setUmask(022);
        QTemporaryDir dir;
        const QString path = TestUtil::dbPath(dir);
        {
            SessionStore store;
            QVERIFY(store.open(path));
            TestUtil::makeSession(&store, 2);
        }
        // As an older Confab left them.
        QVERIFY(QFile::setPermissions(path, OwnerRw | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        SessionStore store;
        QVERIFY(store.open(path));
        TestUtil::makeSession(&store, 2);
        QCOMPARE(modeOf(path), OwnerRw);
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), OwnerRw);
        // A folder the user chose (not Confab's own) keeps its mode.
        QCOMPARE(modeOf(dir.path()) & QFileDevice::ExeOwner, QFileDevice::ExeOwner);
    }

    void settingsAreOwnerOnly_data()
    {
        umasks();
    }
    void settingsAreOwnerOnly()
    {
        QFETCH(int, mask);
        setUmask(mask);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("config/Confab"));
        const QString ini = folder + QStringLiteral("/confab.ini");
        {
            ProfileStore profiles(ini);
            ProviderProfile profile;
            profile.name = QStringLiteral("Local");
            profile.baseUrl = QUrl(QStringLiteral("http://localhost:11434/v1"));
            QVERIFY(!profiles.addProfile(profile).isEmpty());
            QVERIFY(profiles.sync());
        }
        QCOMPARE(modeOf(folder), OwnerRwx);
        QCOMPARE(modeOf(ini), OwnerRw);
        // The app's own QSettings on the same file (window state) saves through QSaveFile.
        {
            QSettings settings(ini, QSettings::IniFormat);
            ProfileStore profiles(&settings);
            settings.setValue(QStringLiteral("window/geometry"), QByteArray("x"));
            settings.sync();
        }
        QCOMPARE(modeOf(ini), OwnerRw);
    }

    void deletedChatsDoNotLingerInTheFile()
    {
        QTemporaryDir dir;
        const QString path = TestUtil::dbPath(dir);
        const QByteArray marker = "zebra-marker-0451-private-text";
        {
            SessionStore store;
            QVERIFY(store.open(path));
            const qint64 keep = TestUtil::makeSession(&store, 2, QStringLiteral("kept"));
            QVERIFY(keep > 0);
            const qint64 gone = store.createSession(QStringLiteral("gone"));
            Message message;
            message.sessionId = gone;
            message.role = QStringLiteral("user");
            // Long enough to sit on pages of its own, the way long replies do.
            message.content = QString::fromLatin1(marker).repeated(200);
            QVERIFY(store.addMessage(message) > 0);
        }
        {
            SessionStore store;
            QVERIFY(store.open(path)); // the text now sits checkpointed in the main file
            const QList<SessionInfo> sessions = store.sessions(10);
            for (const SessionInfo &s : sessions) {
                if (s.title == QLatin1String("gone")) {
                    QVERIFY(store.deleteSession(s.id));
                    QCOMPARE(store.purgeDeleted(s.id), 1);
                }
            }
        }
        QByteArray bytes;
        for (const QString &file : {path, path + QStringLiteral("-wal")}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(!bytes.contains(marker), "deleted text is still in the database file");
    }

private:
    static void umasks()
    {
        QTest::addColumn<int>("mask");
        QTest::newRow("umask 022") << 022;
        QTest::newRow("umask 000") << 0;
    }
    void setUmask(int mask)
    {
#ifdef Q_OS_UNIX
        const mode_t previous = ::umask(mode_t(mask));
        if (!m_umaskSet) {
            m_savedUmask = previous;
            m_umaskSet = true;
        }
#else
        Q_UNUSED(mask)
#endif
    }

#ifdef Q_OS_UNIX
    mode_t m_savedUmask = 022;
#endif
    bool m_umaskSet = false;
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
