// Storage and model benchmarks on a generated database (default 10,000 sessions x 100 messages
// plus one 10,000-message session = 1,010,000 messages). Not a test: run by hand, e.g.
//   build/bench/bench_store -tickcounter    or    CONFAB_BENCH_DB=/tmp/b.sqlite build/bench/bench_store
#include "benchdata.h"
#include "models/contextbuilder.h"
#include "models/conversation.h"
#include "models/sessionlistmodel.h"
#include "storage/sessionstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

class BenchStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // CONFAB_BENCH_DB: a file, or a postgresql:// URL of an empty database for the same
        // benchmarks on PostgreSQL; CONFAB_BENCH_SESSIONS: how many 100-message chats (10,000).
        QString path = qEnvironmentVariable("CONFAB_BENCH_DB");
        if (path.isEmpty())
            path = m_dir.filePath(QStringLiteral("bench.sqlite"));
        const int sessions = qEnvironmentVariableIsSet("CONFAB_BENCH_SESSIONS")
            ? qEnvironmentVariableIntValue("CONFAB_BENCH_SESSIONS")
            : 10000;
        QVERIFY2(m_store.open(path), qPrintable(m_store.lastError()));
        m_store.setExternalPollInterval(0);
        if (m_store.sessionCount() == 0) {
            QElapsedTimer timer;
            timer.start();
            m_longSession = BenchData::generate(&m_store, sessions, 100, 10000);
            qInfo("generated %d sessions and %d messages in %.1f s", sessions + 1, sessions * 100 + 10000,
                timer.elapsed() / 1000.0);
        } else {
            m_longSession = sessions + 1;
        }
        if (!m_store.isPostgres())
            qInfo("database: %.0f MB", QFileInfo(path).size() / 1e6);
    }

    void openStore()
    {
        QBENCHMARK
        {
            SessionStore store;
            QVERIFY(store.open(m_store.path()));
        }
    }

    void sidebarFirstPage()
    {
        QBENCHMARK
        {
            SessionListModel model(&m_store);
            QCOMPARE(model.rowCount(), SessionListModel::DefaultPageSize);
        }
    }

    void sidebarDeepPage()
    {
        const QList<SessionInfo> first = m_store.sessions(qMin(9000, m_store.sessionCount() - 250));
        const SessionInfo last = first.last();
        QBENCHMARK
        {
            QCOMPARE(m_store.sessions(200, &last).size(), 200);
        }
    }

    void openLongSession()
    {
        Conversation model(&m_store);
        QBENCHMARK
        {
            model.setSession(m_longSession);
        }
        QCOMPARE(model.count(), 100);
    }

    void loadWholeLongSession()
    {
        Conversation model(&m_store);
        QBENCHMARK
        {
            model.setSession(m_longSession);
            while (model.canLoadOlder())
                model.loadOlder();
        }
        QCOMPARE(model.count(), 10000);
    }

    void contextUnlimitedLongSession()
    {
        Conversation model(&m_store);
        model.setSession(m_longSession);
        ContextSettings settings;
        ContextWindow window;
        QBENCHMARK
        {
            window = ContextBuilder::loadAndBuild(&model, settings, QStringLiteral("next"));
        }
        QCOMPARE(window.turns.size(), 10001);
    }

    void contextLimitedLongSession()
    {
        Conversation model(&m_store);
        model.setSession(m_longSession);
        ContextSettings settings;
        settings.maxMessages = 50;
        settings.tokenBudget = 8000;
        QBENCHMARK
        {
            model.setContextWindow(ContextBuilder::loadAndBuild(&model, settings));
        }
    }

    void searchRareWord()
    {
        QBENCHMARK
        {
            m_store.search(QStringLiteral("Question 424242"), 50);
        }
    }

    void searchCommonWord()
    {
        QBENCHMARK
        {
            QCOMPARE(m_store.search(QStringLiteral("compiler"), 50).size(), 50);
        }
    }

    // One- and two-word queries, common, rare and half-typed (the last word a prefix). None is in
    // a chat's title: titles are listed first, and 50 of them would leave the messages unsearched.
    void searchWords_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("plain"); // the same words as exact FTS5 terms, for searchPlainSql
        QTest::newRow("one common") << QStringLiteral("question") << QStringLiteral("\"question\"");
        QTest::newRow("one rare") << QStringLiteral("424242") << QStringLiteral("\"424242\"");
        QTest::newRow("one prefix") << QStringLiteral("quest") << QStringLiteral("\"question\"");
        QTest::newRow("one rare prefix") << QStringLiteral("42424") << QStringLiteral("\"424242\"");
        QTest::newRow("two common") << QStringLiteral("answer int") << QStringLiteral("\"answer\" \"int\"");
        QTest::newRow("two rare") << QStringLiteral("Question 424242")
                                  << QStringLiteral("\"question\" \"424242\"");
        QTest::newRow("two prefix") << QStringLiteral("answer in") << QStringLiteral("\"answer\" \"int\"");
        QTest::newRow("two rare prefix")
            << QStringLiteral("question 4242") << QStringLiteral("\"question\" \"4242\"");
    }

    void searchWords()
    {
        QFETCH(QString, query);
        QBENCHMARK
        {
            QVERIFY(!m_store.search(query, 50).isEmpty());
        }
    }

    // The floor searchWords() is compared with: one FTS5 statement of exact terms (which FTS5
    // reads lazily, newest first), with the same joins and snippet, by plain SQL.
    void searchPlainSql_data() { searchWords_data(); }

    void searchPlainSql()
    {
        QFETCH(QString, plain);
        searchPlain(plain);
    }

    void searchOlderWord_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("plain");
        QTest::newRow("prefix") << QStringLiteral("quest") << QStringLiteral("\"quest\"*");
        QTest::newRow("word and prefix")
            << QStringLiteral("question compi") << QStringLiteral("\"question\" \"compi\"*");
    }

    void searchOlderWord()
    {
        // A word being typed that the newest 500 messages lack, though half of the older ones have
        // it: a chat of 600 newer messages without it comes first (removed afterwards).
        QFETCH(QString, query);
        SessionInfo info;
        info.title = QStringLiteral("bench newer chat");
        QList<Message> newer;
        for (int i = 0; i < 600; ++i) {
            Message m;
            m.role = QStringLiteral("user");
            m.content = QStringLiteral("a newer message %1 without the word").arg(i);
            newer << m;
        }
        const qint64 session = m_store.importSession(info, newer);
        QVERIFY(session > 0);
        // Gone however this ends: the file's next runs measure it as generated.
        const auto remove = qScopeGuard([this, session] {
            m_store.deleteSession(session);
            m_store.purgeDeleted(session);
        });
        QBENCHMARK
        {
            QVERIFY(!m_store.search(query, 50).isEmpty());
        }
    }

    // What searchOlderWord() ran before it read the index's terms: FTS5's prefix query, which
    // reads every entry of every term it matches, by plain SQL.
    void searchOlderWordPrefixReference_data() { searchOlderWord_data(); }

    void searchOlderWordPrefixReference()
    {
        QFETCH(QString, plain);
        searchPlain(plain);
    }

    void appendMessage()
    {
        const qint64 session = m_store.createSession(QStringLiteral("bench append"));
        Conversation model(&m_store);
        model.setSession(session);
        QBENCHMARK
        {
            model.appendMessage(
                QStringLiteral("user"), QStringLiteral("a new message of ordinary length, typed by hand"));
        }
    }

    void appendMessageRawReference()
    {
        // The floor appendMessage() is compared with: the same INSERT and UPDATE in one
        // transaction, on the same file and schema (triggers included), by plain SQL.
        const qint64 session = m_store.createSession(QStringLiteral("bench raw append"));
        QSqlDatabase db = QSqlDatabase::database(m_store.connectionName());
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO messages (session_id, parent_id, role, content, created_at, "
                           "updated_at) VALUES (?, ?, 'user', ?, ?, ?)"));
        QSqlQuery leaf(db);
        leaf.prepare(QStringLiteral(
            "UPDATE sessions SET current_leaf = ?, updated_at = max(updated_at, ?) WHERE id = ?"));
        QSqlQuery begin(db);
        QSqlQuery commit(db);
        QVariant parent(QMetaType::fromType<qint64>());
        QBENCHMARK
        {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QVERIFY(begin.exec(QStringLiteral("BEGIN IMMEDIATE")));
            insert.addBindValue(session);
            insert.addBindValue(parent);
            insert.addBindValue(QStringLiteral("a new message of ordinary length, typed by hand"));
            insert.addBindValue(now);
            insert.addBindValue(now);
            QVERIFY(insert.exec());
            parent = insert.lastInsertId();
            leaf.addBindValue(parent);
            leaf.addBindValue(now);
            leaf.addBindValue(session);
            QVERIFY(leaf.exec());
            QVERIFY(commit.exec(QStringLiteral("COMMIT")));
        }
    }

    void persistStreamingReply()
    {
        // One flush of a 4 KB reply that is still growing (what the flush timer does 4 times a second).
        const qint64 session = m_store.createSession(QStringLiteral("bench stream"));
        Conversation model(&m_store);
        model.setSession(session);
        const qint64 reply = model.beginReply({});
        const QString chunk = QString(64, QLatin1Char('x'));
        for (int i = 0; i < 64; ++i)
            model.appendToReply(reply, chunk);
        QBENCHMARK
        {
            model.appendToReply(reply, QStringLiteral("y"));
            model.flush();
        }
        model.finishReply(reply, MessageState::Complete);
    }

    void persistStreamingReplyRawReference()
    {
        // The floor of persistStreamingReply(): one UPDATE of a streaming row's 4 KB text, by plain SQL.
        const qint64 session = m_store.createSession(QStringLiteral("bench raw stream"));
        Conversation model(&m_store);
        model.setSession(session);
        const qint64 reply = model.beginReply({});
        QSqlQuery update(QSqlDatabase::database(m_store.connectionName()));
        update.prepare(
            QStringLiteral("UPDATE messages SET content = ?, reasoning = '', updated_at = ? WHERE id = ?"));
        QString text = QString(64 * 64, QLatin1Char('x'));
        QBENCHMARK
        {
            text += QLatin1Char('y');
            update.addBindValue(text);
            update.addBindValue(QDateTime::currentMSecsSinceEpoch());
            update.addBindValue(reply);
            QVERIFY(update.exec());
        }
        model.finishReply(reply, MessageState::Complete);
    }

    void persistStreamingReplyChunkReference()
    {
        // The floor of persistStreamingReply() since schema 9: what the reply grew by as one chunk
        // row, and the heartbeat, in one transaction by plain SQL (the write costs the delta).
        const qint64 session = m_store.createSession(QStringLiteral("bench raw chunks"));
        Conversation model(&m_store);
        model.setSession(session);
        const qint64 reply = model.beginReply({});
        QSqlDatabase db = QSqlDatabase::database(m_store.connectionName());
        QSqlQuery touch(db);
        touch.prepare(
            QStringLiteral("UPDATE messages SET updated_at = ? WHERE id = ? AND state = 'streaming'"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO message_chunks (message_id, seq, content, reasoning) VALUES (?, ?, ?, '')"));
        QSqlQuery begin(db);
        QSqlQuery commit(db);
        int seq = 0;
        QBENCHMARK
        {
            QVERIFY(begin.exec(QStringLiteral("BEGIN IMMEDIATE")));
            touch.addBindValue(QDateTime::currentMSecsSinceEpoch());
            touch.addBindValue(reply);
            QVERIFY(touch.exec());
            insert.addBindValue(reply);
            insert.addBindValue(seq++);
            insert.addBindValue(QStringLiteral("y"));
            QVERIFY(insert.exec());
            QVERIFY(commit.exec(QStringLiteral("COMMIT")));
        }
        model.finishReply(reply, MessageState::Complete);
    }

    void finishLongReply()
    {
        // The end of a 1 MB reply streamed in 1,000 chunks, on the GUI thread: the chunks folded
        // into the message, which is queued for SearchIndexer's thread (median of 7).
        QList<qint64> ns;
        for (int round = 0; round < 7; ++round) {
            const qint64 id = streamLongReply();
            Message done = *m_store.message(id);
            done.state = MessageState::Complete;
            QElapsedTimer timer;
            timer.start();
            QVERIFY(m_store.finishMessage(done));
            ns << timer.nsecsElapsed();
            if (!m_store.isPostgres()) // the server computed the vector in the UPDATE
                QTRY_COMPARE_WITH_TIMEOUT(queuedForIndex(), 0, 30000); // the indexer is done with it
        }
        report(ns);
    }

    void finishLongReplyIndexedReference()
    {
        // What the same end cost before schema 11, by plain SQL: the text written, indexed and its
        // chunks dropped in one transaction (the trigger queues it; the transaction indexes it).
        if (m_store.isPostgres())
            QSKIP("SQLite's index");
        QSqlDatabase db = QSqlDatabase::database(m_store.connectionName());
        QSqlQuery q(db);
        QList<qint64> ns;
        for (int round = 0; round < 7; ++round) {
            const qint64 id = streamLongReply();
            const QString text = m_store.message(id)->content;
            QElapsedTimer timer;
            timer.start();
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            q.prepare(QStringLiteral(
                "UPDATE messages SET content = ?, state = 'complete', updated_at = ? WHERE id = ?"));
            q.addBindValue(text);
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            q.addBindValue(id);
            QVERIFY(q.exec());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO messages_fts(rowid, content) SELECT id, content FROM "
                                          "messages WHERE id = %1")
                               .arg(id)));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM messages_unindexed WHERE message_id = %1").arg(id)));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM message_chunks WHERE message_id = %1").arg(id)));
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
            ns << timer.nsecsElapsed();
        }
        report(ns);
    }

private:
    // One FTS5 statement of `plain`, with the search's joins and snippet, by plain SQL.
    void searchPlain(const QString &plain)
    {
        QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
        q.prepare(QStringLiteral(
            "SELECT m.id, m.session_id, m.role, snippet(messages_fts, 0, char(57344), char(57345), '…', 12), "
            "s.title, m.updated_at FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
            "JOIN sessions s ON s.id = m.session_id WHERE messages_fts MATCH ? AND s.deleted_at IS NULL "
            "ORDER BY messages_fts.rowid DESC LIMIT 50"));
        QBENCHMARK
        {
            q.addBindValue(plain);
            QVERIFY(q.exec());
            int rows = 0;
            while (q.next())
                ++rows;
            QVERIFY(rows > 0);
        }
    }

    // A streaming reply of 1,000 chunks of 1,000 characters.
    qint64 streamLongReply()
    {
        if (!m_replySession)
            m_replySession = m_store.createSession(QStringLiteral("bench long replies"));
        Message reply;
        reply.sessionId = m_replySession;
        reply.parentId = m_store.session(m_replySession)->currentLeafId;
        reply.role = QStringLiteral("assistant");
        reply.state = MessageState::Streaming;
        const qint64 id = m_store.addMessage(reply);
        // Words drawn from a vocabulary of 4,096 (a reply's text repeats its words), by a fixed
        // linear congruential sequence.
        quint32 seed = 12345;
        for (int i = 0; i < 1000; ++i) {
            QString delta;
            while (delta.size() < 1000) {
                seed = seed * 1664525u + 1013904223u;
                const quint32 word = seed >> 20;
                delta += QLatin1Char('w') + QString::number(word, 36) + QLatin1Char(' ');
            }
            delta.truncate(1000);
            if (!m_store.appendReplyText(id, i, delta, QString()))
                return 0;
        }
        return id;
    }

    int queuedForIndex() const
    {
        QSqlQuery q(QSqlDatabase::database(m_store.connectionName()));
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM messages_unindexed")) && q.next()
            ? q.value(0).toInt()
            : -1;
    }

    static void report(QList<qint64> ns)
    {
        std::sort(ns.begin(), ns.end());
        const qreal median = ns.at(ns.size() / 2) / 1e6;
        qInfo("median %.2f ms of %lld (min %.2f, max %.2f)", median, qlonglong(ns.size()), ns.first() / 1e6,
            ns.last() / 1e6);
        QTest::setBenchmarkResult(median, QTest::WalltimeMilliseconds);
    }

    qint64 m_replySession = 0;
    QTemporaryDir m_dir;
    SessionStore m_store;
    qint64 m_longSession = 0;
};

QTEST_GUILESS_MAIN(BenchStore)
#include "bench_store.moc"
