#include "storage/sessionstore.h"
#include "storage/walcheckpointer.h"
#include "testutil.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

class TestSessionStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        CONFAB_REQUIRE_BACKEND();
        QStandardPaths::setTestModeEnabled(true);
        // A writer that is alive for the whole run, on every platform (PID 1 is not one on Windows).
        startIdleShell(&m_liveWriter);
        QVERIFY2(m_liveWriter.waitForStarted(), qPrintable(m_liveWriter.errorString()));
    }
    void cleanupTestCase()
    {
        m_liveWriter.closeWriteChannel();
        QVERIFY(m_liveWriter.waitForFinished());
    }
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = TestUtil::dbPath(m_dir, QStringLiteral("%1.sqlite").arg(++m_counter));
    }

    void opensInWalModeWithCurrentSchema()
    {
        SessionStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.lastError()));
        QSqlDatabase db = QSqlDatabase::database(store.connectionName());
        QSqlQuery q(db);
        if (TestUtil::onPostgres()) {
            // The server keeps the version in a table of its own (SQLite: user_version).
            QVERIFY(q.exec(QStringLiteral("SELECT version FROM confab_schema")) && q.next());
            QCOMPARE(q.value(0).toInt(), SessionStore::SchemaVersion);
            QVERIFY(!q.next());
            return;
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), SessionStore::SchemaVersion);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // A page cache that holds a long reply's end (negative: in KiB).
        QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size")) && q.next());
        QCOMPARE(q.value(0).toInt(), -StoreConnection::CacheKiB);
        // The log is checkpointed on a thread of its own (WalCheckpointer); this connection only
        // past a backstop, so the log stays bounded when another process keeps reading.
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next());
        QCOMPARE(q.value(0).toInt(), WalCheckpointer::BackstopPages);
    }

    void depthCountsTheWayUpToTheRoot()
    {
        SessionStore store;
        QVERIFY(store.open(m_path));
        const qint64 session = TestUtil::makeSession(&store, 3);
        const qint64 leaf = store.session(session)->currentLeafId;
        QCOMPARE(store.depth(leaf, 10), 3);
        QCOMPARE(store.depth(leaf, 2), 2); // counts no further than asked
        const QList<Message> branch = store.branch(leaf);
        QCOMPARE(store.depth(branch.first().id, 10), 1);
        QCOMPARE(store.depth(leaf + 1000, 10), 0);
        QCOMPARE(store.depth(0, 10), 0);
    }

    void messagesSurviveReopen()
    {
        qint64 session = 0;
        {
            SessionStore store;
            QVERIFY(store.open(m_path));
            session = TestUtil::makeSession(&store, 4, QStringLiteral("Trip"));
        }
        SessionStore store;
        QVERIFY(store.open(m_path));
        const auto info = store.session(session);
        QVERIFY(info);
        QCOMPARE(info->title, QStringLiteral("Trip"));
        QCOMPARE(info->messageCount, 4);
        QCOMPARE(info->preview, QStringLiteral("u1"));
        const QList<Message> branch = store.branch(info->currentLeafId);
        QCOMPARE(branch.size(), 4);
        QCOMPARE(branch.at(0).content, QStringLiteral("u1"));
        QCOMPARE(branch.at(3).content, QStringLiteral("a2"));
        QCOMPARE(branch.at(3).parentId, branch.at(2).id);
    }

    void branchPagesWalkUpFromAnyMessage()
    {
        SessionStore store;
        QVERIFY(store.open(m_path));
        const qint64 session = TestUtil::makeSession(&store, 10);
        const qint64 leaf = store.session(session)->currentLeafId;
        const QList<Message> last3 = store.branch(leaf, 3);
        QCOMPARE(last3.size(), 3);
        QCOMPARE(last3.first().content, QStringLiteral("a4"));
        QCOMPARE(last3.last().content, QStringLiteral("a5"));
        const QList<Message> older = store.branch(last3.first().parentId, 100);
        QCOMPARE(older.size(), 7);
        QCOMPARE(older.first().content, QStringLiteral("u1"));
        QCOMPARE(older.first().parentId, 0);
    }

    void siblingsAndLatestLeaf()
    {
        SessionStore store;
        QVERIFY(store.open(m_path));
        const qint64 session = TestUtil::makeSession(&store, 2); // u1, a1
        const QList<Message> branch = store.branch(store.session(session)->currentLeafId);
        const qint64 u1 = branch.at(0).id;
        const qint64 a1 = branch.at(1).id;
        Message regen;
        regen.sessionId = session;
        regen.parentId = u1;
        regen.role = QStringLiteral("assistant");
        regen.content = QStringLiteral("a1-bis");
        const qint64 a1bis = store.addMessage(regen);
        QCOMPARE(store.siblings(a1), (QList<qint64> {a1, a1bis}));
        QCOMPARE(store.session(session)->currentLeafId, a1bis);

        const QList<Message> shown = store.branch(a1bis);
        QCOMPARE(shown.last().siblingCount, 2);
        QCOMPARE(shown.last().siblingIndex, 1);
        QCOMPARE(shown.first().siblingCount, 1);

        Message next;
        next.sessionId = session;
        next.parentId = a1;
        next.role = QStringLiteral("user");
        next.content = QStringLiteral("u2");
        const qint64 u2 = store.addMessage(next);
        QCOMPARE(store.latestLeaf(a1), u2);
        QCOMPARE(store.latestLeaf(u1), a1bis); // the newest child at each level
        QCOMPARE(store.latestLeaf(u2), u2);
    }

    void streamingRowsOfGoneWritersBecomeInterrupted_data()
    {
        QTest::addColumn<QString>("writer");
        QTest::addColumn<qint64>("silentForMs");
        QTest::addColumn<bool>("recovered");
        const QString host = QSysInfo::machineHostName();
        QTest::newRow("writer process gone")
            << host + QLatin1Char(':') + QString::number(deadPid()) << qint64(0) << true;
        const QString alive = host + QLatin1Char(':') + QString::number(m_liveWriter.processId());
        QTest::newRow("writer alive") << alive << qint64(0) << false;
        QTest::newRow("writer alive but silent")
            << alive << qint64(SessionStore::StreamingStaleMs + 1000) << true;
        QTest::newRow("other host, recent") << QStringLiteral("elsewhere:42") << qint64(1000) << false;
        QTest::newRow("other host, silent")
            << QStringLiteral("elsewhere:42") << qint64(SessionStore::StreamingStaleMs + 1000) << true;
        QTest::newRow("no writer (older Confab)") << QString() << qint64(0) << true;
    }

    void streamingRowsOfGoneWritersBecomeInterrupted()
    {
        QFETCH(QString, writer);
        QFETCH(qint64, silentForMs);
        QFETCH(bool, recovered);
        qint64 id = 0;
        {
            SessionStore store;
            QVERIFY(store.open(m_path));
            id = addStreamingReply(store);
            // Written as the app streams: in chunks, folded into the row when it settles.
            QVERIFY(store.appendReplyText(id, 0, QStringLiteral("Half a"), QStringLiteral("think")));
            QVERIFY(store.appendReplyText(id, 1, QStringLiteral(" sent"), QStringLiteral("ing")));
            QCOMPARE(store.message(id)->state, MessageState::Streaming);
            // Stand-in for the process that wrote it, and for how long it has been silent.
            QSqlQuery q(QSqlDatabase::database(store.connectionName()));
            q.prepare(QStringLiteral("UPDATE messages SET writer = ?, updated_at = ? WHERE id = ?"));
            q.addBindValue(writer.isNull() ? QStringLiteral("") : writer);
            q.addBindValue(QDateTime::currentMSecsSinceEpoch() - silentForMs);
            q.addBindValue(id);
            QVERIFY(q.exec());
            // No finishMessage(): the process "dies" here (or is still busy elsewhere).
        }
        SessionStore store;
        QVERIFY(store.open(m_path));
        QCOMPARE(store.recoveredOnOpen(), recovered ? 1 : 0);
        const auto m = store.message(id);
        QVERIFY(m);
        QCOMPARE(m->state, recovered ? MessageState::Interrupted : MessageState::Streaming);
        QCOMPARE(m->content, QStringLiteral("Half a sent"));
        QCOMPARE(m->reasoning, QStringLiteral("thinking"));
        // Settled: the text is in the row itself, no chunk is left.
        QCOMPARE(storedText(store, id), recovered ? QStringLiteral("Half a sent") : QString());
        QCOMPARE(chunkCount(store, id), recovered ? 0 : 2);
    }

    void longReplyIsIndexedOffTheStoresThread()
    {
        // SQLite: the end of a long reply leaves its indexing to SearchIndexer's thread. Search
        // finds it all along, and one left queued by a process that ended is indexed on open.
        const QString text = QStringLiteral("Lutetia was its Roman name. ").repeated(1200);
        QVERIFY(text.size() >= Migrations::IndexLaterChars);
        qint64 id = 0;
        {
            SessionStore store;
            QVERIFY(store.open(m_path));
            id = addStreamingReply(store);
            QVERIFY(store.appendReplyText(id, 0, text.left(1000), QString()));
            QVERIFY(store.appendReplyText(id, 1, text.mid(1000), QString()));
            Message done = *store.message(id);
            done.state = MessageState::Complete;
            QVERIFY(store.finishMessage(done));
            QCOMPARE(store.search(QStringLiteral("lutetia")).size(), 1); // queued or indexed by now
            if (TestUtil::onPostgres())
                return; // the server computed its vector in the UPDATE
            QTRY_COMPARE(queuedCount(store), 0);
            QCOMPARE(indexedCount(store, QStringLiteral("lutetia")), 1);
            QCOMPARE(store.search(QStringLiteral("lutetia")).size(), 1);
            // Edited long by a process that ends before its indexer gets to it.
            store.close();
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("gone"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("UPDATE messages SET content = content || ' Paris' WHERE id = %1").arg(id)));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM messages_unindexed")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("gone"));
        SessionStore store;
        QVERIFY(store.open(m_path));
        QTRY_COMPARE(queuedCount(store), 0);
        QCOMPARE(indexedCount(store, QStringLiteral("paris")), 1);
        QCOMPARE(indexedCount(store, QStringLiteral("lutetia")), 1);
        // Deleted for good: out of the index.
        const qint64 session = store.message(id)->sessionId;
        QVERIFY(store.deleteSession(session) && store.purgeDeleted(session) == 1);
        QCOMPARE(indexedCount(store, QStringLiteral("lutetia")), 0);
    }

    void streamingReplyGrowsByChunksFoldedWhenItEnds()
    {
        SessionStore store;
        QVERIFY(store.open(m_path));
        const qint64 id = addStreamingReply(store);
        QString expected;
        for (int chunk = 0; chunk < 12; ++chunk) { // past 10: joined by number, not as text
            const QString delta = QStringLiteral("part%1 ").arg(chunk);
            QVERIFY(store.appendReplyText(id, chunk, delta, chunk == 3 ? QStringLiteral("hm") : QString()));
            expected += delta;
        }
        // A retry of the last chunk, grown since the first try, replaces it.
        QVERIFY(store.appendReplyText(id, 11, QStringLiteral("part11 Lutetia"), QStringLiteral(" ok")));
        expected.replace(QStringLiteral("part11 "), QStringLiteral("part11 Lutetia"));
        QCOMPARE(store.message(id)->content, expected);
        QCOMPARE(store.message(id)->reasoning, QStringLiteral("hm ok"));
        QCOMPARE(store.branch(id).last().content, expected);
        // A write costs its delta: the row keeps the text it began with.
        QCOMPARE(storedText(store, id), QString());
        QCOMPARE(chunkCount(store, id), 12);
        QCOMPARE(store.search(QStringLiteral("lutetia")).size(), 0);

        Message done = *store.message(id);
        done.state = MessageState::Complete;
        QVERIFY(store.finishMessage(done));
        QCOMPARE(storedText(store, id), expected);
        QCOMPARE(chunkCount(store, id), 0);
        QCOMPARE(store.message(id)->content, expected);
        QCOMPARE(store.search(QStringLiteral("lutetia")).size(), 1);
        // A reply that no longer streams takes no more chunks.
        QVERIFY(!store.appendReplyText(id, 12, QStringLiteral("more"), QString()));
        QCOMPARE(store.message(id)->content, expected);
        // Chunks go with their message.
        const qint64 session = store.message(id)->sessionId;
        QVERIFY(store.deleteSession(session) && store.purgeDeleted(session) == 1);
    }

    void ownStreamingRowsAreNotRecovered()
    {
        SessionStore store;
        QVERIFY(store.open(m_path));
        const qint64 session = TestUtil::makeSession(&store, 1);
        Message reply;
        reply.sessionId = session;
        reply.role = QStringLiteral("assistant");
        reply.state = MessageState::Streaming;
        const qint64 id = store.addMessage(reply);
        SessionStore second; // a second connection of this same, living process
        QVERIFY(second.open(m_path));
        QCOMPARE(second.recoveredOnOpen(), 0);
        QCOMPARE(store.recoverInterrupted(), 0);
        QCOMPARE(store.message(id)->state, MessageState::Streaming);
    }

    void sessionsArePagedPinnedFirst()
    {
        SessionStore store;
        QVERIFY(store.open(m_path));
        QList<qint64> ids;
        for (int i = 0; i < 25; ++i)
            ids << store.createSession(QStringLiteral("s%1").arg(i));
        QVERIFY(store.setPinned(ids.at(3), true));
        QList<qint64> seen;
        QList<SessionInfo> page = store.sessions(10);
        while (!page.isEmpty()) {
            for (const SessionInfo &s : page)
                seen << s.id;
            const SessionInfo last = page.last();
            page = store.sessions(10, &last);
        }
        QCOMPARE(seen.size(), 25);
        QCOMPARE(seen.first(), ids.at(3));
        QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()).size(), 25);
        // Same updated_at for many rows: order falls back to newest id.
        QCOMPARE(seen.at(1), ids.last());
        QCOMPARE(store.sessionCount(), 25);
    }

    void softDeleteRestoreAndPurge()
    {
        SessionStore store;
        QVERIFY(store.open(m_path));
        const qint64 keep = TestUtil::makeSession(&store, 2, QStringLiteral("keep"));
        const qint64 drop = TestUtil::makeSession(&store, 2, QStringLiteral("drop"));
        QSignalSpy removed(&store, &SessionStore::sessionRemoved);
        QVERIFY(store.deleteSession(drop));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(store.sessionCount(), 1);
        QVERIFY(store.search(QStringLiteral("u1")).size() == 1);
        QVERIFY(store.restoreSession(drop));
        QCOMPARE(store.sessionCount(), 2);
        QVERIFY(store.deleteSession(drop));
        QCOMPARE(store.purgeDeleted(), 1);
        QVERIFY(!store.session(drop));
        QVERIFY(store.session(keep));
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM messages")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        // The FTS index lost the purged rows too.
        QCOMPARE(store.search(QStringLiteral("a1")).size(), 1);
    }

    void oldDeletionsArePurgedOnOpen()
    {
        qint64 recent = 0;
        qint64 old = 0;
        {
            SessionStore store;
            QVERIFY(store.open(m_path));
            recent = TestUtil::makeSession(&store, 2);
            old = TestUtil::makeSession(&store, 2);
            QVERIFY(store.deleteSession(recent));
            QVERIFY(store.deleteSession(old));
            QSqlQuery q(QSqlDatabase::database(store.connectionName()));
            q.prepare(QStringLiteral("UPDATE sessions SET deleted_at = ? WHERE id = ?"));
            q.addBindValue(QDateTime::currentMSecsSinceEpoch() - SessionStore::DeletedRetentionMs - 1000);
            q.addBindValue(old);
            QVERIFY(q.exec());
        }
        SessionStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(!store.session(old)); // gone, messages and index entries with it
        QVERIFY(store.session(recent) && store.session(recent)->deleted); // undo still possible
        QVERIFY(store.restoreSession(recent));
    }

    void searchFindsPrefixesAndTreatsOperatorsAsText()
    {
        SessionStore store;
        QVERIFY(store.open(m_path));
        const qint64 s = store.createSession(QStringLiteral("Café planning"));
        Message m;
        m.sessionId = s;
        m.role = QStringLiteral("user");
        m.content = QStringLiteral(
            "Where should we eat? Maybe the crêperie near the station, index [0] AND \"quotes\"");
        const qint64 id = store.addMessage(m);

        QList<SearchHit> hits = store.search(QStringLiteral("crep"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().messageId, id);
        QVERIFY(hits.first().snippet.contains(QChar(SearchHit::MatchStart)));
        QCOMPARE(store.search(QStringLiteral("STATION eat")).size(), 1);
        QCOMPARE(store.search(QStringLiteral("station pizza")).size(), 0);
        // FTS syntax in user input must neither fail nor act as operators.
        QCOMPARE(store.search(QStringLiteral("\"quotes AND")).size(), 1);
        QCOMPARE(store.search(QStringLiteral("*")).size(), 0);
        // Title matches come first, with the session and no message.
        hits = store.search(QStringLiteral("café"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().sessionId, s);
        QCOMPARE(hits.first().messageId, 0);

        QVERIFY(store.updateMessageText(id, QStringLiteral("now about pizza"), {}));
        QCOMPARE(store.search(QStringLiteral("crep")).size(), 0);
        QCOMPARE(store.search(QStringLiteral("pizza")).size(), 1);
    }

    void searchMatchesFinishedWordsWhole()
    {
        SessionStore store;
        QVERIFY(store.open(m_path));
        const qint64 s = store.createSession(QStringLiteral("Builds"));
        const qint64 one = addUserMessage(store, s, QStringLiteral("the compiler works"));
        const qint64 two = addUserMessage(store, s, QStringLiteral("two compilers, one linker"));

        // The word being typed is a prefix; a word followed by anything is whole.
        QCOMPARE(hitIds(store, QStringLiteral("compi")), QList<qint64>({two, one}));
        QCOMPARE(hitIds(store, QStringLiteral("compiler")), QList<qint64>({two, one}));
        QCOMPARE(hitIds(store, QStringLiteral("compiler ")), QList<qint64>({one}));
        QCOMPARE(hitIds(store, QStringLiteral("compiler,")), QList<qint64>({one}));
        QCOMPARE(hitIds(store, QStringLiteral("compiler wor")), QList<qint64>({one}));
        QCOMPARE(hitIds(store, QStringLiteral("compilers one l")), QList<qint64>({two}));
        QCOMPARE(hitIds(store, QStringLiteral("compilers on ")), QList<qint64>());
    }

    void searchFindsOlderMatchesBeyondTheNewestMessages()
    {
        // The word being typed is completed from the newest messages' text (SQLite); hits older
        // than those, or cut off by a long message, are found all the same, newest first.
        SessionStore store;
        QVERIFY(store.open(m_path));
        const qint64 s = store.createSession(QStringLiteral("Builds"));
        const qint64 old = addUserMessage(store, s, QStringLiteral("an old compilation"));
        addUserMessage(store, s, QString(600 * 1024, QLatin1Char('x')));
        const QList<qint64> newest {addUserMessage(store, s, QStringLiteral("compilers")),
            addUserMessage(store, s, QStringLiteral("a COMPILER")),
            addUserMessage(store, s, QStringLiteral("Compilé"))};
        addUserMessage(store, s, QStringLiteral("nothing"));

        QList<SearchHit> hits = store.search(QStringLiteral("compi"), 2);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).messageId, newest.at(2));
        QCOMPARE(hits.at(1).messageId, newest.at(1));
        QVERIFY(hits.at(0).snippet.contains(QChar(SearchHit::MatchStart)));
        hits = store.search(QStringLiteral("compi"));
        QCOMPARE(hits.size(), 4);
        QCOMPARE(hits.at(2).messageId, newest.at(0));
        QCOMPARE(hits.at(3).messageId, old);
        QCOMPARE(store.search(QStringLiteral("an old compil")).size(), 1);
    }

    void searchCompletesFromTheIndexPastTheNewestMessages()
    {
        // A word being typed that the newest messages lack is completed from the index's own
        // terms (SQLite: fts5vocab), not by FTS5's prefix query, which reads all their entries;
        // past 128 terms the prefix query runs. Either way the hits are the prefix query's.
        SessionStore store;
        QVERIFY(store.open(m_path));
        const qint64 s = store.createSession(QStringLiteral("Old topics"));
        const qint64 a = addUserMessage(store, s, QStringLiteral("fermentation of beer"));
        const qint64 b = addUserMessage(store, s, QStringLiteral("Fermenté, the cider"));
        const qint64 c = addUserMessage(store, s, QStringLiteral("fermenting again, ferment"));
        QStringList many;
        for (int i = 0; i < 200; ++i)
            many << QStringLiteral("zed%1").arg(i, 3, 10, QLatin1Char('0'));
        const qint64 d = addUserMessage(store, s, many.join(u' '));
        // Newer messages, more than search reads to complete a word, none of them with these.
        SessionInfo info;
        info.title = QStringLiteral("Newer");
        QList<Message> newer;
        for (int i = 0; i < 600; ++i) {
            Message m;
            m.role = QStringLiteral("user");
            m.content = QStringLiteral("newer text %1").arg(i);
            newer << m;
        }
        QVERIFY(store.importSession(info, newer) > 0);

        QCOMPARE(hitIds(store, QStringLiteral("ferm")), QList<qint64>({c, b, a}));
        QCOMPARE(hitIds(store, QStringLiteral("fermente")), QList<qint64>({b}));
        QCOMPARE(hitIds(store, QStringLiteral("FERMENT")), QList<qint64>({c, b, a}));
        QCOMPARE(hitIds(store, QStringLiteral("again fer")), QList<qint64>({c}));
        QCOMPARE(hitIds(store, QStringLiteral("ferx")), QList<qint64>());
        QCOMPARE(hitIds(store, QStringLiteral("zed1")), QList<qint64>({d})); // 100 terms
        QCOMPARE(hitIds(store, QStringLiteral("ze")), QList<qint64>({d})); // 200: the prefix query
        if (!TestUtil::onPostgres()) {
            QSqlQuery q(QSqlDatabase::database(store.connectionName()));
            QVERIFY(q.exec(
                QStringLiteral("SELECT COUNT(*) FROM temp.sqlite_master WHERE name = 'messages_terms'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1); // the terms were read from the index
        }
    }

    void searchFindsCjkWordsAndEmojiOncePerChat()
    {
        SessionStore store;
        QVERIFY(store.open(m_path));
        // A chat titled from its first message, as the app names it.
        const qint64 s = store.createSession(QStringLiteral("東京の天気はどうですか"));
        Message m;
        m.sessionId = s;
        m.role = QStringLiteral("user");
        m.content = QStringLiteral("東京の天気はどうですか");
        const qint64 question = store.addMessage(m);
        m.role = QStringLiteral("assistant");
        m.parentId = question;
        m.content = QStringLiteral("今日は晴れです 🌞 and warm");
        const qint64 reply = store.addMessage(m);

        // A word inside a run of CJK text (one FTS token): found, once, as the message.
        QList<SearchHit> hits = store.search(QStringLiteral("天気"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().messageId, question);
        QVERIFY(hits.first().snippet.contains(
            QString(QChar(SearchHit::MatchStart)) + QStringLiteral("天気") + QChar(SearchHit::MatchEnd)));
        hits = store.search(QStringLiteral("晴れ"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().messageId, reply);
        // Emoji are not in the FTS index: found by the text itself.
        hits = store.search(QStringLiteral("🌞"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().messageId, reply);
        QCOMPARE(store.search(QStringLiteral("🌧")).size(), 0);
        // Latin words still go through FTS (prefixes), with no second row for the chat.
        QCOMPARE(store.search(QStringLiteral("war")).size(), 1);
    }

    void pathThatIsAUrlOrAFolderIsRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("http URL") << QStringLiteral("http://example.org/c.sqlite")
                                  << QStringLiteral("is a URL");
        QTest::newRow("file URL") << QStringLiteral("file:c.sqlite") << QStringLiteral("is a URL");
        QTest::newRow("folder") << QString() << QStringLiteral("is a folder");
        QTest::newRow("empty") << QStringLiteral(" ") << QStringLiteral("No database file");
    }

    void pathThatIsAUrlOrAFolderIsRefused()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        QTemporaryDir work;
        QDir::setCurrent(work.path()); // where a relative "http:/..." would be created
        if (path.isEmpty())
            path = work.path();
        SessionStore store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.lastError().contains(message), qPrintable(store.lastError()));
        QCOMPARE(SessionStore::pathProblem(path), store.lastError());
        // Nothing was created, neither a nested folder nor a file.
        QVERIFY(QDir(work.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
        QVERIFY(SessionStore::pathProblem(QDir(work.path()).filePath(QStringLiteral("c.sqlite"))).isEmpty());
    }

    void fullDiskIsReportedAndNothingSavedIsLost()
    {
        CONFAB_SQLITE_ONLY();
        SessionStore store;
        QVERIFY(store.open(m_path));
        const qint64 session = TestUtil::makeSession(&store, 2);
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        // Cap the file at its current size: SQLite then fails with SQLITE_FULL, as on a full disk.
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        QSignalSpy errors(&store, &SessionStore::storageError);
        Message big;
        big.sessionId = session;
        big.parentId = store.session(session)->currentLeafId;
        big.role = QStringLiteral("user");
        big.content = QString(200000, QLatin1Char('x'));
        QCOMPARE(store.addMessage(big), 0);
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.last().first().toString().contains(QLatin1String("disk is full")),
            qPrintable(errors.last().first().toString()));
        QCOMPARE(store.branch(store.session(session)->currentLeafId).size(), 2);

        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        QVERIFY(store.addMessage(big) > 0);
        QCOMPARE(store.messageCount(session), 3);
    }

    void corruptFileIsReportedLeftAloneAndCanBeMovedAside()
    {
        CONFAB_SQLITE_ONLY();
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray garbage = QByteArray("this is not an SQLite database\n").repeated(200);
        file.write(garbage);
        file.close();

        SessionStore store;
        QVERIFY(!store.open(m_path));
        QVERIFY2(store.lastError().contains(QLatin1String("damaged")), qPrintable(store.lastError()));
        QCOMPARE(store.openError(), SessionStore::OpenError::Damaged);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
        file.close();

        const QString aside = SessionStore::moveAside(m_path);
        QVERIFY(!aside.isEmpty());
        QVERIFY(QFile::exists(aside));
        QVERIFY(store.open(m_path));
        QCOMPARE(store.sessionCount(), 0);
    }

    void externalChangesAreNoticed()
    {
        SessionStore first;
        SessionStore second;
        QVERIFY(first.open(m_path));
        QVERIFY(second.open(m_path));
        first.setExternalPollInterval(0);
        QSignalSpy changed(&first, &SessionStore::externalChange);
        if (TestUtil::onPostgres()) {
            // NOTIFY instead of a poll: the server pushes other clients' commits, in commit order,
            // so by the time theirs arrives our own has come back and been ignored.
            first.createSession(QStringLiteral("mine"));
            second.createSession(QStringLiteral("theirs"));
            first.checkForExternalChanges();
            QVERIFY(changed.wait());
            QCOMPARE(changed.size(), 1);
            QCOMPARE(first.sessionCount(), 2);
            return;
        }
        first.checkForExternalChanges();
        first.createSession(QStringLiteral("mine"));
        first.checkForExternalChanges();
        QCOMPARE(changed.size(), 0); // own writes don't echo
        second.createSession(QStringLiteral("theirs"));
        first.checkForExternalChanges();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(first.sessionCount(), 2);
    }

private:
    static qint64 addUserMessage(SessionStore &store, qint64 session, const QString &text)
    {
        Message m;
        m.sessionId = session;
        m.role = QStringLiteral("user");
        m.content = text;
        return store.addMessage(m);
    }

    // A shell that reads commands from its stdin, so it runs until that is closed. Another
    // process than this test: the store skips the rows of its own process id.
    // The text in the message's own row, without its chunks.
    static int queuedCount(const SessionStore &store)
    {
        return TestUtil::queuedForIndex(QSqlDatabase::database(store.connectionName()));
    }

    // Messages the FTS5 index itself finds for `term` (SessionStore::search also reads the queue).
    static int indexedCount(const SessionStore &store, const QString &term)
    {
        return TestUtil::indexedCount(QSqlDatabase::database(store.connectionName()), term);
    }

    // The messages search finds for `query`, in its order.
    static QList<qint64> hitIds(SessionStore &store, const QString &query)
    {
        QList<qint64> list;
        for (const SearchHit &hit : store.search(query))
            list << hit.messageId;
        return list;
    }

    static QString storedText(const SessionStore &store, qint64 id)
    {
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        q.prepare(QStringLiteral("SELECT content FROM messages WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(no row)");
    }
    // A reply being streamed, after the one message of a new chat.
    static qint64 addStreamingReply(SessionStore &store)
    {
        const qint64 session = TestUtil::makeSession(&store, 1);
        Message reply;
        reply.sessionId = session;
        reply.parentId = store.session(session)->currentLeafId;
        reply.role = QStringLiteral("assistant");
        reply.state = MessageState::Streaming;
        return store.addMessage(reply);
    }

    static int chunkCount(const SessionStore &store, qint64 id)
    {
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM message_chunks WHERE message_id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    static void startIdleShell(QProcess *process)
    {
#ifdef Q_OS_WIN
        process->start(QStringLiteral("cmd.exe"), {QStringLiteral("/D"), QStringLiteral("/Q")});
#else
        process->start(QStringLiteral("/bin/sh"), QStringList());
#endif
    }

    // The id of a process this test started and reaped.
    static qint64 deadPid()
    {
        QProcess process;
        startIdleShell(&process);
        if (!process.waitForStarted())
            return 0;
        const qint64 pid = process.processId();
        process.closeWriteChannel();
        process.waitForFinished();
        return pid;
    }

    QTemporaryDir m_dir;
    QProcess m_liveWriter;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
