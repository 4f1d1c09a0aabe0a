#include "mcptestservers.h"
#include "tools/mcpclient.h"
#include "tools/mcptoolresult.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The real server-filesystem from npm on a temp folder: what a user gives it is reachable,
// nothing else is.
class TestMcpFilesystem : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = McpTestServers::missing();
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing));
    }

    void readsOnlyInsideItsFolder()
    {
        QTemporaryDir outer;
        QVERIFY(outer.isValid());
        const QString root = QDir(outer.path()).filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(root));
        QFile note(QDir(root).filePath(QStringLiteral("note.txt")));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("Lunch at 12:30, Café Müller.\n");
        note.close();
        QFile secret(QDir(outer.path()).filePath(QStringLiteral("secret.txt")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("not for the model\n");
        secret.close();

        QString error;
        auto client = McpTestServers::connectClient(McpTestServers::filesystem(root), nullptr, &error);
        QVERIFY2(client, qPrintable(error));
        QVERIFY(client->tool(QStringLiteral("read_text_file")));
        QVERIFY(client->tool(QStringLiteral("list_directory")));

        const McpToolResult listing = McpTestServers::waitForResult(
            client->callTool(QStringLiteral("list_directory"), {{QStringLiteral("path"), root}}));
        QVERIFY(!listing.isError);
        QVERIFY2(listing.text().contains(QLatin1String("[FILE] note.txt")), qPrintable(listing.text()));

        const McpToolResult read = McpTestServers::waitForResult(
            client->callTool(QStringLiteral("read_text_file"), {{QStringLiteral("path"), note.fileName()}}));
        QVERIFY(!read.isError);
        QCOMPARE(read.text(), QStringLiteral("Lunch at 12:30, Café Müller.\n"));

        for (const QString &outside : {secret.fileName(), root + QStringLiteral("/../secret.txt")}) {
            const McpToolResult refused = McpTestServers::waitForResult(
                client->callTool(QStringLiteral("read_text_file"), {{QStringLiteral("path"), outside}}));
            QVERIFY(refused.isError);
            QVERIFY2(refused.text().contains(QLatin1String("Access denied")), qPrintable(refused.text()));
            QVERIFY(!refused.text().contains(QLatin1String("not for the model")));
        }
    }
};

QTEST_GUILESS_MAIN(TestMcpFilesystem)
#include "tst_mcpfilesystem.moc"
