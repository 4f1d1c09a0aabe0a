// Conversation on its own, as confab-cli and ChatController use it: no item model anywhere.
// Every change is announced before and after it happens, in that order, so a model can wrap it.
#include "models/conversation.h"
#include "storage/sessionstore.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTest>

class TestConversation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        CONFAB_REQUIRE_BACKEND();
        m_dir.reset(new QTemporaryDir);
        m_store.reset(new SessionStore);
        QVERIFY(m_store->open(TestUtil::dbPath(*m_dir)));
        m_conversation.reset(new Conversation(m_store.get()));
    }

    void announcesEachChangeAroundIt()
    {
        m_conversation->setSession(m_store->createSession());
        QStringList events;
        Conversation *c = m_conversation.get();
        connect(c, &Conversation::aboutToAppend, this, [&](int row) {
            events << QStringLiteral("aboutToAppend %1 (count %2)").arg(row).arg(c->count());
        });
        connect(c, &Conversation::appended, this,
            [&] { events << QStringLiteral("appended (count %1)").arg(c->count()); });
        connect(c, &Conversation::rowsChanged, this, [&](int first, int, Conversation::Changes changes) {
            events << QStringLiteral("changed %1 %2").arg(first).arg(int(changes));
        });
        connect(c, &Conversation::aboutToRemove, this, [&](int first, int last) {
            events << QStringLiteral("aboutToRemove %1-%2").arg(first).arg(last);
        });
        connect(c, &Conversation::removed, this,
            [&] { events << QStringLiteral("removed (count %1)").arg(c->count()); });

        QVERIFY(c->appendMessage(MessageRole::User, QStringLiteral("hi")));
        const qint64 reply = c->beginReply(QStringLiteral("m"));
        c->appendToReply(reply, QStringLiteral("hel"));
        c->appendToReply(reply, {}, QStringLiteral("thinking"));
        c->finishReply(reply, MessageState::Complete);
        QVERIFY(c->prepareRegenerate(1));
        QCOMPARE(events,
            (QStringList {QStringLiteral("aboutToAppend 0 (count 0)"), QStringLiteral("appended (count 1)"),
                QStringLiteral("aboutToAppend 1 (count 1)"), QStringLiteral("appended (count 2)"),
                QStringLiteral("changed 1 %1").arg(int(Conversation::Content)),
                QStringLiteral("changed 1 %1").arg(int(Conversation::Reasoning)),
                QStringLiteral("changed 1 %1").arg(int(Conversation::Finished)),
                QStringLiteral("aboutToRemove 1-1"), QStringLiteral("removed (count 1)")}));
    }

    void streamsAndFlushesWithoutAModel()
    {
        const qint64 session = m_store->createSession();
        m_conversation->setSession(session);
        m_conversation->setFlushInterval(60000); // only flush() writes
        QVERIFY(m_conversation->appendMessage(MessageRole::User, QStringLiteral("q")));
        const qint64 reply = m_conversation->beginReply({});
        QVERIFY(m_conversation->isStreaming());
        m_conversation->appendToReply(reply, QStringLiteral("partial"));
        QCOMPARE(m_store->message(reply)->content, QString());
        m_conversation->flush();
        QCOMPARE(m_store->message(reply)->content, QStringLiteral("partial"));
        QCOMPARE(m_store->message(reply)->state, MessageState::Streaming);
        m_conversation->finishReply(reply, MessageState::Stopped);
        QVERIFY(!m_conversation->isStreaming());
        QCOMPARE(m_store->message(reply)->state, MessageState::Stopped);
    }

    void loadsOlderPagesOnRequest()
    {
        m_conversation->setPageSize(10);
        m_conversation->setSession(TestUtil::makeSession(m_store.get(), 25));
        QCOMPARE(m_conversation->count(), 10);
        QSignalSpy prepending(m_conversation.get(), &Conversation::aboutToPrepend);
        while (m_conversation->canLoadOlder())
            m_conversation->loadOlder();
        QCOMPARE(m_conversation->count(), 25);
        QCOMPARE(prepending.count(), 2);
        QCOMPARE(prepending.at(1).at(0).toInt(), 5);
        QCOMPARE(m_conversation->messageAt(0).content, QStringLiteral("u1"));
    }

    void marksATruncatedReply()
    {
        m_conversation->setSession(TestUtil::makeSession(m_store.get(), 4));
        const qint64 reply = m_conversation->messageAt(3).id;
        QSignalSpy changed(m_conversation.get(), &Conversation::rowsChanged);
        QVERIFY(m_conversation->markTruncated(reply));
        QVERIFY(m_conversation->messageAt(3).truncated);
        QVERIFY(m_store->message(reply)->truncated); // written through
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toInt(), 3);
        QCOMPARE(changed.first().at(2).value<Conversation::Changes>(),
            Conversation::Changes(Conversation::Truncated));
        QVERIFY(!m_conversation->markTruncated(0)); // no such row: refused, nothing announced
        QCOMPARE(changed.count(), 1);
    }

    void keepsTheMarkersSummary()
    {
        m_conversation->setSession(TestUtil::makeSession(m_store.get(), 10));
        ContextWindow window;
        window.messageIds = {m_conversation->messageAt(6).id};
        window.firstMessageId = window.messageIds.first();
        window.droppedMessages = 6;
        window.estimatedTokens = 120;
        window.rawEstimate = 120;
        window.contextLength = 256;
        window.replyReserve = 64;
        m_conversation->setContextWindow(window);
        const QString summary = m_conversation->contextSummary(window.firstMessageId);
        QVERIFY2(summary.contains(QLatin1String("~120 of 256 tokens")), qPrintable(summary));
        QVERIFY(
            m_conversation->contextSummary(m_conversation->messageAt(7).id).isEmpty()); // marker's row only
        // Only the size changes: the marker's row is told, with the change that keeps its height.
        QSignalSpy changed(m_conversation.get(), &Conversation::rowsChanged);
        window.estimatedTokens = 130;
        m_conversation->setContextWindow(window);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toInt(), 6);
        QCOMPARE(changed.first().at(2).value<Conversation::Changes>(),
            Conversation::Changes(Conversation::Summary));
        m_conversation->setContextWindow(window); // the same window again: nothing to tell
        QCOMPARE(changed.count(), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<Conversation> m_conversation;
};

QTEST_GUILESS_MAIN(TestConversation)
#include "tst_conversation.moc"
