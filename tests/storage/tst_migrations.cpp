#include "storage/contextcache.h"
#include "storage/migrations.h"
#include "storage/searchindexer.h"
#include "storage/sessionsearch.h"
#include "storage/sessionstore.h"
#include "storage/storeconnection.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// Databases written by older versions are upgraded in place, keeping every row.
class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { m_path = TestUtil::dbPath(m_dir, QStringLiteral("old%1.sqlite").arg(++m_counter)); }

    void upgradesEveryOlderVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int v = 1; v < Migrations::LatestVersion; ++v)
            QTest::addRow("v%d", v) << v;
    }

    void upgradesEveryOlderVersion()
    {
        QFETCH(int, fromVersion);
        writeOldDatabase(fromVersion);

        SessionStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.lastError()));
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), Migrations::LatestVersion);

        const auto info = store.session(1);
        QVERIFY(info);
        QCOMPARE(info->title, QStringLiteral("Old chat"));
        QCOMPARE(info->messageCount, 3); // backfilled by version 3
        QCOMPARE(info->preview, QStringLiteral("What is the capital of France?"));
        const QList<Message> branch = store.branch(info->currentLeafId);
        QCOMPARE(branch.size(), 3);
        QCOMPARE(branch.at(1).content, QStringLiteral("Paris."));
        QCOMPARE(branch.at(1).promptTokens, 12);
        // The FTS index (version 2) covers rows written before it existed.
        const QList<SearchHit> hits = store.search(QStringLiteral("paris"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().messageId, branch.at(1).id);
        // And the upgraded file takes new rows like a new one.
        Message m;
        m.sessionId = info->id;
        m.parentId = info->currentLeafId;
        m.role = QStringLiteral("assistant");
        m.content = QStringLiteral("About two million people.");
        QVERIFY2(store.addMessage(m) > 0, qPrintable(store.lastError()));
        QCOMPARE(store.session(1)->messageCount, 4);
    }

    void refusesNewerSchemaWithoutTouchingTheFile()
    {
        writeOldDatabase(Migrations::LatestVersion);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        const QByteArray before = fileHash();
        SessionStore store;
        QVERIFY(!store.open(m_path));
        QVERIFY2(store.lastError().contains(QLatin1String("newer version")), qPrintable(store.lastError()));
        QCOMPARE(store.openError(), SessionStore::OpenError::NewerVersion); // never offered "move aside"
        QCOMPARE(fileHash(), before);
    }

    void failedStepRollsBack()
    {
        // A version-2 file that already has a table named like version 3's index: step 3 fails
        // half-way and must leave the file at version 2 with its rows.
        writeOldDatabase(2);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("clash"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE sessions_order (x)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("clash"));
        {
            SessionStore store;
            QVERIFY(!store.open(m_path));
            QVERIFY2(store.lastError().contains(QLatin1String("version 3")), qPrintable(store.lastError()));
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM messages")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        // The half-done ALTER TABLE of step 3 was rolled back too.
        QVERIFY(!q.exec(QStringLiteral("SELECT message_count FROM sessions")));
        q.finish();
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void version6AddsContextCacheAndTruncatedFlag()
    {
        writeOldDatabase(5);
        SessionStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.lastError()));
        const QList<Message> branch = store.branch(3);
        QCOMPARE(branch.size(), 3);
        QVERIFY(!branch.at(1).truncated); // old replies are not flagged
        ContextCache cache(&store);
        QVERIFY(cache.setTruncated(2, true));
        QVERIFY(store.message(2)->truncated);
        StoredContextLimits limits;
        limits.contextLength = 256;
        limits.source = QStringLiteral("llama.cpp /props n_ctx");
        limits.tokenizer = QStringLiteral("llama.cpp");
        QVERIFY(cache.saveLimits(QStringLiteral("p|http://127.0.0.1:8080/v1"), QStringLiteral("m"), limits));
        const auto read = cache.limits(QStringLiteral("p|http://127.0.0.1:8080/v1"), QStringLiteral("m"));
        QVERIFY(read);
        QCOMPARE(read->contextLength, 256);
        QCOMPARE(read->tokenizer, QStringLiteral("llama.cpp"));
        QVERIFY(read->learntAt.isValid());
        QVERIFY(cache.saveTokenCount(1, QStringLiteral("t"), 9));
        QCOMPARE(cache.tokenCounts({1, 2}, QStringLiteral("t")), (QHash<qint64, int> {{1, 9}}));
        // Counts go with their message.
        QVERIFY(store.deleteSession(1) && store.purgeDeleted(1) == 1);
        QVERIFY(cache.tokenCounts({1}, QStringLiteral("t")).isEmpty());
    }

    void version7IndexesStreamingRepliesWhenTheyEnd()
    {
        // A reply that was streaming when the old version stopped was indexed by its triggers.
        writeOldDatabase(6);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO messages (id, session_id, parent_id, role, content, state, created_at, "
                "updated_at, writer) VALUES (4, 1, 3, 'assistant', 'About two million', 'streaming', 2500, "
                "2500, 'gone-host:1')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        {
            SessionStore store;
            QVERIFY2(store.open(m_path), qPrintable(store.lastError()));
            QCOMPARE(store.recoveredOnOpen(), 1); // now interrupted, and indexed once
            QCOMPARE(store.search(QStringLiteral("million")).size(), 1);
            QSqlQuery check(QSqlDatabase::database(store.connectionName()));
            QVERIFY2(check.exec(
                         QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES ('integrity-check')")),
                qPrintable(check.lastError().text()));

            // A new reply is found once it ends, not while it streams.
            Message reply;
            reply.sessionId = 1;
            reply.parentId = 4;
            reply.role = QStringLiteral("assistant");
            reply.state = MessageState::Streaming;
            const qint64 id = store.addMessage(reply);
            QVERIFY(store.updateMessageText(id, QStringLiteral("Lutetia was"), QString()));
            QVERIFY(store.updateMessageText(id, QStringLiteral("Lutetia was its Roman name"), QString()));
            QCOMPARE(store.search(QStringLiteral("lutetia")).size(), 0);
            Message done = *store.message(id);
            done.state = MessageState::Complete;
            QVERIFY(store.finishMessage(done));
            QCOMPARE(store.search(QStringLiteral("lutetia")).size(), 1);
            QCOMPARE(store.search(QStringLiteral("roman")).size(), 1);
            // An edit after the end reindexes; a delete unindexes.
            QVERIFY(store.updateMessageText(id, QStringLiteral("Lutetia, in Latin"), QString()));
            QCOMPARE(store.search(QStringLiteral("roman")).size(), 0);
            QCOMPARE(store.search(QStringLiteral("latin")).size(), 1);
            QVERIFY(store.deleteSession(1) && store.purgeDeleted(1) == 1);
            QVERIFY(check.exec(
                QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES ('integrity-check')")));
        }
    }

    void version10FindsExpiredDeletionsByIndex()
    {
        // Every open purges the chats deleted past their undo: by the partial index, not by
        // reading every chat (2 ms of each start with 10,000 of them).
        writeOldDatabase(9);
        SessionStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.lastError()));
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM sessions WHERE deleted_at < 5")));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        QVERIFY2(plan.join(u' ').contains(QLatin1String("sessions_deleted")), qPrintable(plan.join(u' ')));
        // What the index is for still works: a chat deleted long ago goes on the next open.
        QVERIFY(store.deleteSession(1));
        QVERIFY(q.exec(QStringLiteral("UPDATE sessions SET deleted_at = 1 WHERE id = 1")));
        store.close();
        QVERIFY(store.open(m_path));
        QVERIFY(!store.session(1));
    }

    void version11IndexesLongMessagesLater()
    {
        // A message that ends long is queued for SearchIndexer, not indexed in the writer's
        // transaction; every trigger keeps the queue and the index right around it.
        writeOldDatabase(Migrations::LatestVersion);
        StoreConnection store; // the store's connection, without the indexer thread
        QVERIFY2(store.open(m_path), qPrintable(store.lastError()));
        SessionSearch search(&store);
        QSqlDatabase db = store.database();
        QSqlQuery q(db);
        const QString longText = QStringLiteral("Lutetia was its Roman name. ").repeated(1200);
        QVERIFY(longText.size() >= Migrations::IndexLaterChars);
        q.prepare(QStringLiteral(
            "INSERT INTO messages (id, session_id, parent_id, role, content, state, "
            "created_at, updated_at) VALUES (4, 1, 3, 'assistant', ?, 'streaming', 3000, 3000)"));
        q.addBindValue(longText);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("UPDATE messages SET state = 'complete' WHERE id = 4")));
        QCOMPARE(queued(db), QList<qint64> {4});
        QCOMPARE(TestUtil::indexedCount(db, QStringLiteral("lutetia")), 0);

        // Search finds it from its text while it waits, as the index would.
        QList<SearchHit> hits = search.search(QStringLiteral("lutetia"), 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().messageId, 4);
        QVERIFY2(
            hits.first().snippet.contains(QChar(SearchHit::MatchStart)), qPrintable(hits.first().snippet));
        QCOMPARE(search.search(QStringLiteral("roman nam"), 10).size(), 1); // the last word is a prefix
        QCOMPARE(search.search(QStringLiteral("roma name"), 10).size(), 0); // a finished word is whole
        QCOMPARE(search.search(QStringLiteral("LUTÉTIA"), 10).size(), 1); // folded as unicode61 folds
        QCOMPARE(search.search(QStringLiteral("lutetia paris"), 10).size(), 0);

        QCOMPARE(SearchIndexer::indexQueued(db), 1);
        QCOMPARE(queued(db), QList<qint64> {});
        QCOMPARE(TestUtil::indexedCount(db, QStringLiteral("lutetia")), 1);
        QCOMPARE(search.search(QStringLiteral("lutetia"), 10).size(), 1);
        QVERIFY(indexIsExact(db));

        // An edit to a short text is indexed at once, the long text taken out.
        QVERIFY(q.exec(QStringLiteral("UPDATE messages SET content = 'Paris again' WHERE id = 4")));
        QCOMPARE(queued(db), QList<qint64> {});
        QCOMPARE(TestUtil::indexedCount(db, QStringLiteral("lutetia")), 0);
        QCOMPARE(TestUtil::indexedCount(db, QStringLiteral("again")), 1);
        QVERIFY(indexIsExact(db));
        // Long again: queued, the short text out of the index.
        q.prepare(QStringLiteral("UPDATE messages SET content = ? WHERE id = 4"));
        q.addBindValue(longText);
        QVERIFY(q.exec());
        QCOMPARE(queued(db), QList<qint64> {4});
        QCOMPARE(TestUtil::indexedCount(db, QStringLiteral("again")), 0);
        // Deleted while queued: out of the queue, and nothing taken from the index that it never
        // put there.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM messages WHERE id = 4")));
        QCOMPARE(queued(db), QList<qint64> {});
        QVERIFY(indexIsExact(db));
        QCOMPARE(search.search(QStringLiteral("lutetia"), 10).size(), 0);
    }

    void failedVersion6RollsBack()
    {
        // A version-5 file that already has a table named like version 6's: step 6 fails and
        // leaves the file at version 5, without the new column.
        writeOldDatabase(5);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("clash6"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE token_counts (x)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("clash6"));
        {
            SessionStore store;
            QVERIFY(!store.open(m_path));
            QVERIFY2(store.lastError().contains(QLatin1String("version 6")), qPrintable(store.lastError()));
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check6"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 5);
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM context_lengths")));
        QVERIFY(!q.exec(QStringLiteral("SELECT truncated FROM messages")));
        q.finish();
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("check6"));
    }

private:
    // A database as version `version` of Confab left it, with one session of three messages.
    void writeOldDatabase(int version)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (int v = 1; v <= version; ++v) {
                for (const QString &sql : Migrations::step(v))
                    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            }
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sessions (id, uuid, title, created_at, updated_at) "
                                          "VALUES (1, 'sess_old', 'Old chat', 1000, 2000)")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO messages (id, session_id, parent_id, role, content, "
                                      "created_at, updated_at) VALUES "
                                      "(1, 1, NULL, 'user', 'What is the capital of France?', 1000, 1000)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO messages (id, session_id, parent_id, role, content, created_at, updated_at, "
                "prompt_tokens) VALUES (2, 1, 1, 'assistant', 'Paris.', 1500, 1500, 12)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO messages (id, session_id, parent_id, role, content, "
                                          "created_at, updated_at) VALUES "
                                          "(3, 1, 2, 'user', 'How many people live there?', 2000, 2000)")));
            QVERIFY(q.exec(QStringLiteral("UPDATE sessions SET current_leaf = 3 WHERE id = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
    }

    static QList<qint64> queued(const QSqlDatabase &db)
    {
        QList<qint64> ids;
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT message_id FROM messages_unindexed ORDER BY message_id"))) {
            while (q.next())
                ids << q.value(0).toLongLong();
        }
        return ids;
    }

    // Whether the index holds exactly the messages' text: its terms and their counts are those of
    // a rebuild from the messages (rolled back). FTS5's integrity-check does not compare an
    // external-content index with its table (SQLite 3.40). No row may be streaming: a rebuild
    // would index it.
    static bool indexIsExact(QSqlDatabase db)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_terms "
                                   "USING fts5vocab(main, 'messages_fts', 'row')")))
            return false;
        const auto terms = [&q] {
            QStringList list;
            if (q.exec(QStringLiteral("SELECT term, doc, cnt FROM temp.fts_terms ORDER BY term"))) {
                while (q.next())
                    list << QStringLiteral("%1:%2:%3")
                                .arg(q.value(0).toString())
                                .arg(q.value(1).toInt())
                                .arg(q.value(2).toInt());
            }
            return list;
        };
        const QStringList now = terms();
        if (!db.transaction()
            || !q.exec(QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')")))
            return false;
        const QStringList rebuilt = terms();
        q.finish();
        db.rollback();
        if (now != rebuilt)
            qWarning() << "index:" << now << "rebuilt:" << rebuilt;
        return !now.isEmpty() && now == rebuilt;
    }

    QByteArray fileHash()
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
