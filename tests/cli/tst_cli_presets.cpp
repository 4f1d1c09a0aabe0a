// Presets (assistants) from confab-cli: added, listed, exported and imported (each file all or
// nothing), and a chat started with `new --preset` sending the preset's system prompt, model
// and temperature to the loopback server through the preset's profile. And `send` asks for no
// automatic title (the app does).
#include "loopbackserver.h"
#include "settings/presetstore.h"
#include "settings/profilestore.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCliPresets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_db = TestUtil::dbPath(*m_dir);
        m_ini = m_dir->filePath(QStringLiteral("confab.ini"));
        m_server.reset(new LoopbackServer);
        QVERIFY(m_server->listen());
        m_server->setRoute("GET", "/models", LoopbackServer::json(404, "{}"));
        m_server->setDefaultResponse(
            LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("openai_chat_basic.sse"))));
        // Two profiles: the default, and the one the preset names (the loopback server).
        ProfileStore profiles(m_ini);
        ProviderProfile server;
        server.name = QStringLiteral("Loopback");
        server.baseUrl = m_server->baseUrl();
        server.model = QStringLiteral("profile-model");
        QVERIFY(!profiles.addProfile(server).isEmpty());
        QVERIFY(profiles.sync());
    }

    void newChatFromAPresetSendsItsPromptAndModel()
    {
        QCOMPARE(run({QStringLiteral("presets"), QStringLiteral("add"), QStringLiteral("Reviewer"),
                         QStringLiteral("--system"), QStringLiteral("You review C++ code."),
                         QStringLiteral("--profile"), QStringLiteral("loopback"), QStringLiteral("--model"),
                         QStringLiteral("preset-model"), QStringLiteral("--temperature"),
                         QStringLiteral("0.2"), QStringLiteral("--max-messages"), QStringLiteral("6")})
                     .exitCode,
            0);
        const Result list = run({QStringLiteral("presets")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(QLatin1String("Reviewer\tloopback\tpreset-model\tYou review C++ code.")),
            qPrintable(list.out));

        // By name, case-insensitively; --title still works beside it.
        const Result created = run({QStringLiteral("new"), QStringLiteral("--preset"),
            QStringLiteral("reviewer"), QStringLiteral("--title"), QStringLiteral("Review")});
        QCOMPARE(created.exitCode, 0);
        const qint64 id = created.out.trimmed().toLongLong();
        QVERIFY(id > 0);
        // No --profile: the chat's own (the preset's) profile is used.
        const Result sent
            = run({QStringLiteral("send"), QString::number(id), QStringLiteral("Look at this.")});
        QCOMPARE(sent.exitCode, 0);
        QCOMPARE(m_server->requests().size(), 1);
        const QJsonObject body = m_server->requests().first().json();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("preset-model"));
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.2);
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QCOMPARE(
            messages.first().toObject().value(QLatin1String("role")).toString(), QStringLiteral("system"));
        QCOMPARE(messages.first().toObject().value(QLatin1String("content")).toString(),
            QStringLiteral("You review C++ code."));
        const QJsonObject shown = QJsonDocument::fromJson(
            run({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).out.toUtf8())
                                      .object();
        QCOMPARE(shown.value(QLatin1String("title")).toString(), QStringLiteral("Review"));

        // An unknown preset: a usage error naming the ones there are, and no chat.
        const Result wrong = run({QStringLiteral("new"), QStringLiteral("--preset"), QStringLiteral("nope")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QLatin1String("\"Reviewer\"")), qPrintable(wrong.err));
    }

    void exportAndImportAllOrNothing()
    {
        QCOMPARE(run({QStringLiteral("presets"), QStringLiteral("add"), QStringLiteral("Translator"),
                         QStringLiteral("--system"), QStringLiteral("Translate to German.")})
                     .exitCode,
            0);
        const QString exported = m_dir->filePath(QStringLiteral("presets.json"));
        QCOMPARE(
            run({QStringLiteral("presets"), QStringLiteral("export"), QStringLiteral("--output"), exported})
                .exitCode,
            0);
        QCOMPARE(QFile::permissions(exported) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        // Into another settings file: the same presets.
        const QString other = m_dir->filePath(QStringLiteral("other.ini"));
        const Result imported = run({QStringLiteral("--settings"), other, QStringLiteral("presets"),
            QStringLiteral("import"), exported});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(PresetStore(other).find(QStringLiteral("translator"))->systemPrompt,
            QStringLiteral("Translate to German."));

        // A file with one bad preset among good ones changes nothing.
        const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"presets": [{"name": "Good", "systemPrompt": "ok"},
                                   {"name": "Bad", "settings": {"temperature": "hot"}}]})");
        file.close();
        const Result refused = run(
            {QStringLiteral("--settings"), other, QStringLiteral("presets"), QStringLiteral("import"), bad});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("\"Bad\""))
                && refused.err.contains(QLatin1String("temperature")),
            qPrintable(refused.err));
        QVERIFY(!PresetStore(other).find(QStringLiteral("Good")));
        QCOMPARE(PresetStore(other).presets().size(), 1);
    }

    void sendLeavesTheTitleAsItIs()
    {
        // The CLI asks for no title (one request per send, titles as `new --title` gave them).
        const Result created = run({QStringLiteral("new")});
        const qint64 id = created.out.trimmed().toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(run({QStringLiteral("send"), QString::number(id), QStringLiteral("Name a city in the UK."),
                         QStringLiteral("--profile"), QStringLiteral("loopback")})
                     .exitCode,
            0);
        QCOMPARE(m_server->requests().size(), 1);
        const QJsonObject shown = QJsonDocument::fromJson(
            run({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).out.toUtf8())
                                      .object();
        QCOMPARE(shown.value(QLatin1String("title")).toString(), QString());
    }

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // confab-cli on the test's database and settings, while this process serves HTTP.
    Result run(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        env.remove(QStringLiteral("CONFAB_API_KEY"));
        QStringList all {QStringLiteral("--db"), m_db};
        if (!args.contains(QLatin1String("--settings")))
            all << QStringLiteral("--settings") << m_ini;
        const TestUtil::CliResult r = TestUtil::runCli(all + args, env);
        return {r.exitCode, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LoopbackServer> m_server;
    QString m_db;
    QString m_ini;
};

QTEST_GUILESS_MAIN(TestCliPresets)
#include "tst_cli_presets.moc"
