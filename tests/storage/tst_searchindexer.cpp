#include "storage/migrations.h"
#include "storage/searchindexer.h"
#include "storage/storeconnection.h"
#include "testutil.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The long messages the triggers queue (schema 11) are indexed on the indexer's thread: what was
// queued before it started, what a nudge says was queued since, never twice, and what a stop
// leaves stays queued.
class TestSearchIndexer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = TestUtil::dbPath(m_dir, QStringLiteral("index%1.sqlite").arg(++m_counter));
        QVERIFY2(m_db.open(m_path), qPrintable(m_db.lastError()));
        QSqlQuery q(m_db.database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sessions (id, uuid, title, created_at, updated_at) "
                                      "VALUES (1, 'sess', 'Chat', 1000, 1000)")));
    }
    void cleanup() { m_db.close(); }

    void indexesWhatWasQueuedBeforeItStarted()
    {
        for (int i = 1; i <= 3; ++i)
            QVERIFY(queueLong(i, QStringLiteral("alpha%1").arg(i)));
        QCOMPARE(queuedCount(), 3);
        QCOMPARE(indexedCount(QStringLiteral("alpha1")), 0);
        SearchIndexer indexer;
        QVERIFY(indexer.start(m_path));
        QTRY_COMPARE(indexer.indexed(), 3); // the state it reaches: no need for waitUntilIdle()
        QCOMPARE(queuedCount(), 0);
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(indexedCount(QStringLiteral("alpha%1").arg(i)), 1);
        QCOMPARE(indexedCount(QStringLiteral("long")), 3);
    }

    void aNudgeIndexesWhatWasQueuedSince()
    {
        SearchIndexer indexer;
        QVERIFY(indexer.start(m_path));
        indexer.waitUntilIdle(); // nothing was queued: nothing done
        QCOMPARE(indexer.indexed(), 0);
        QVERIFY(queueLong(1, QStringLiteral("beta")));
        indexer.nudge();
        indexer.waitUntilIdle();
        QCOMPARE(queuedCount(), 0);
        QCOMPARE(indexedCount(QStringLiteral("beta")), 1);
        QCOMPARE(indexer.indexed(), 1);
        // Another connection indexed it first (another process's indexer): not indexed again.
        QVERIFY(queueLong(2, QStringLiteral("gamma")));
        QCOMPARE(SearchIndexer::indexQueued(m_db.database()), 1);
        QVERIFY(queueLong(3, QStringLiteral("delta")));
        indexer.nudge();
        indexer.waitUntilIdle();
        QCOMPARE(indexer.indexed(), 2);
        QCOMPARE(queuedCount(), 0);
        QCOMPARE(indexedCount(QStringLiteral("gamma")), 1);
        QCOMPARE(indexedCount(QStringLiteral("long")), 3);
    }

    void aStopLeavesTheRestQueued()
    {
        constexpr int Queued = 12;
        for (int i = 1; i <= Queued; ++i)
            QVERIFY(queueLong(i, QStringLiteral("epsilon%1").arg(i)));
        int done = 0;
        {
            SearchIndexer indexer;
            QVERIFY(indexer.start(m_path));
            indexer.stop();
            QVERIFY(!indexer.isRunning());
            done = indexer.indexed();
        }
        // However far it got, each message is either indexed or still queued, never both.
        QCOMPARE(queuedCount() + done, Queued);
        QCOMPARE(indexedCount(QStringLiteral("long")), done);
        QCOMPARE(SearchIndexer::indexQueued(m_db.database()), Queued - done);
        QCOMPARE(indexedCount(QStringLiteral("long")), Queued);
    }

    void aFileItCannotOpenIsRefused()
    {
        SearchIndexer indexer;
        QVERIFY(!indexer.start(m_dir.filePath(QStringLiteral("no/such/folder/x.sqlite"))));
        QVERIFY(!indexer.isRunning());
        indexer.nudge(); // does nothing
        indexer.stop();
    }

private:
    // A reply that streamed and ended with more than IndexLaterChars characters: queued.
    bool queueLong(int id, const QString &word)
    {
        const QString text = (QStringLiteral("a long reply about ") + word + QLatin1Char(' '))
                                 .repeated(Migrations::IndexLaterChars / 20 + 1);
        QSqlQuery q(m_db.database());
        q.prepare(QStringLiteral("INSERT INTO messages (id, session_id, role, content, state, created_at, "
                                 "updated_at) VALUES (?, 1, 'assistant', ?, 'streaming', 2000, 2000)"));
        q.addBindValue(id);
        q.addBindValue(text);
        if (!q.exec()
            || !q.exec(QStringLiteral("UPDATE messages SET state = 'complete' WHERE id = %1").arg(id))) {
            qWarning() << q.lastError().text();
            return false;
        }
        return true;
    }

    int queuedCount() { return TestUtil::queuedForIndex(m_db.database()); }
    int indexedCount(const QString &term) { return TestUtil::indexedCount(m_db.database(), term); }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    StoreConnection m_db;
};

QTEST_GUILESS_MAIN(TestSearchIndexer)
#include "tst_searchindexer.moc"
