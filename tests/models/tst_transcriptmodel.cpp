#include "models/transcriptmodel.h"
#include "storage/sessionstore.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

class TestTranscriptModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        CONFAB_REQUIRE_BACKEND();
        m_dir.reset(new QTemporaryDir);
        m_store.reset(new SessionStore);
        QVERIFY(m_store->open(TestUtil::dbPath(*m_dir)));
        m_model.reset(new TranscriptModel(m_store.get()));
        m_tester.reset(new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_store.reset();
    }

    void loadsNewestPageThenOlderOnFetchMore()
    {
        const qint64 session = TestUtil::makeSession(m_store.get(), 25);
        m_model->conversation()->setPageSize(10);
        m_model->conversation()->setSession(session);
        QCOMPARE(m_model->rowCount(), 10);
        QCOMPARE(content(0), QStringLiteral("a8"));
        QCOMPARE(content(9), QStringLiteral("u13"));
        QVERIFY(m_model->canFetchMore({}));

        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->fetchMore({});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0); // prepended
        QCOMPARE(inserted.first().at(2).toInt(), 9);
        QCOMPARE(m_model->rowCount(), 20);
        m_model->fetchMore({});
        QCOMPARE(m_model->rowCount(), 25);
        QCOMPARE(content(0), QStringLiteral("u1"));
        QVERIFY(!m_model->canFetchMore({}));
    }

    void writesThrough()
    {
        const qint64 session = m_store->createSession();
        m_model->conversation()->setSession(session);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        const qint64 id
            = m_model->conversation()->appendMessage(QStringLiteral("user"), QStringLiteral("Hello"));
        QVERIFY(id > 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_model->data(m_model->index(0), TranscriptModel::IdRole).toLongLong(), id);

        // Another model (the "restarted app") reads the same rows from the file.
        TranscriptModel other(m_store.get());
        other.conversation()->setSession(session);
        QCOMPARE(other.rowCount(), 1);
        QCOMPARE(
            other.data(other.index(0), TranscriptModel::ContentRole).toString(), QStringLiteral("Hello"));
    }

    void streamsIntoOneRowWithBoundedWrites()
    {
        const qint64 session = TestUtil::makeSession(m_store.get(), 1);
        m_model->conversation()->setSession(session);
        m_model->conversation()->setFlushInterval(100);
        const qint64 reply = m_model->conversation()->beginReply(QStringLiteral("gpt-test"));
        QVERIFY(reply > 0);
        QCOMPARE(m_model->data(m_model->index(1), TranscriptModel::StateRole).toInt(),
            int(MessageState::Streaming));

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        const QStringList deltas {QStringLiteral("The "), QStringLiteral("capital "), QStringLiteral("is "),
            QStringLiteral("London.")};
        for (const QString &delta : deltas)
            m_model->conversation()->appendToReply(reply, delta, {});
        QCOMPARE(changed.size(), deltas.size());
        for (const auto &args : changed) {
            QCOMPARE(args.at(0).toModelIndex().row(), 1);
            QCOMPARE(args.at(1).toModelIndex().row(), 1);
            QVERIFY(args.at(2).value<QList<int>>().contains(TranscriptModel::ContentRole));
        }
        QCOMPARE(content(1), QStringLiteral("The capital is London."));
        // Not yet written: writes are batched per flush interval...
        QCOMPARE(m_store->message(reply)->content, QString());
        // ...and land within it.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_store->message(reply)->content, QStringLiteral("The capital is London."), 2000);

        m_model->conversation()->appendToReply(reply, {}, QStringLiteral("hmm"));
        m_model->conversation()->finishReply(reply, MessageState::Complete, QStringLiteral("stop"), 78, 9);
        const auto stored = m_store->message(reply);
        QCOMPARE(stored->state, MessageState::Complete);
        QCOMPARE(stored->reasoning, QStringLiteral("hmm"));
        QCOMPARE(stored->finishReason, QStringLiteral("stop"));
        QCOMPARE(stored->promptTokens, 78);
        QCOMPARE(stored->completionTokens, 9);
        QCOMPARE(m_model->data(m_model->index(1), TranscriptModel::CompletionTokensRole).toInt(), 9);
    }

    void saveReplyWritesNowAndSaysHowFar()
    {
        const qint64 session = TestUtil::makeSession(m_store.get(), 1);
        m_model->conversation()->setSession(session);
        m_model->conversation()->setFlushInterval(60000); // only saveReply() writes here
        const qint64 reply = m_model->conversation()->beginReply({});
        QSignalSpy saved(m_model->conversation(), &Conversation::replySaved);
        m_model->conversation()->appendToReply(reply, QStringLiteral("one "));
        m_model->conversation()->appendToReply(reply, QStringLiteral("two "), QStringLiteral("hm"));
        m_model->conversation()->saveReply(reply); // one write for both deltas (one network read)
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().at(0).toLongLong(), reply);
        QCOMPARE(saved.first().at(1).value<qsizetype>(), qsizetype(8));
        QCOMPARE(m_store->message(reply)->content, QStringLiteral("one two "));
        QCOMPARE(m_store->message(reply)->reasoning, QStringLiteral("hm"));
        m_model->conversation()->saveReply(reply); // nothing new: no write
        QCOMPARE(saved.size(), 1);
        m_model->conversation()->finishReply(reply, MessageState::Complete);
        QCOMPARE(saved.size(), 2);
    }

    void appendingDoesNotCopyTheWholeReply()
    {
        // Each delta grows the row's text in place (amortised), instead of copying all of it.
        const qint64 session = TestUtil::makeSession(m_store.get(), 1);
        m_model->conversation()->setSession(session);
        const qint64 reply = m_model->conversation()->beginReply({});
        const int row = m_model->rowOfId(reply);
        int copies = 0;
        const QChar *data = nullptr;
        for (int i = 0; i < 2000; ++i) {
            m_model->conversation()->appendToReply(reply, QStringLiteral("word "));
            if (i % 50 == 0)
                m_model->conversation()->saveReply(reply);
            const QChar *now = m_model->messageAt(row).content.constData();
            copies += now != data;
            data = now;
        }
        QCOMPARE(m_model->messageAt(row).content.size(), 2000 * 5);
        QVERIFY2(copies < 100, qPrintable(QStringLiteral("%1 copies for 2000 deltas").arg(copies)));
        m_model->conversation()->finishReply(reply, MessageState::Complete);
        QCOMPARE(m_store->message(reply)->content.size(), 2000 * 5);
    }

    void replyKeepsGrowingWhileAnotherSessionIsShown()
    {
        const qint64 a = TestUtil::makeSession(m_store.get(), 1);
        const qint64 b = TestUtil::makeSession(m_store.get(), 3);
        m_model->conversation()->setSession(a);
        const qint64 reply = m_model->conversation()->beginReply({});
        m_model->conversation()->appendToReply(reply, QStringLiteral("first half, "));
        m_model->conversation()->setSession(b);
        m_model->conversation()->appendToReply(reply, QStringLiteral("second half"));
        QCOMPARE(m_model->rowCount(), 3);
        m_model->conversation()->setSession(a);
        QCOMPARE(content(1), QStringLiteral("first half, second half"));
        m_model->conversation()->flush();
        QCOMPARE(m_store->message(reply)->content, QStringLiteral("first half, second half"));
        m_model->conversation()->finishReply(reply, MessageState::Stopped);
        QCOMPARE(m_store->message(reply)->state, MessageState::Stopped);
    }

    void finalStateIsWrittenOnceTheDatabaseTakesItAgain()
    {
        const qint64 session = TestUtil::makeSession(m_store.get(), 1);
        m_model->conversation()->setSession(session);
        m_model->conversation()->setFlushInterval(60000); // retries happen when the test says (flush())
        const qint64 reply = m_model->conversation()->beginReply({});
        m_model->conversation()->appendToReply(reply, QStringLiteral("all of it"));
        QSqlQuery q(QSqlDatabase::database(m_store->connectionName()));
        // Every write now fails (PostgreSQL: read_only_sql_transaction).
        QVERIFY(q.exec(TestUtil::onPostgres() ? QStringLiteral("SET default_transaction_read_only = on")
                                              : QStringLiteral("PRAGMA query_only = 1")));
        m_model->conversation()->finishReply(
            reply, MessageState::Error, {}, -1, -1, QStringLiteral("HTTP 500"));
        QCOMPARE(m_model->messageAt(1).state, MessageState::Error); // shown at once
        QCOMPARE(m_store->message(reply)->state, MessageState::Streaming); // not yet on disk
        m_model->conversation()->flush();
        QCOMPARE(m_store->message(reply)->state, MessageState::Streaming); // still refused
        QVERIFY(q.exec(TestUtil::onPostgres() ? QStringLiteral("SET default_transaction_read_only = off")
                                              : QStringLiteral("PRAGMA query_only = 0")));
        QVERIFY(m_model->conversation()->prepareRegenerate(1)); // Retry is not blocked by the pending write
        m_model->conversation()->flush();
        const auto stored = m_store->message(reply);
        QCOMPARE(stored->state, MessageState::Error);
        QCOMPARE(stored->content, QStringLiteral("all of it"));
        QCOMPARE(stored->error, QStringLiteral("HTTP 500"));
    }

    void reloadLeavesTheRowsAloneWhenOnlyOtherChatsChanged()
    {
        const qint64 shown = TestUtil::makeSession(m_store.get(), 2);
        const qint64 other = TestUtil::makeSession(m_store.get(), 2);
        m_model->conversation()->setSession(shown);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        SessionStore elsewhere;
        QVERIFY(elsewhere.open(m_store->path()));
        Message m;
        m.sessionId = other;
        m.parentId = elsewhere.session(other)->currentLeafId;
        m.role = QStringLiteral("user");
        m.content = QStringLiteral("in another chat");
        QVERIFY(elsewhere.addMessage(m));
        m_model->conversation()->reload();
        QCOMPARE(reset.size(), 0);
        m.sessionId = shown;
        m.parentId = elsewhere.session(shown)->currentLeafId;
        m.content = QStringLiteral("in this chat");
        QVERIFY(elsewhere.addMessage(m));
        m_model->conversation()->reload();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(content(2), QStringLiteral("in this chat"));
    }

    void editBranchesAndSwitchingFlipsBack()
    {
        const qint64 session = TestUtil::makeSession(m_store.get(), 4); // u1 a1 u2 a2
        m_model->conversation()->setSession(session);
        const qint64 edited = m_model->conversation()->editMessage(2, QStringLiteral("u2 edited"));
        QVERIFY(edited > 0);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(content(2), QStringLiteral("u2 edited"));
        QCOMPARE(m_model->data(m_model->index(2), TranscriptModel::SiblingCountRole).toInt(), 2);
        QCOMPARE(m_model->data(m_model->index(2), TranscriptModel::SiblingIndexRole).toInt(), 1);

        QVERIFY(m_model->conversation()->switchSibling(2, -1));
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(content(2), QStringLiteral("u2"));
        QCOMPARE(content(3), QStringLiteral("a2")); // the old continuation comes back
        QCOMPARE(m_model->data(m_model->index(2), TranscriptModel::SiblingIndexRole).toInt(), 0);
        QVERIFY(!m_model->conversation()->switchSibling(2, -1));

        // The choice is stored: a restarted model shows the same branch.
        TranscriptModel other(m_store.get());
        other.conversation()->setSession(session);
        QCOMPARE(other.rowCount(), 4);
        QCOMPARE(other.data(other.index(3), TranscriptModel::ContentRole).toString(), QStringLiteral("a2"));
    }

    void noBranchSwitchWhileAReplyStreams()
    {
        const qint64 session = TestUtil::makeSession(m_store.get(), 4); // u1 a1 u2 a2
        m_model->conversation()->setSession(session);
        const qint64 oldU2 = m_model->messageAt(2).id;
        QVERIFY(m_model->conversation()->editMessage(2, QStringLiteral("u2 edited")) > 0);
        const qint64 reply = m_model->conversation()->beginReply({});
        QVERIFY(m_model->conversation()->isStreaming());
        // The model itself refuses, whoever asks (a view, a search hit, the CLI).
        QVERIFY(!m_model->conversation()->switchSibling(2, -1));
        QVERIFY(!m_model->conversation()->showBranchOf(oldU2));
        QCOMPARE(content(2), QStringLiteral("u2 edited"));
        m_model->conversation()->finishReply(reply, MessageState::Complete);
        QVERIFY(!m_model->conversation()->isStreaming());
        QVERIFY(m_model->conversation()->showBranchOf(oldU2)); // an older alternative: its branch is shown
        QCOMPARE(content(2), QStringLiteral("u2"));
        QCOMPARE(content(3), QStringLiteral("a2"));
        QVERIFY(!m_model->conversation()->showBranchOf(999999)); // not in this session
    }

    void regenerateAddsAnAlternative()
    {
        const qint64 session = TestUtil::makeSession(m_store.get(), 2);
        m_model->conversation()->setSession(session);
        QVERIFY(m_model->conversation()->prepareRegenerate(1));
        QCOMPARE(m_model->rowCount(), 1);
        const qint64 reply = m_model->conversation()->beginReply({});
        QCOMPARE(m_model->data(m_model->index(1), TranscriptModel::SiblingCountRole).toInt(), 2);
        m_model->conversation()->appendToReply(reply, QStringLiteral("a1 again"));
        m_model->conversation()->finishReply(reply, MessageState::Complete);
        QVERIFY(m_model->conversation()->switchSibling(1, -1));
        QCOMPARE(content(1), QStringLiteral("a1"));
        QVERIFY(!m_model->conversation()->prepareRegenerate(0)); // a user row is not regenerated
    }

    void contextWindowMarksRows()
    {
        const qint64 session = TestUtil::makeSession(m_store.get(), 4);
        m_model->conversation()->setSession(session);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        const qint64 u2 = m_model->messageAt(2).id;
        ContextWindow window; // u2 and the reply after it
        window.firstMessageId = u2;
        window.messageIds = {u2, m_model->messageAt(3).id};
        m_model->conversation()->setContextWindow(window);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_model->contextStartId(), u2);
        QVERIFY(!m_model->data(m_model->index(1), TranscriptModel::InContextRole).toBool());
        QVERIFY(m_model->data(m_model->index(2), TranscriptModel::InContextRole).toBool());
        m_model->conversation()->setContextWindow(window);
        QCOMPARE(changed.size(), 1); // unchanged window, no signal
    }

    void reloadPicksUpOtherWriters()
    {
        const qint64 session = TestUtil::makeSession(m_store.get(), 2);
        m_model->conversation()->setSession(session);
        SessionStore other;
        QVERIFY(other.open(m_store->path()));
        Message m;
        m.sessionId = session;
        m.parentId = other.session(session)->currentLeafId;
        m.role = QStringLiteral("user");
        m.content = QStringLiteral("from the CLI");
        QVERIFY(other.addMessage(m));
        m_model->conversation()->reload();
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(content(2), QStringLiteral("from the CLI"));
    }

private:
    QString content(int row) const
    {
        return m_model->data(m_model->index(row), TranscriptModel::ContentRole).toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<TranscriptModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestTranscriptModel)
#include "tst_transcriptmodel.moc"
