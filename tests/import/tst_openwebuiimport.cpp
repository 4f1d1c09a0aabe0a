#include "importfixture.h"

#include <QFile>
#include <QTest>

namespace {
// Open WebUI's "Export chats" file (see import/openwebuiimporter.h): a regenerated reply (two
// children of the user message, the second one current), reasoning and tool calls inline as
// <details>, a system message, an orphan whose parent lists it nowhere, times in seconds.
QByteArray chats()
{
    QFile file(QFINDTESTDATA("data/openwebui-export.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray withSecond(const QByteArray &second)
{
    return R"json([{"id": "ok", "title": "Fine", "chat": {"history": {"currentId": "m", "messages": {
        "m": {"id": "m", "parentId": null, "childrenIds": [], "role": "user", "content": "hi"}}}}}, )json"
        + second + "]";
}
} // namespace

class TestOpenWebUiImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_fix.reset(new ImportFixture);
        QVERIFY(m_fix->open());
    }
    void cleanup() { m_fix.reset(); }

    void keepsTheTreeAndSplitsReasoning()
    {
        const auto result = m_fix->import(m_fix->write(QStringLiteral("chat-export.json"), chats()));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.format, QStringLiteral("Open WebUI"));
        QCOMPARE(result.sessionIds.size(), 1); // the empty chat adds nothing
        const auto info = m_fix->store().session(result.sessionIds.first());
        QCOMPARE(info->uuid, QStringLiteral("openwebui:chat-1"));
        QCOMPARE(info->systemPrompt, QStringLiteral("Be brief."));
        QVERIFY(info->pinned);
        QCOMPARE(info->createdAt.toSecsSinceEpoch(), 1700000000LL);
        const QList<Message> shown = m_fix->store().branch(info->currentLeafId);
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.at(0).content, QStringLiteral("What is 15 * 17? <b>bold</b>"));
        QCOMPARE(shown.at(1).content, QStringLiteral("255"));
        QCOMPARE(shown.at(1).reasoning, QStringLiteral("> 15 * 10 + 15 * 7"));
        QCOMPARE(shown.at(1).model, QStringLiteral("deepseek-r1"));
        QCOMPARE(shown.at(1).createdAt.toSecsSinceEpoch(), 1700000010LL);
        // a1 and a2 in childrenIds order, then the orphan a3 found by its parentId.
        QCOMPARE(shown.at(1).siblingCount, 3);
        QCOMPARE(shown.at(1).siblingIndex, 1);
        const QList<qint64> siblings = m_fix->store().siblings(shown.at(1).id);
        QCOMPARE(m_fix->store().message(siblings.first())->content, QStringLiteral("About 250."));
        QCOMPARE(m_fix->store().message(siblings.last())->content, QStringLiteral("Orphan answer"));

        const auto again = m_fix->import(m_fix->write(QStringLiteral("chat-export.json"), chats()));
        QCOMPARE(again.skipped, 1);
        QCOMPARE(m_fix->store().sessionCount(), 1);
    }

    void badFileImportsNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("no id") << withSecond(R"({"chat": {"history": {"messages": {}}}})")
                               << QStringLiteral("conversation 2 has no \"id\"");
        QTest::newRow("content not text")
            << withSecond(R"({"id": "x", "title": "Odd", "chat": {"history": {"messages": {
                   "m": {"id": "m", "parentId": null, "role": "user", "content": {"text": "hi"}}}}}})")
            << QStringLiteral("conversation 2 (\"Odd\"): message \"m\" has a \"content\" that is not text");
        QTest::newRow("message not an object")
            << withSecond(R"({"id": "x", "chat": {"history": {"messages": {"m": [1, 2]}}}})")
            << QStringLiteral("message \"m\" is not an object");
        QTest::newRow("currentId unknown")
            << withSecond(R"({"id": "x", "chat": {"history": {"currentId": "zz", "messages": {
                   "m": {"id": "m", "parentId": null, "role": "user", "content": "hi"}}}}})")
            << QStringLiteral("\"currentId\" names a message that is not in the chat");
        QTest::newRow("cycle") << withSecond(R"({"id": "x", "chat": {"history": {"messages": {
                   "m": {"id": "m", "parentId": "n", "role": "user", "content": "hi"},
                   "n": {"id": "n", "parentId": "m", "role": "assistant", "content": "ho"}}}}})")
                               << QStringLiteral("form a cycle");
    }
    void badFileImportsNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QString why;
        QVERIFY2(m_fix->rejects(QStringLiteral("chat-export.json"), content, message, &why), qPrintable(why));
    }

private:
    std::unique_ptr<ImportFixture> m_fix;
};

QTEST_GUILESS_MAIN(TestOpenWebUiImport)
#include "tst_openwebuiimport.moc"
