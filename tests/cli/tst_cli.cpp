#include "loopbackserver.h"
#include "models/conversation.h"
#include "models/transcriptmodel.h"
#include "settings/apikeystore.h"
#include "settings/profilestore.h"
#include "storage/sessionstore.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

// confab-cli as a user runs it: separate processes on one database file, talking to a
// real HTTP server that replays captured streams.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        CONFAB_REQUIRE_BACKEND();
        m_dir.reset(new QTemporaryDir);
        m_db = TestUtil::dbPath(*m_dir);
        m_server.reset(new LoopbackServer);
        QVERIFY(m_server->listen());
        // send first asks the server for its context (GET /models among others): this one has
        // no model list, so the chat requests are all requests() holds.
        m_server->setRoute("GET", "/models", LoopbackServer::json(404, "{}"));
        m_server->setDefaultResponse(
            LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("openai_chat_basic.sse"))));
    }

    void newProcessSendsAllEarlierTurns()
    {
        const qint64 id = newSession();
        QVERIFY(id > 0);
        QCOMPARE(send(id, QStringLiteral("Name a city in the UK.")).exitCode, 0);
        QCOMPARE(send(id, QStringLiteral("And its capital?")).exitCode, 0);
        // A new process, with no memory but the file.
        const Result third = send(id, QStringLiteral("Thanks! How big is it?"));
        QCOMPARE(third.exitCode, 0);
        QCOMPARE(third.out.trimmed(), QStringLiteral("The capital of the UK is London."));

        QCOMPARE(m_server->requests().size(), 3);
        const QJsonArray messages
            = m_server->requests().at(2).json().value(QLatin1String("messages")).toArray();
        const QString reply = QStringLiteral("The capital of the UK is London.");
        QCOMPARE(contents(messages),
            (QStringList {QStringLiteral("Name a city in the UK."), reply, QStringLiteral("And its capital?"),
                reply, QStringLiteral("Thanks! How big is it?")}));
        // And what is stored is what the user sees.
        const QJsonObject shown = QJsonDocument::fromJson(
            run({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).out.toUtf8())
                                      .object();
        QCOMPARE(shown.value(QLatin1String("messages")).toArray().size(), 6);
    }

    void contextShowsExactlyWhatIsSent()
    {
        const qint64 id = newSession(QStringLiteral("Be terse."));
        for (const QString &text : {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")})
            QCOMPARE(send(id, text).exitCode, 0);
        const QStringList limits {QStringLiteral("--max-messages"), QStringLiteral("4")};
        const Result preview
            = run(QStringList {QStringLiteral("context"), QString::number(id), QStringLiteral("--json"),
                      QStringLiteral("--message"), QStringLiteral("four")}
                + limits);
        QCOMPARE(preview.exitCode, 0);
        const QJsonObject context = QJsonDocument::fromJson(preview.out.toUtf8()).object();
        QCOMPARE(send(id, QStringLiteral("four"), limits).exitCode, 0);
        const QJsonArray sent = m_server->requests().last().json().value(QLatin1String("messages")).toArray();
        QCOMPARE(context.value(QLatin1String("messages")).toArray(), sent);
        QCOMPARE(contents(sent),
            (QStringList {QStringLiteral("Be terse."), QStringLiteral("three"),
                QStringLiteral("The capital of the UK is London."), QStringLiteral("four")}));
        QCOMPARE(context.value(QLatin1String("dropped_messages")).toInt(), 4);
    }

    void killedMidStreamKeepsWhatArrived()
    {
        const qint64 id = newSession();
        LoopbackServer::Response slow
            = LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("openai_chat_basic.sse")));
        slow.chunkSize = 150;
        slow.chunkDelayMs = 150; // about 4 s for the whole stream
        m_server->enqueue(slow);
        QProcess process;
        process.start(
            TestUtil::binary(QStringLiteral("confab-cli")), sendArgs(id, QStringLiteral("Capital?")));
        QVERIFY(process.waitForStarted());

        SessionStore store;
        QVERIFY(store.open(m_db));
        qint64 reply = 0;
        QString persisted;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto session = store.session(id);
                const auto m = session ? store.message(session->currentLeafId) : std::nullopt;
                if (!m || m->role != QLatin1String("assistant"))
                    return false;
                reply = m->id;
                persisted = m->content;
                return persisted.size() >= 10;
            }(),
            10000);
        // Another process opening the file meanwhile must not take the live reply for a crash.
        const Result other = run({QStringLiteral("sessions")});
        QCOMPARE(other.exitCode, 0);
        QVERIFY2(!other.err.contains(QLatin1String("interrupted")), qPrintable(other.err));
        QCOMPARE(store.message(reply)->state, MessageState::Streaming);

        QCoreApplication::processEvents();
        const QString shownBeforeKill = QString::fromUtf8(process.readAllStandardOutput());
        process.kill(); // SIGKILL: no chance to flush or clean up
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        store.close();

        QVERIFY(store.open(m_db));
        QCOMPARE(store.recoveredOnOpen(), 1);
        const Message m = *store.message(reply);
        QCOMPARE(m.state, MessageState::Interrupted);
        QVERIFY(m.content.size() >= persisted.size());
        QVERIFY2(
            QStringLiteral("The capital of the UK is London.").startsWith(m.content), qPrintable(m.content));
        // At most the last flush interval is lost: what the user saw on screen vs what survived.
        qInfo("shown before kill: %lld chars, on disk after kill: %lld chars", qint64(shownBeforeKill.size()),
            qint64(m.content.size()));
    }

    void twoProcessesWriteOneDatabase()
    {
        const qint64 chat = newSession();
        // The test process writes in a tight loop while CLI processes create sessions and send.
        SessionStore store;
        QVERIFY(store.open(m_db));
        QList<QProcess *> processes;
        for (int i = 0; i < 6; ++i) {
            auto *p = new QProcess(this);
            p->start(TestUtil::binary(QStringLiteral("confab-cli")),
                {QStringLiteral("--db"), m_db, QStringLiteral("new"), QStringLiteral("--title"),
                    QStringLiteral("cli %1").arg(i)});
            processes << p;
        }
        auto *sender = new QProcess(this);
        sender->start(
            TestUtil::binary(QStringLiteral("confab-cli")), sendArgs(chat, QStringLiteral("busy?")));
        processes << sender;
        int written = 0;
        const qint64 mine = store.createSession(QStringLiteral("mine"));
        qint64 parent = 0;
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired()) {
            Message m;
            m.sessionId = mine;
            m.parentId = parent;
            m.role = QStringLiteral("user");
            m.content = QStringLiteral("line %1").arg(written);
            parent = store.addMessage(m);
            QVERIFY2(parent > 0, qPrintable(store.lastError()));
            ++written;
            QCoreApplication::processEvents();
            if (std::all_of(processes.cbegin(), processes.cend(),
                    [](QProcess *p) { return p->state() == QProcess::NotRunning; }))
                break;
        }
        for (QProcess *p : processes) {
            QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 20000);
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        QCOMPARE(store.sessionCount(), 8);
        QCOMPARE(store.messageCount(mine), written);
        QCOMPARE(store.messageCount(chat), 2);
        qDeleteAll(processes);
    }

    void importExportSearch()
    {
        const QString folder = m_dir->filePath(QStringLiteral("data/sessions"));
        QVERIFY(QDir().mkpath(folder));
        writeFile(folder + QStringLiteral("/good.json"),
            R"({"session_id": "sess_a", "created_at": "2025-12-30T12:48:54.430013Z", "messages": [
                      {"role": "user", "content": "iphone under 200", "timestamp": "2025-12-30T12:49:03.254143Z"},
                      {"role": "assistant", "content": "Try a refurbished model.", "timestamp": "2025-12-30T12:49:18.416292Z"}]})");
        writeFile(folder + QStringLiteral("/broken.json"), R"({"session_id": "sess_b", "messages": [)");
        const Result imported = run({QStringLiteral("import"), folder});
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains(QLatin1String("broken.json")), qPrintable(imported.err));
        QVERIFY(imported.err.contains(QLatin1String("not valid JSON")));
        QVERIFY(imported.out.contains(QLatin1String("good.json")));

        const Result found
            = run({QStringLiteral("search"), QStringLiteral("refurb"), QStringLiteral("--json")});
        QCOMPARE(found.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(found.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toObject().value(QLatin1String("snippet")).toString(),
            QStringLiteral("Try a [refurbished] model."));

        const qint64 id = hits.first().toObject().value(QLatin1String("session_id")).toInteger();
        const Result exported = run({QStringLiteral("export"), QString::number(id),
            QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(exported.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(exported.out.toUtf8()).object();
        QCOMPARE(json.value(QLatin1String("session_id")).toString(), QStringLiteral("sess_a"));
        QCOMPARE(json.value(QLatin1String("messages"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("timestamp"))
                     .toString(),
            QStringLiteral("2025-12-30T12:49:03.254143Z")); // microseconds kept
        const Result md = run({QStringLiteral("export"), QString::number(id), QStringLiteral("--format"),
            QStringLiteral("md"), QStringLiteral("--output"), m_dir->filePath(QStringLiteral("x.md"))});
        QCOMPARE(md.exitCode, 0);
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("x.md"))));
    }

    void importsAChatGptExportAndExportsHtml()
    {
        const QString file = m_dir->filePath(QStringLiteral("conversations.json"));
        writeFile(file, R"([{"id": "c1", "title": "Safe?", "current_node": "b", "mapping": {
            "a": {"parent": null, "children": ["b"], "message": {"author": {"role": "user"}, "create_time": 1700000000.5,
                  "content": {"content_type": "text", "parts": ["<script>alert(1)</script>"]}}},
            "b": {"parent": "a", "children": [], "message": {"author": {"role": "assistant"}, "create_time": 1700000001,
                  "content": {"content_type": "text", "parts": ["Inert."]}}}}}])");
        const Result imported = run({QStringLiteral("import"), file});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(
            imported.out.contains(QLatin1String("(ChatGPT): 1 chat, session")), qPrintable(imported.out));
        const Result again = run({QStringLiteral("import"), file});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QLatin1String("already imported")), qPrintable(again.out));

        const qint64 id = QJsonDocument::fromJson(
            run({QStringLiteral("sessions"), QStringLiteral("--json")}).out.toUtf8())
                              .array()
                              .first()
                              .toObject()
                              .value(QLatin1String("id"))
                              .toInteger();
        const Result html = run({QStringLiteral("export"), QString::number(id), QStringLiteral("--format"),
            QStringLiteral("html")});
        QCOMPARE(html.exitCode, 0);
        QVERIFY(html.out.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.out.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(!html.out.contains(QLatin1String("<script")));

        const Result bad = run({QStringLiteral("export"), QString::number(id), QStringLiteral("--format"),
            QStringLiteral("pdf")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("json, md or html")));
    }

    void clearErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList {} << 2 << QStringLiteral("no command");
        QTest::newRow("unknown command")
            << QStringList {QStringLiteral("frobnicate")} << 2 << QStringLiteral("unknown command");
        QTest::newRow("no such session") << QStringList {QStringLiteral("show"), QStringLiteral("999")} << 1
                                         << QStringLiteral("no session 999");
        QTest::newRow("bad id") << QStringList {QStringLiteral("show"), QStringLiteral("abc")} << 2
                                << QStringLiteral("not a session id");
        QTest::newRow("send without endpoint") << QStringList {QStringLiteral("send"), QStringLiteral("1"),
            QStringLiteral("hi")} << 2 << QStringLiteral("--endpoint");
        QTest::newRow("bad format") << QStringList {QStringLiteral("export"), QStringLiteral("1"),
            QStringLiteral("--format"), QStringLiteral("pdf")}
                                    << 2 << QStringLiteral("json, md or html");
    }

    void clearErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        newSession();
        const Result r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void speaksTheUsersLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German") << "de_DE.UTF-8" << QStringLiteral("unbekannter Befehl „frobnicate“");
        QTest::newRow("French") << "fr_FR.UTF-8" << QStringLiteral("commande inconnue");
        QTest::newRow("English") << "en_US.UTF-8" << QStringLiteral("unknown command \"frobnicate\"");
    }

    void speaksTheUsersLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        const Result r = run({QStringLiteral("frobnicate")}, locale);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void httpErrorIsReportedAndStored()
    {
        const qint64 id = newSession();
        m_server->enqueue(LoopbackServer::json(
            404, LoopbackServer::fixture(QStringLiteral("openai_404_model_not_found.json"))));
        const Result r = send(id, QStringLiteral("hi"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(QLatin1String("non-existent-model")) || r.err.contains(QLatin1String("not found")),
            qPrintable(r.err));
        const QJsonObject shown = QJsonDocument::fromJson(
            run({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).out.toUtf8())
                                      .object();
        const QJsonArray messages = shown.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(1).toObject().value(QLatin1String("state")).toString(), QStringLiteral("error"));
    }

    void profileKeyComesFromTheKeychainOnly()
    {
        const QString ini = m_dir->filePath(QStringLiteral("confab.ini"));
        QString profileId;
        {
            ProfileStore profiles(ini);
            ProviderProfile p;
            p.name = QStringLiteral("Loopback");
            p.kind = ProviderKind::OpenAICompatible;
            p.baseUrl = m_server->baseUrl();
            p.model = QStringLiteral("gpt-4o-mini");
            profileId = profiles.addProfile(p);
            QVERIFY(profiles.sync());
        }
        const QString secret = QStringLiteral("sk-cli-test-%1").arg(QCoreApplication::applicationPid());
        ApiKeyStore keys;
        QString error;
        if (!keys.writeKeyBlocking(profileId, secret, &error))
            QSKIP(qPrintable(QStringLiteral("no keychain on this session bus: ") + error));

        const qint64 id = newSession();
        const Result r = run({QStringLiteral("--settings"), ini, QStringLiteral("send"), QString::number(id),
            QStringLiteral("hi"), QStringLiteral("--profile"), profileId});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_server->requests().last().headers.value("authorization"), "Bearer " + secret.toUtf8());
        keys.deleteKeyBlocking(profileId);
        // The key is nowhere on disk.
        for (const QString &file : {m_db, m_db + QStringLiteral("-wal"), ini}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(file));
        }
        QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));
    }

    void damagedDatabaseIsRefusedUntouched()
    {
        CONFAB_SQLITE_ONLY();
        writeFile(m_db, QByteArray("garbage, not SQLite").repeated(100));
        const Result r = run({QStringLiteral("sessions")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("damaged")), qPrintable(r.err));
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("garbage, not SQLite").repeated(100));
    }

    void openModelShowsWhatAnotherProcessWrites()
    {
        // The app's side: an open chat, reloaded on externalChange as MainWindow does. SQLite
        // tells it through the data_version poll, PostgreSQL through LISTEN/NOTIFY.
        const qint64 id = newSession();
        SessionStore store;
        QVERIFY(store.open(m_db));
        store.setExternalPollInterval(200);
        TranscriptModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.conversation()->setSession(id);
        connect(&store, &SessionStore::externalChange, model.conversation(), &Conversation::reload);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(send(id, QStringLiteral("Name a city in the UK.")).exitCode, 0);
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), TranscriptModel::ContentRole).toString(),
            QStringLiteral("Name a city in the UK."));
    }

    void dbIsAFilePathOrAPostgresUrl_data()
    {
        QTest::addColumn<QString>("db");
        QTest::addColumn<QString>("message");
        QTest::newRow("other scheme") << "mysql://me@host/chats"
                                      << "neither a file path nor a postgresql:// URL";
        QTest::newRow("password in the URL") << "postgresql://me:secret@127.0.0.1/chats"
                                             << "Do not put the password in the database URL";
        QTest::newRow("no database") << "postgresql://me@127.0.0.1/"
                                     << "names no database";
        QTest::newRow("unknown option") << "postgresql://me@127.0.0.1/chats?host=evil"
                                        << "not supported";
    }

    void dbIsAFilePathOrAPostgresUrl()
    {
        QFETCH(QString, db);
        QFETCH(QString, message);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        const TestUtil::CliResult r
            = TestUtil::runCli({QStringLiteral("--db"), db, QStringLiteral("sessions")}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(!r.err.contains("secret"));
        QVERIFY(!QDir::current().exists(QStringLiteral("mysql:"))); // no file was made of it
    }

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // Runs confab-cli on the test's database while this process keeps serving HTTP.
    Result run(const QStringList &args, const QString &language = QStringLiteral("C"))
    {
        // The messages checked here are the English ones, whatever the machine's locale.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), language);
        env.insert(QStringLiteral("LANGUAGE"), language.left(2));
        const TestUtil::CliResult r
            = TestUtil::runCli(QStringList {QStringLiteral("--db"), m_db} + args, env);
        return {r.exitCode, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
    }
    QStringList sendArgs(qint64 id, const QString &text, const QStringList &extra = {}) const
    {
        return QStringList {QStringLiteral("--db"), m_db, QStringLiteral("send"), QString::number(id), text,
                   QStringLiteral("--endpoint"), m_server->baseUrl().toString(), QStringLiteral("--model"),
                   QStringLiteral("gpt-4o-mini")}
        + extra;
    }
    Result send(qint64 id, const QString &text, const QStringList &extra = {})
    {
        return run(sendArgs(id, text, extra).mid(2));
    }
    qint64 newSession(const QString &system = {})
    {
        QStringList args {QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("t")};
        if (!system.isEmpty())
            args << QStringLiteral("--system") << system;
        return run(args).out.trimmed().toLongLong();
    }
    static QStringList contents(const QJsonArray &messages)
    {
        QStringList list;
        for (const QJsonValue &m : messages)
            list << m.toObject().value(QLatin1String("content")).toString();
        return list;
    }
    static void writeFile(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LoopbackServer> m_server;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
