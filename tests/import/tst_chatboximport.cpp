#include "importfixture.h"

#include <QTest>

namespace {
// Chatbox's backup (see import/chatboximporter.h): a session with a system message, content
// parts (text, reasoning, an image), a tool message, an earlier thread, and a fork at the first
// user message whose other list holds a different answer; plus an old "chat-sessions" entry.
const char *const backup = R"json({
 "__exported_items": ["setting", "conversations"], "__exported_at": "2025-06-01T10:00:00.000Z",
 "settings": {"theme": 1},
 "chat-sessions-list": [{"id": "s1", "name": "Trip", "starred": true}],
 "session:s1": {"id": "s1", "name": "Trip", "threadName": "Lyon", "starred": true,
  "messages": [
   {"id": "m0", "role": "system", "contentParts": [{"type": "text", "text": "You are a guide."}], "timestamp": 1748772000000},
   {"id": "m1", "role": "user", "contentParts": [{"type": "text", "text": "Where to eat in "}, {"type": "text", "text": "Lyon?"},
    {"type": "image", "storageKey": "picture:1"}], "timestamp": 1748772001000},
   {"id": "m2", "role": "assistant", "model": "gpt-4o", "timestamp": 1748772002500,
    "contentParts": [{"type": "reasoning", "text": "Think of bouchons."}, {"type": "text", "text": "Try a bouchon."}]},
   {"id": "m3", "role": "tool", "contentParts": [{"type": "tool-call", "toolName": "search"}], "timestamp": 1748772003000},
   {"id": "m4", "role": "assistant", "content": "Daniel et Denise is good.", "timestamp": 1748772004000}
  ],
  "threads": [{"id": "t1", "name": "Paris", "createdAt": 1748000000000, "messages": [
   {"id": "p1", "role": "user", "content": "Museums in Paris?", "timestamp": 1748000001000},
   {"id": "p2", "role": "assistant", "content": "The Louvre.", "timestamp": 1748000002000}]}],
  "messageForksHash": {"m1": {"position": 1, "createdAt": 1748772005000, "lists": [
   {"id": "f0", "messages": [{"id": "x1", "role": "assistant", "content": "Go to Paul Bocuse.", "timestamp": 1748772001500}]},
   {"id": "f1", "messages": []}]}}
 },
 "chat-sessions": [{"id": "old", "name": "Old one", "messages": [
   {"id": "o1", "role": "user", "content": "hello", "timestamp": 1690000000000},
   {"id": "o2", "role": "assistant", "content": "hi", "timestamp": 1690000001000}]}]
})json";
} // namespace

class TestChatboxImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_fix.reset(new ImportFixture);
        QVERIFY(m_fix->open());
    }
    void cleanup() { m_fix.reset(); }

    void sessionsThreadsAndForks()
    {
        const auto result = m_fix->import(m_fix->write(QStringLiteral("chatbox-exported-data.json"), backup));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.format, QStringLiteral("Chatbox"));
        QCOMPARE(result.sessionIds.size(), 3); // old session, Trip, Trip's earlier thread

        SessionStore &store = m_fix->store();
        const auto trip = store.sessionByUuid(QStringLiteral("chatbox:s1"));
        QVERIFY(trip);
        QCOMPARE(trip->title, QStringLiteral("Trip"));
        QCOMPARE(trip->systemPrompt, QStringLiteral("You are a guide."));
        QVERIFY(trip->pinned);
        const QList<Message> shown = store.branch(trip->currentLeafId);
        QCOMPARE(shown.size(), 3); // the tool message is left out
        QCOMPARE(shown.at(0).content, QStringLiteral("Where to eat in Lyon?"));
        QCOMPARE(shown.at(1).content, QStringLiteral("Try a bouchon."));
        QCOMPARE(shown.at(1).reasoning, QStringLiteral("Think of bouchons."));
        QCOMPARE(shown.at(1).createdAt.toMSecsSinceEpoch(), 1748772002500LL);
        QCOMPARE(shown.at(2).content, QStringLiteral("Daniel et Denise is good."));
        // The other fork list is an alternative answer to the same question.
        QCOMPARE(shown.at(1).siblingCount, 2);
        QCOMPARE(store.message(store.siblings(shown.at(1).id).last())->content,
            QStringLiteral("Go to Paul Bocuse."));

        const auto thread = store.sessionByUuid(QStringLiteral("chatbox:s1:t1"));
        QVERIFY(thread);
        QCOMPARE(thread->title, QStringLiteral("Trip — Paris"));
        QCOMPARE(m_fix->branch(thread->id),
            (QStringList {QStringLiteral("Museums in Paris?"), QStringLiteral("The Louvre.")}));
        const auto old = store.sessionByUuid(QStringLiteral("chatbox:old"));
        QVERIFY(old);
        QCOMPARE(m_fix->branch(old->id), (QStringList {QStringLiteral("hello"), QStringLiteral("hi")}));

        QCOMPARE(m_fix->import(m_fix->write(QStringLiteral("again.json"), backup)).skipped, 3);
        QCOMPARE(store.sessionCount(), 3);
    }

    void badFileImportsNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const QByteArray good
            = R"("session:a": {"id": "a", "name": "Fine", "messages": [{"role": "user", "content": "hi"}]})";
        QTest::newRow("content not text") << QByteArray("{\"__exported_items\": [], " + good
            + R"(, "session:b": {"id": "b", "name": "Bad", "messages": [{"role": "user", "content": 42}]}})")
                                          << QStringLiteral("(\"Bad\"): message 1 \"content\" is not text");
        QTest::newRow("no id") << QByteArray(
            "{\"__exported_items\": [], " + good + R"(, "session:b": {"name": "Nameless", "messages": []}})")
                               << QStringLiteral("has no \"id\"");
        QTest::newRow("messages not a list") << QByteArray(
            "{\"__exported_items\": [], " + good + R"(, "session:b": {"id": "b", "messages": {}}})")
                                             << QStringLiteral("\"messages\" is missing or not a list");
    }
    void badFileImportsNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QString why;
        QVERIFY2(m_fix->rejects(QStringLiteral("chatbox.json"), content, message, &why), qPrintable(why));
    }

private:
    std::unique_ptr<ImportFixture> m_fix;
};

QTEST_GUILESS_MAIN(TestChatboxImport)
#include "tst_chatboximport.moc"
