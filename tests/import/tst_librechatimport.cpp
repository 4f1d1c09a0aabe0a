#include "importfixture.h"

#include <QTest>

namespace {
// LibreChat's export (see import/librechatimporter.h), flat: an edited question (two children
// of the first answer), content parts with a think part, an error reply, the zero-UUID root parent.
const char *const flat = R"json({
 "conversationId": "af1ea676", "title": "Fuel", "endpoint": "openAI", "options": {"model": "gpt-4o"},
 "messages": [
  {"messageId": "m1", "parentMessageId": "00000000-0000-0000-0000-000000000000", "isCreatedByUser": true,
   "sender": "User", "text": "Fuel use of a van?", "createdAt": "2024-04-09T14:32:05.230013Z"},
  {"messageId": "m2", "parentMessageId": "m1", "isCreatedByUser": false, "sender": "GPT-4o",
   "text": "", "model": "gpt-4o", "createdAt": "2024-04-09T14:32:06.000Z",
   "content": [{"type": "think", "think": "Recall specs."}, {"type": "text", "text": {"value": "About 8 l/100km."}}]},
  {"messageId": "m3", "parentMessageId": "m2", "isCreatedByUser": true, "sender": "User",
   "text": "And loaded?", "createdAt": "2024-04-09T14:32:07.000Z"},
  {"messageId": "m4", "parentMessageId": "m2", "isCreatedByUser": true, "sender": "User",
   "text": "And fully loaded?", "createdAt": "2024-04-09T14:32:09.000Z"},
  {"messageId": "m5", "parentMessageId": "m4", "isCreatedByUser": false, "sender": "GPT-4o",
   "text": "Rate limit reached", "error": true, "createdAt": "2024-04-09T14:32:10.000Z"}
 ]})json";

// The same shape with "include branches, recursive": messagesTree with nested children.
const char *const tree = R"json({
 "conversationId": "tree-1", "title": "Nested", "recursive": true, "branches": true,
 "messagesTree": [
  {"messageId": "t1", "parentMessageId": "00000000-0000-0000-0000-000000000000", "isCreatedByUser": true,
   "text": "Hi", "createdAt": "2024-04-09T14:00:00.000Z", "children": [
     {"messageId": "t2", "parentMessageId": "t1", "isCreatedByUser": false, "sender": "GPT", "text": "Hello!",
      "createdAt": "2024-04-09T14:00:01.000Z", "children": []},
     {"messageId": "t3", "parentMessageId": "t1", "isCreatedByUser": false, "sender": "GPT", "text": "Hey!",
      "createdAt": "2024-04-09T14:00:02.000Z", "children": [
        {"messageId": "t4", "parentMessageId": "t3", "isCreatedByUser": true, "text": "Bye",
         "createdAt": "2024-04-09T14:00:03.000Z", "children": []}]}]}
 ]})json";
} // namespace

class TestLibreChatImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_fix.reset(new ImportFixture);
        QVERIFY(m_fix->open());
    }
    void cleanup() { m_fix.reset(); }

    void flatListWithAnEditedQuestion()
    {
        const auto result = m_fix->import(m_fix->write(QStringLiteral("librechat.json"), flat));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.format, QStringLiteral("LibreChat"));
        const auto info = m_fix->store().session(result.sessionIds.value(0));
        QVERIFY(info);
        QCOMPARE(info->uuid, QStringLiteral("librechat:af1ea676"));
        QCOMPARE(info->model, QStringLiteral("gpt-4o"));
        // No current marker in LibreChat: the latest message's branch is shown.
        const QList<Message> shown = m_fix->store().branch(info->currentLeafId);
        QCOMPARE(shown.size(), 4);
        QCOMPARE(shown.at(0).createdMicros, 13);
        QCOMPARE(shown.at(1).content, QStringLiteral("About 8 l/100km."));
        QCOMPARE(shown.at(1).reasoning, QStringLiteral("Recall specs."));
        QCOMPARE(shown.at(2).content, QStringLiteral("And fully loaded?"));
        QCOMPARE(shown.at(2).siblingCount, 2);
        QCOMPARE(shown.at(3).state, MessageState::Error);
        QCOMPARE(shown.at(3).role, QStringLiteral("assistant"));
    }

    void recursiveTree()
    {
        const auto result = m_fix->import(m_fix->write(QStringLiteral("tree.json"), tree));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const qint64 id = result.sessionIds.value(0);
        QCOMPARE(m_fix->branch(id),
            (QStringList {QStringLiteral("Hi"), QStringLiteral("Hey!"), QStringLiteral("Bye")}));
        QCOMPARE(m_fix->store().messageCount(id), 4);
        QCOMPARE(m_fix->import(m_fix->write(QStringLiteral("tree.json"), tree)).skipped, 1);
    }

    void badFileImportsNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("no messageId") << QByteArray(R"({"conversationId": "c", "title": "T", "messages": [
                {"messageId": "a", "text": "ok"}, {"text": "no id"}]})")
                                      << QStringLiteral("\"T\": message 2 has no \"messageId\"");
        QTest::newRow("bad createdAt")
            << QByteArray(R"({"conversationId": "c", "messages": [
                {"messageId": "a", "text": "ok", "createdAt": "yesterday"}]})")
            << QStringLiteral("message \"a\" has a \"createdAt\" that is not ISO-8601");
        QTest::newRow("message not an object") << QByteArray(R"({"conversationId": "c", "messages": [7]})")
                                               << QStringLiteral("message 1 is not an object");
        QTest::newRow("cycle") << QByteArray(R"({"conversationId": "c", "messages": [
                {"messageId": "r", "text": "root"},
                {"messageId": "a", "parentMessageId": "b", "text": "x"},
                {"messageId": "b", "parentMessageId": "a", "text": "y"}]})")
                               << QStringLiteral("form a cycle");
    }
    void badFileImportsNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QString why;
        QVERIFY2(m_fix->rejects(QStringLiteral("librechat.json"), content, message, &why), qPrintable(why));
    }

private:
    std::unique_ptr<ImportFixture> m_fix;
};

QTEST_GUILESS_MAIN(TestLibreChatImport)
#include "tst_librechatimport.moc"
