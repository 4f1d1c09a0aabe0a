#include "import/ziparchive.h"
#include "importfixture.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

#ifdef CONFAB_HAVE_LIBZIP
#include <zip.h>
#endif

namespace {
// conversations.json as ChatGPT's data export writes it (see import/chatgptimporter.h for the
// sources): a null root, a hidden system node, a user turn answered twice (a regenerated reply:
// text, then code run by the python tool), the tool's output, a reply with an image pointer
// among its parts, and a "thoughts" node that is not shown.
QByteArray branchy()
{
    QFile file(QFINDTESTDATA("data/chatgpt-conversations.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray withSecond(const QByteArray &second)
{
    return R"json([{"id": "good", "title": "Fine", "mapping": {"a": {"id": "a", "parent": null, "children": [],
        "message": {"author": {"role": "user"}, "content": {"content_type": "text", "parts": ["hi"]}}}}}, )json"
        + second + "]";
}
} // namespace

class TestChatGptImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_fix.reset(new ImportFixture);
        QVERIFY(m_fix->open());
    }
    void cleanup() { m_fix.reset(); }

    void keepsBranchesAndSkipsHiddenAndToolNodes()
    {
        const auto result = m_fix->import(m_fix->write(QStringLiteral("conversations.json"), branchy()));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.format, QStringLiteral("ChatGPT"));
        QCOMPARE(result.sessionIds.size(), 2);

        const qint64 id = result.sessionIds.first();
        const auto info = m_fix->store().session(id);
        QCOMPARE(info->title, QStringLiteral("Branchy"));
        QCOMPARE(info->uuid, QStringLiteral("chatgpt:conv-1"));
        QCOMPARE(info->createdAt.toMSecsSinceEpoch(), 1700000000123LL);
        QCOMPARE(info->createdMicros, 456);
        // The branch shown ends at current_node: the regenerated code reply, not the first "1".
        QCOMPARE(m_fix->branch(id),
            (QStringList {QStringLiteral("Print one"), QStringLiteral("```python\nprint(1)\n```"),
                QStringLiteral("It printed 1.")}));
        const QList<Message> shown = m_fix->store().branch(info->currentLeafId);
        QCOMPARE(shown.at(0).createdAt.toMSecsSinceEpoch(), 1700000001430LL);
        QCOMPARE(shown.at(0).createdMicros, 13);
        QCOMPARE(shown.at(1).siblingCount, 2); // the first answer is an alternative
        QCOMPARE(shown.at(2).model, QStringLiteral("gpt-4o"));
        const QList<qint64> alternatives = m_fix->store().siblings(shown.at(1).id);
        QCOMPARE(m_fix->store().message(alternatives.first())->content, QStringLiteral("1"));
        QCOMPARE(m_fix->store().messageCount(id), 4); // no system, thoughts or tool rows

        const auto second = m_fix->store().session(result.sessionIds.at(1));
        QCOMPARE(second->systemPrompt, QStringLiteral("Answer in French."));
        QCOMPARE(
            m_fix->branch(second->id), (QStringList {QStringLiteral("Hello"), QStringLiteral("Bonjour")}));
    }

    void badFileImportsNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("[{\"id\": ") << QStringLiteral("not valid JSON");
        QTest::newRow("unknown format")
            << QByteArray(R"({"hello": "world"})") << QStringLiteral("not a chat export Confab knows");
        QTest::newRow("mapping not an object")
            << withSecond(R"({"id": "x", "title": "Broken", "mapping": {"a": 1}})")
            << QStringLiteral("conversation 2 (\"Broken\"): node \"a\" is not an object");
        QTest::newRow("child not in mapping")
            << withSecond(
                   R"({"id": "x", "mapping": {"a": {"parent": null, "children": ["zz"], "message": null}}})")
            << QStringLiteral("conversation 2: node \"a\" lists a child that is not in \"mapping\"");
        QTest::newRow("current_node unknown") << withSecond(
            R"({"id": "x", "current_node": "nope", "mapping": {"a": {"parent": null, "children": []}}})")
                                              << QStringLiteral("\"current_node\"");
        QTest::newRow("content not an object")
            << withSecond(R"({"id": "x", "mapping": {"a": {"parent": null, "children": [],
                 "message": {"author": {"role": "user"}, "content": "hi"}}}})")
            << QStringLiteral("node \"a\" has no \"content\" object");
        QTest::newRow("no id") << withSecond(R"({"mapping": {}})")
                               << QStringLiteral("conversation 2 has no \"id\"");
    }
    void badFileImportsNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QString why;
        QVERIFY2(
            m_fix->rejects(QStringLiteral("conversations.json"), content, message, &why), qPrintable(why));
    }

    void secondImportAddsOnlyWhatIsNew()
    {
        const QString path = m_fix->write(QStringLiteral("conversations.json"), branchy());
        QCOMPARE(m_fix->import(path).sessionIds.size(), 2);
        const auto again = m_fix->import(path);
        QVERIFY(again.ok());
        QCOMPARE(again.sessionIds.size(), 0);
        QCOMPARE(again.skipped, 2);
        QCOMPARE(m_fix->store().sessionCount(), 2);
        // A later export holds the old chats and a new one: only the new one is added.
        QByteArray later = branchy();
        later.chop(later.size() - later.lastIndexOf(']'));
        later += R"(, {"id": "conv-3", "mapping": {"n": {"parent": null, "children": [], "message": {
                  "author": {"role": "user"}, "content": {"content_type": "text", "parts": ["new"]}}}}}])";
        const auto newer = m_fix->import(m_fix->write(QStringLiteral("later.json"), later));
        QVERIFY2(newer.ok(), qPrintable(newer.error));
        QCOMPARE(newer.sessionIds.size(), 1);
        QCOMPARE(newer.skipped, 2);
    }

    void damagedFilesNeverCrash()
    {
        // Not a fuzzer (that is a job of its own): every truncation and a byte changed at every
        // position of a real-shaped file either parses or says why, and never crashes.
        const QByteArray good = branchy();
        int refused = 0;
        for (int i = 0; i < good.size(); i += 3) {
            for (const QByteArray &damaged : {good.left(i), QByteArray(good).replace(i, 1, "0"),
                     QByteArray(good).replace(i, 1, "{"), QByteArray(good).replace(i, 1, "\"")}) {
                QString format;
                QString error;
                if (!HistoryImporter::parse(damaged, &format, &error)) {
                    QVERIFY(!error.isEmpty());
                    ++refused;
                }
            }
        }
        QVERIFY(refused > 0);
    }

    void oversizedFileIsRefused()
    {
        // A sparse file: the size is checked before anything is read.
        const QString path = m_fix->write(QStringLiteral("huge.json"), QByteArray("["));
        QFile file(path);
        QVERIFY(file.resize(HistoryImporter::MaxFileSize + 1));
        const auto result = m_fix->import(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("larger than 256 MB")), qPrintable(result.error));
    }

    void readsTheExportZip()
    {
        if (!ZipArchive::isAvailable())
            QSKIP("built without libzip");
#ifdef CONFAB_HAVE_LIBZIP
        const QString zipPath = m_fix->dir() + QStringLiteral("/chatgpt-export.zip");
        QVERIFY(writeZip(zipPath,
            {{"chat.html", "<html></html>"}, {"user.json", "{}"}, {"Export/conversations.json", branchy()}}));
        const auto result = m_fix->import(zipPath);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.sessionIds.size(), 2);

        const QString noConversations = m_fix->dir() + QStringLiteral("/other.zip");
        QVERIFY(writeZip(noConversations, {{"notes.txt", "hello"}}));
        const auto missing = m_fix->import(noConversations);
        QVERIFY2(
            missing.error.contains(QLatin1String("has no conversations.json")), qPrintable(missing.error));
#endif
        const auto broken = m_fix->import(
            m_fix->write(QStringLiteral("broken.zip"), QByteArray("PK\x03\x04 not really a zip")));
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error.contains(QLatin1String("broken.zip")), qPrintable(broken.error));
        QCOMPARE(m_fix->store().sessionCount(), 2);
    }

private:
#ifdef CONFAB_HAVE_LIBZIP
    static bool writeZip(const QString &path, const QList<std::pair<const char *, QByteArray>> &entries)
    {
        int code = 0;
        zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
        if (!archive)
            return false;
        for (const auto &[name, content] : entries) {
            zip_source_t *source
                = zip_source_buffer(archive, content.constData(), zip_uint64_t(content.size()), 0);
            if (!source || zip_file_add(archive, name, source, ZIP_FL_ENC_UTF_8) < 0) {
                zip_source_free(source);
                zip_discard(archive);
                return false;
            }
        }
        return zip_close(archive) == 0;
    }
#endif
    std::unique_ptr<ImportFixture> m_fix;
};

QTEST_GUILESS_MAIN(TestChatGptImport)
#include "tst_chatgptimport.moc"
