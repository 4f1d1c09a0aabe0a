// SessionManager without a window: which chat is open, delete/undo/purge, titles, and the
// profile a chat uses (its own, else the default; its model over the profile's).
#include "models/chatcontroller.h"
#include "models/sessionmanager.h"
#include "models/transcriptmodel.h"
#include "settings/profilestore.h"
#include "storage/sessionstore.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

class TestSessionManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        CONFAB_REQUIRE_BACKEND();
        m_dir.reset(new QTemporaryDir);
        m_store.reset(new SessionStore);
        QVERIFY(m_store->open(TestUtil::dbPath(*m_dir)));
        m_settings.reset(new QSettings(m_dir->filePath(QStringLiteral("confab.ini")), QSettings::IniFormat));
        m_profiles.reset(new ProfileStore(m_settings.get()));
        m_transcript.reset(new TranscriptModel(m_store.get()));
        m_tester.reset(new QAbstractItemModelTester(m_transcript.get()));
        m_controller.reset(new ChatController(m_transcript->conversation(), nullptr));
        m_manager.reset(new SessionManager(
            m_store.get(), m_profiles.get(), nullptr, m_transcript->conversation(), m_controller.get()));
    }
    void cleanup()
    {
        m_manager.reset();
        m_controller.reset();
        m_tester.reset();
        m_transcript.reset();
        m_profiles.reset(); // before the settings it writes to
        m_settings.reset();
        m_store.reset();
    }

    void opensLastOrNewestAndNeverADeletedChat()
    {
        const qint64 older = TestUtil::makeSession(m_store.get(), 2, QStringLiteral("Older"));
        const qint64 newer = TestUtil::makeSession(m_store.get(), 2, QStringLiteral("Newer"));
        QSignalSpy opened(m_manager.get(), &SessionManager::currentSessionChanged);
        m_manager->openLastOrNewest(older);
        QCOMPARE(m_manager->currentSessionId(), older);
        QCOMPARE(m_transcript->rowCount(), 2);
        m_manager->openLastOrNewest(9999); // gone: the newest instead
        QCOMPARE(m_manager->currentSessionId(), newer);
        QCOMPARE(opened.count(), 2);

        QVERIFY(m_store->deleteSession(older));
        m_manager->openSession(older);
        QCOMPARE(m_manager->currentSessionId(), 0);
    }

    void deleteUndoAndPurge()
    {
        const qint64 kept = TestUtil::makeSession(m_store.get(), 2, QStringLiteral("Kept"));
        const qint64 gone = TestUtil::makeSession(m_store.get(), 2);
        m_manager->openSession(gone);
        QSignalSpy deleted(m_manager.get(), &SessionManager::sessionDeleted);
        QVERIFY(m_manager->deleteSession(gone));
        QCOMPARE(deleted.count(), 1);
        QCOMPARE(deleted.first().at(1).toString(), QStringLiteral("New chat")); // untitled
        QCOMPARE(m_manager->currentSessionId(), 0); // the open chat is closed with it

        QCOMPARE(m_manager->undoDelete(), gone);
        QCOMPARE(m_manager->currentSessionId(), gone);
        QCOMPARE(m_manager->undoDelete(), 0); // nothing more to undo

        QVERIFY(m_manager->deleteSession(gone));
        QVERIFY(m_manager->deleteSession(kept));
        QCOMPARE(m_manager->purgeDeleted(), 2);
        QVERIFY(!m_store->session(gone));
        QVERIFY(!m_store->session(kept));
        QVERIFY(!m_manager->deleteSession(kept));
    }

    void titles()
    {
        QCOMPARE(SessionManager::titleFor(QStringLiteral("  Where   to eat?\nIn Lyon")),
            QStringLiteral("Where to eat?"));
        QCOMPARE(SessionManager::titleFor(QString(80, QLatin1Char('x'))).size(), 58);
        const qint64 id = m_manager->createSessionFor(QStringLiteral("Trip to Lyon\nand more"));
        QCOMPARE(m_manager->currentSessionId(), id);
        QCOMPARE(m_manager->currentTitle(), QStringLiteral("Trip to Lyon"));
        QVERIFY(m_store->renameSession(id, QString()));
        QCOMPARE(m_manager->currentTitle(), QStringLiteral("New chat"));
    }

    void profileOfTheOpenChat()
    {
        ProviderProfile local;
        local.name = QStringLiteral("Local");
        local.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:11434/v1"));
        local.model = QStringLiteral("llama3.2");
        const QString localId = m_profiles->addProfile(local);
        ProviderProfile other = local;
        other.name = QStringLiteral("Other");
        other.model = QStringLiteral("qwen");
        const QString otherId = m_profiles->addProfile(other);
        QVERIFY(!localId.isEmpty() && !otherId.isEmpty());
        QVERIFY(m_profiles->setDefaultProfileId(localId));

        const qint64 session = m_store->createSession();
        QSignalSpy applied(m_manager.get(), &SessionManager::profileApplied);
        m_manager->openSession(session);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(m_controller->profile().id, localId); // the default
        QVERIFY(m_store->setSessionModel(session, otherId, QStringLiteral("qwen-big")));
        m_manager->applyProfile();
        QCOMPARE(m_controller->profile().id, otherId); // the chat's own
        QCOMPARE(m_controller->profile().model, QStringLiteral("qwen-big")); // its model wins
        // The app's limits go with it.
        m_profiles->setHistoryLimit(6);
        QCOMPARE(m_controller->defaults().maxMessages, 6);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TranscriptModel> m_transcript;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ChatController> m_controller;
    std::unique_ptr<SessionManager> m_manager;
};

QTEST_GUILESS_MAIN(TestSessionManager)
#include "tst_sessionmanager.moc"
