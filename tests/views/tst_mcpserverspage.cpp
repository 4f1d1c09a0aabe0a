#include "mcptestservers.h"
#include "settings/apikeystore.h"
#include "tools/mcpconnections.h"
#include "tools/mcpsecrets.h"
#include "tools/mcpserverstore.h"
#include "views/mcpservereditor.h"
#include "views/mcpserverspage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// Settings › Tools sets servers up: Add and Edit (a program or a URL, secrets to the real
// keychain on the session bus), Remove, and Import of an mcpServers file. The server added is
// the real server-everything from npm, connected by the app's McpConnections.
class TestMcpServersPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<McpServerStore> m_store;
    std::unique_ptr<ApiKeyStore> m_keys;
    QNetworkAccessManager m_nam;
    std::unique_ptr<McpConnections> m_connections;
    std::unique_ptr<McpServersPage> m_page;

    QString ini() const { return m_dir->filePath(QStringLiteral("confab.ini")); }

    McpServerEditor *openEditor(QPushButton *button)
    {
        QTest::mouseClick(button, Qt::LeftButton);
        auto *editor = m_page->findChild<McpServerEditor *>();
        return editor && editor->isVisible() ? editor : nullptr;
    }

    static QString iniText(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = McpTestServers::missing();
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<McpServerStore>(ini());
        m_keys = std::make_unique<ApiKeyStore>(
            QStringLiteral("Confab-test-mcppage-%1").arg(QCoreApplication::applicationPid()));
        m_connections = std::make_unique<McpConnections>(m_store.get(), m_keys.get(), &m_nam);
        m_page = std::make_unique<McpServersPage>(m_store.get(), m_keys.get(), m_connections.get());
        m_page->show();
    }

    void cleanup()
    {
        m_page.reset();
        m_connections.reset();
        m_keys.reset();
        m_store.reset();
    }

    void addedServerConnectsAndListsItsTools()
    {
        QVERIFY(!m_page->editButton()->isEnabled());
        McpServerEditor *editor = openEditor(m_page->addButton());
        QVERIFY(editor);
        const McpServerConfig everything = McpTestServers::everything();
        editor->nameEdit()->setText(QStringLiteral("everything"));
        // A bad entry is refused with the reason, the dialog stays.
        editor->accept();
        QVERIFY(editor->isVisible());
        QVERIFY2(editor->errorLabel()->text().contains(QLatin1String("no command")),
            qPrintable(editor->errorLabel()->text()));
        editor->commandEdit()->setText(everything.command);
        editor->argumentsEdit()->setPlainText(everything.args.join(QLatin1Char('\n')));
        editor->addValue(QStringLiteral("DEMO_TOKEN"), QStringLiteral("s3cret-value"), true);
        editor->addValue(QStringLiteral("PLAIN"), QStringLiteral("1"), false);
        editor->accept();
        QTRY_VERIFY(!m_page->findChild<McpServerEditor *>());

        QCOMPARE(m_page->serverList()->count(), 1);
        const auto stored = m_store->server(QStringLiteral("everything"));
        QVERIFY(stored);
        QCOMPARE(stored->args, everything.args);
        QCOMPARE(stored->env.size(), 2);
        QVERIFY(stored->env.at(0).secret);
        // The secret is in the keychain, not in the settings file.
        QVERIFY(!iniText(ini()).contains(QLatin1String("s3cret-value")));
        QString error;
        const auto resolved = McpSecrets::resolve(m_keys.get(), *stored, &error);
        QVERIFY2(resolved, qPrintable(error));
        QCOMPARE(resolved->env.at(0).value, QStringLiteral("s3cret-value"));
        // The app connects it at once; the page shows its tools.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->statusLabel()->text().startsWith(QLatin1String("Connected: ")), 30000);
        QVERIFY(m_connections->catalog()->find(QStringLiteral("everything__echo")));

        // Edit: the secret shows empty and stays unless retyped; the change is saved.
        editor = openEditor(m_page->editButton());
        QVERIFY(editor);
        QVERIFY(editor->nameEdit()->isReadOnly());
        QVERIFY(editor->valuesTable()->item(0, 1)->text().isEmpty());
        editor->valuesTable()->item(1, 1)->setText(QStringLiteral("2"));
        editor->accept();
        QTRY_VERIFY(!m_page->findChild<McpServerEditor *>());
        QCOMPARE(m_store->server(QStringLiteral("everything"))->env.at(1).value, QStringLiteral("2"));
        QVERIFY(McpSecrets::resolve(m_keys.get(), *m_store->server(QStringLiteral("everything")), &error));

        // Remove asks first; then the server and its secret are gone.
        QTest::mouseClick(m_page->removeButton(), Qt::LeftButton);
        auto *box = m_page->findChild<QMessageBox *>();
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE(m_page->serverList()->count(), 0);
        QVERIFY(!m_store->contains(QStringLiteral("everything")));
        QVERIFY(!McpSecrets::resolve(m_keys.get(), *stored, &error));
        QTRY_VERIFY(!m_connections->catalog()->find(QStringLiteral("everything__echo")));
    }

    void urlServerTakesHeaders()
    {
        McpServerEditor *editor = openEditor(m_page->addButton());
        QVERIFY(editor);
        editor->nameEdit()->setText(QStringLiteral("remote"));
        editor->kindBox()->setCurrentIndex(1);
        QVERIFY(!editor->commandEdit()->isVisible());
        editor->urlEdit()->setText(QStringLiteral("https://mcp.example.com/mcp"));
        editor->addValue(QStringLiteral("Authorization"), QString(), true);
        editor->accept();
        QVERIFY2(editor->errorLabel()->text().contains(QLatin1String("no value")),
            qPrintable(editor->errorLabel()->text()));
        editor->valuesTable()->item(0, 1)->setText(QStringLiteral("Bearer t0ken"));
        editor->accept();
        QTRY_VERIFY(!m_page->findChild<McpServerEditor *>());
        const auto stored = m_store->server(QStringLiteral("remote"));
        QVERIFY(stored);
        QCOMPARE(stored->transport, McpServerConfig::Transport::Http);
        QCOMPARE(stored->headers.at(0).name, QStringLiteral("Authorization"));
        QVERIFY(!iniText(ini()).contains(QLatin1String("t0ken")));
        // A second server of the same name is refused.
        editor = openEditor(m_page->addButton());
        editor->nameEdit()->setText(QStringLiteral("remote"));
        editor->urlEdit()->setText(QStringLiteral("https://other.example.com/mcp"));
        editor->kindBox()->setCurrentIndex(1);
        editor->accept();
        QVERIFY2(editor->errorLabel()->text().contains(QLatin1String("already")),
            qPrintable(editor->errorLabel()->text()));
        editor->reject();
        QString error;
        QVERIFY(McpSecrets::remove(m_keys.get(), *stored, &error));
    }

    void importTakesAnMcpServersFileAndExplainsABadOne()
    {
        const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"mcpServers": {"x": {"command": "npx",)");
        file.close();
        QVERIFY(!m_page->importFile(bad));
        QVERIFY2(m_page->noticeLabel()->text().startsWith(QLatin1String("Nothing imported: ")),
            qPrintable(m_page->noticeLabel()->text()));
        QCOMPARE(m_page->serverList()->count(), 0);

        const QString good = m_dir->filePath(QStringLiteral("claude_desktop_config.json"));
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write(R"({"mcpServers": {
            "files": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/tmp"]},
            "broken": {"args": ["no command"]}
        }})");
        goodFile.close();
        QVERIFY(m_page->importFile(good));
        const QString notice = m_page->noticeLabel()->text();
        QVERIFY2(notice.contains(QLatin1String("Imported 1 server(s): files.")), qPrintable(notice));
        QVERIFY2(notice.contains(QLatin1String("broken")), qPrintable(notice));
        QCOMPARE(m_page->serverList()->count(), 1);
        QCOMPARE(m_store->server(QStringLiteral("files"))->command, QStringLiteral("npx"));
        // The same file again: nothing doubled, and the page says why.
        QVERIFY(m_page->importFile(good));
        QVERIFY(m_page->noticeLabel()->text().contains(QLatin1String("already")));
        QCOMPARE(m_page->serverList()->count(), 1);
    }
};

QTEST_MAIN(TestMcpServersPage)
#include "tst_mcpserverspage.moc"
