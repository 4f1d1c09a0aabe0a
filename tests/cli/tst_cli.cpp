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
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <sys/resource.h>

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

    void killedMidStreamLosesNothingShown_data()
    {
        // Killed after it printed at least this many characters of a 2,692-character reply.
        QTest::addColumn<int>("printedAtLeast");
        QTest::newRow("first delta") << 1;
        QTest::newRow("a quarter") << 700;
        QTest::newRow("half") << 1400;
        QTest::newRow("nearly all") << 2500;
    }

    void killedMidStreamLosesNothingShown()
    {
        QFETCH(int, printedAtLeast);
        const qint64 id = newSession();
        QString reply;
        LoopbackServer::Response slow = LoopbackServer::sse(longStream(300, &reply));
        slow.chunkSize = 97; // cuts events (and UTF-8 sequences) anywhere
        slow.chunkDelayMs = 15; // about 3 s in all
        m_server->enqueue(slow);
        QProcess process;
        process.start(
            TestUtil::binary(QStringLiteral("confab-cli")), sendArgs(id, QStringLiteral("Count for me")));
        QVERIFY(process.waitForStarted());

        QByteArray printed;
        QTRY_VERIFY_WITH_TIMEOUT(
            (printed += process.readAllStandardOutput(), QString::fromUtf8(printed).size() >= printedAtLeast),
            20000);
        if (QTest::currentDataTag() == QByteArrayLiteral("a quarter")) {
            // Another process opening the file meanwhile must not take the live reply for a crash.
            const Result other = run({QStringLiteral("sessions")});
            QCOMPARE(other.exitCode, 0);
            QVERIFY2(!other.err.contains(QLatin1String("interrupted")), qPrintable(other.err));
            SessionStore live;
            QVERIFY(live.open(m_db));
            QCOMPARE(live.message(live.session(id)->currentLeafId)->state, MessageState::Streaming);
        }
        process.kill(); // SIGKILL: no chance to flush or clean up
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        printed += process.readAllStandardOutput(); // whatever reached the pipe before the kill

        SessionStore store;
        QVERIFY(store.open(m_db));
        const auto session = store.session(id);
        QVERIFY(session);
        const auto m = store.message(session->currentLeafId);
        QVERIFY(m && m->role == QLatin1String("assistant"));
        QCOMPARE(m->state, MessageState::Interrupted);
        // Every character the user saw is in the file; and the file holds nothing but the reply.
        const QString shown = QString::fromUtf8(printed);
        QVERIFY2(m->content.startsWith(shown),
            qPrintable(QStringLiteral("printed %1, stored %2").arg(shown.size()).arg(m->content.size())));
        QVERIFY(reply.startsWith(m->content));
        qInfo("killed after printing %lld bytes; %lld bytes stored", qint64(printed.size()),
            qint64(m->content.toUtf8().size()));
    }

    void hostileStreamIsCutWithTextKept_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("kept");
        // Each followed by 64 MiB without a newline: four times the per-line limit.
        QTest::newRow("SSE line")
            << QStringLiteral("openai") << 200
            << QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"Hello \"}}]}\n\ndata: ")
            << QStringLiteral("one stream event larger than 16 MiB") << QStringLiteral("Hello ");
        QTest::newRow("NDJSON line") << QStringLiteral("ollama") << 200
                                     << QByteArray("{\"message\":{\"content\":\"Hello \"}}\n{\"message\":")
                                     << QStringLiteral("one line of its stream larger than 16 MiB")
                                     << QStringLiteral("Hello ");
        QTest::newRow("error body") << QStringLiteral("openai") << 500 << QByteArray("{\"error\":\"")
                                    << QStringLiteral("error body from 127.0.0.1") << QString();
    }

    void hostileStreamIsCutWithTextKept()
    {
        QFETCH(QString, provider);
        QFETCH(int, status);
        QFETCH(QByteArray, head);
        QFETCH(QString, message);
        QFETCH(QString, kept);
        const qint64 id = newSession();
        LoopbackServer::Response hostile
            = status == 200 ? LoopbackServer::sse(head) : LoopbackServer::json(status, head);
        hostile.repeat = QByteArray(64 * 1024, 'x');
        hostile.repeatCount = 1024;
        m_server->enqueue(hostile);
        // Through a python3 parent that reports this one child's peak RSS (the test's own
        // RUSAGE_CHILDREN would be the largest of all the processes it ever ran).
        static const char wrapper[] = "import resource, subprocess, sys\n"
                                      "code = subprocess.run(sys.argv[1:]).returncode\n"
                                      "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
                                      "sys.stderr.write('\\npeak-rss-kib=%d\\n' % peak)\n"
                                      "sys.exit(code)\n";
        QProcess process;
        process.setProcessEnvironment(cEnvironment());
        process.start(QStringLiteral("python3"),
            QStringList {QStringLiteral("-c"), QString::fromLatin1(wrapper),
                TestUtil::binary(QStringLiteral("confab-cli"))}
                + sendArgs(id, QStringLiteral("hi"), {QStringLiteral("--provider"), provider}));
        QVERIFY(process.waitForStarted());
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(finished.wait(PatientWaits::TimeoutMs));
        Result r {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
        const qsizetype at = r.err.lastIndexOf(QLatin1String("peak-rss-kib="));
        QVERIFY2(at >= 0, qPrintable(r.err));
        const qint64 peakMiB = QStringView(r.err).mid(at + 13).trimmed().toLongLong() / 1024;
        r.err.truncate(at);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), kept.trimmed());

        SessionStore store;
        QVERIFY(store.open(m_db));
        const auto m = store.message(store.session(id)->currentLeafId);
        QVERIFY(m && m->role == QLatin1String("assistant"));
        QCOMPARE(m->state, MessageState::Error);
        QCOMPARE(m->content, kept);
        QVERIFY(m->error.contains(message));

        // Peak RSS of the largest confab-cli this test has run (all others are small).
        qInfo("peak RSS of confab-cli: %lld MiB (a 64 MiB line; limit 16 MiB)", peakMiB);
#ifndef CONFAB_SANITIZED // ASan keeps freed memory in quarantine: its RSS says little
        QVERIFY2(peakMiB < 200, qPrintable(QStringLiteral("%1 MiB").arg(peakMiB)));
#endif
    }

    void dbThatIsAUrlOrAFolderIsRefused_data()
    {
        QTest::addColumn<QString>("db");
        QTest::addColumn<QString>("message");
        QTest::newRow("URL") << QStringLiteral("http://127.0.0.1/chats.sqlite") << QStringLiteral("is a URL");
        QTest::newRow("file URL") << QStringLiteral("file:///tmp/chats.sqlite") << QStringLiteral("is a URL");
        QTest::newRow("folder") << QString() << QStringLiteral("is a folder");
        QTest::newRow("password in a postgresql URL")
            << QStringLiteral("postgresql://me:secret@127.0.0.1/chats")
            << QStringLiteral("Do not put the password in the database URL");
        QTest::newRow("postgresql URL without a database")
            << QStringLiteral("postgresql://me@127.0.0.1/") << QStringLiteral("names no database");
        QTest::newRow("unknown postgresql option")
            << QStringLiteral("postgresql://me@127.0.0.1/chats?host=evil") << QStringLiteral("not supported");
    }

    void dbThatIsAUrlOrAFolderIsRefused()
    {
        QFETCH(QString, db);
        QFETCH(QString, message);
        QDir::setCurrent(m_dir->path()); // a relative "http:/..." would land here
        if (db.isEmpty())
            db = m_dir->path();
        const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        // The CLI, and the app (offscreen) which stops before it shows a window.
        for (const QString &binary : {QStringLiteral("confab-cli"), QStringLiteral("confab")}) {
            QProcess process;
            process.setProcessEnvironment(cEnvironment());
            process.start(TestUtil::binary(binary), {QStringLiteral("--db"), db, QStringLiteral("sessions")});
            QVERIFY(process.waitForFinished());
            QCOMPARE(process.exitCode(), 2);
            const QString err = QString::fromUtf8(process.readAllStandardError());
            QVERIFY2(err.contains(message), qPrintable(binary + QStringLiteral(": ") + err));
            QVERIFY(!err.contains(QLatin1String("secret"))); // a password in a URL is never echoed
            QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
        }
    }

    void showSaysAReplyWasCutByACrash()
    {
        const qint64 id = newSession();
        {
            SessionStore store;
            QVERIFY(store.open(m_db));
            Message question;
            question.sessionId = id;
            question.role = QStringLiteral("user");
            question.content = QStringLiteral("Tell me");
            const qint64 parent = store.addMessage(question);
            Message reply;
            reply.sessionId = id;
            reply.parentId = parent;
            reply.role = QStringLiteral("assistant");
            reply.state = MessageState::Interrupted;
            reply.content = QStringLiteral("Once upon");
            QVERIFY(store.addMessage(reply));
        }
        const Result r = run({QStringLiteral("show"), QString::number(id)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("[assistant, interrupted] Once upon")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("cut off")), qPrintable(r.out));
    }

    void showPrintsSeveralChats()
    {
        const qint64 first = newSession();
        const qint64 second = newSession(QStringLiteral("Be terse."));
        QVERIFY(first > 0 && second > 0);
        const Result both = run({QStringLiteral("show"), QString::number(first), QString::number(second),
            QStringLiteral("--json")});
        QCOMPARE(both.exitCode, 0);
        const QJsonArray chats = QJsonDocument::fromJson(both.out.toUtf8()).array();
        QCOMPARE(chats.size(), 2);
        QCOMPARE(chats.at(0).toObject().value(QLatin1String("id")).toInteger(), first);
        QCOMPARE(chats.at(1).toObject().value(QLatin1String("system_prompt")).toString(),
            QStringLiteral("Be terse."));
        const Result text = run({QStringLiteral("show"), QString::number(first), QString::number(second)});
        QCOMPARE(text.out.count(QLatin1String("# t\n")), 2);
        // One id that is not a chat: an error, and nothing printed for the others.
        const Result bad = run({QStringLiteral("show"), QString::number(first), QStringLiteral("999")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.out.isEmpty());
        QVERIFY2(bad.err.contains(QLatin1String("no session 999")), qPrintable(bad.err));
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
        QString failure;
        // A write every millisecond, as fast as a reply's network reads come: a loop that takes
        // the lock again the moment it let go starves SQLite's busy wait in the other processes
        // (it sleeps between tries), which no writer of the app does.
        QTimer writer;
        writer.setInterval(1);
        writer.setTimerType(Qt::PreciseTimer);
        connect(&writer, &QTimer::timeout, this, [&] {
            Message m;
            m.sessionId = mine;
            m.parentId = parent;
            m.role = QStringLiteral("user");
            m.content = QStringLiteral("line %1").arg(written);
            const qint64 id = store.addMessage(m);
            if (id <= 0) {
                failure = store.lastError();
                writer.stop();
                return;
            }
            parent = id;
            ++written;
        });
        writer.start();
        QTRY_VERIFY_WITH_TIMEOUT(!failure.isEmpty()
                || std::all_of(processes.cbegin(), processes.cend(),
                    [](QProcess *p) { return p->state() == QProcess::NotRunning; }),
            40000);
        writer.stop();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(written > 0);
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
                  "content": {"content_type": "text", "parts": ["Inert.\n\n```python\ndef f():\n    return x\n```"]}}}}}])");
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
        // Code highlighted as in the app: the keyword in its colour, the identifier in the block's.
        QVERIFY2(html.out.contains(QLatin1String("<span class=\"hl-keyword\">return</span> x</code>")),
            qPrintable(html.out));
        QVERIFY(html.out.contains(QLatin1String(".hl-keyword { color: #cf222e; }")));

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
            // The CLI reads the default keychain service, which every test process shares: the
            // SQLite and PostgreSQL runs of this file run side by side and would each overwrite
            // the other's key if the id came from the name alone.
            p.id = QStringLiteral("loopback-%1").arg(QCoreApplication::applicationPid());
            p.name = QStringLiteral("Loopback");
            p.kind = ProviderKind::OpenAICompatible;
            p.baseUrl = m_server->baseUrl();
            p.model = QStringLiteral("gpt-4o-mini");
            profileId = profiles.addProfile(p);
            QVERIFY(!profileId.isEmpty());
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

    void profilesByNameListedAndNamedInErrors()
    {
        // The profile the first run makes, renamed by the user and pointed at their server.
        const QString ini = m_dir->filePath(QStringLiteral("confab.ini"));
        QString firstId;
        {
            ProfileStore profiles(ini);
            QVERIFY(profiles.defaultProfile());
            ProviderProfile p = *profiles.defaultProfile();
            firstId = p.id;
            p.name = QStringLiteral("llama.cpp 18090");
            p.kind = ProviderKind::OpenAICompatible;
            p.baseUrl = m_server->baseUrl();
            p.model = QStringLiteral("gpt-4o-mini");
            QVERIFY(profiles.updateProfile(p));
            QVERIFY(profiles.sync());
        }
        QVERIFY(firstId != QLatin1String("llama-cpp-18090")); // the id keeps the first-run name
        const QStringList settings {QStringLiteral("--settings"), ini};

        // `profiles`: a header row, then the default marked.
        const Result list = run(settings + QStringList {QStringLiteral("profiles")});
        QCOMPARE(list.exitCode, 0);
        const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.first().startsWith(QLatin1String("ID\tNAME")), qPrintable(list.out));
        QVERIFY2(
            lines.at(1).startsWith(QLatin1String("* local-ollama\tllama.cpp 18090\t")), qPrintable(list.out));

        // --profile by the name the app shows. No keychain at all (a bare D-Bus address) and a
        // keyless local server: no keychain note on the send.
        const qint64 id = newSession();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        env.remove(QStringLiteral("CONFAB_API_KEY"));
        const TestUtil::CliResult sent
            = TestUtil::runCli(QStringList {QStringLiteral("--db"), m_db} + settings
                    + QStringList {QStringLiteral("send"), QString::number(id), QStringLiteral("hi"),
                        QStringLiteral("--profile"), QStringLiteral("LLAMA.CPP 18090")},
                env);
        QCOMPARE(sent.exitCode, 0);
        QCOMPARE(sent.out.trimmed(), QByteArray("The capital of the UK is London."));
        QVERIFY2(sent.err.isEmpty(), sent.err.constData());
        // ...and by its id, as before.
        QCOMPARE(run(settings
                     + QStringList {QStringLiteral("send"), QString::number(id), QStringLiteral("again"),
                         QStringLiteral("--profile"), firstId})
                     .exitCode,
            0);

        // A name that is none: the error names the ones there are.
        const Result wrong = run(settings
            + QStringList {QStringLiteral("send"), QString::number(id), QStringLiteral("hi"),
                QStringLiteral("--profile"), QStringLiteral("no-such-profile")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(
            wrong.err.contains(QLatin1String("\"llama.cpp 18090\" (local-ollama)")), qPrintable(wrong.err));

        // --help: one Usage line; `sessions`: a header row first.
        const Result help = run({QStringLiteral("--help")});
        QCOMPARE(help.out.count(QLatin1String("Usage:")), 1);
        QVERIFY(help.out.contains(QLatin1String("profiles")));
        const Result sessions = run({QStringLiteral("sessions")});
        QVERIFY2(sessions.out.startsWith(QLatin1String("ID\tUPDATED")), qPrintable(sessions.out));
        QVERIFY(sessions.out.section(QLatin1Char('\n'), 1, 1)
                    .startsWith(QString::number(id) + QLatin1Char('\t')));
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

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // The messages checked here are the English ones, whatever the machine's locale.
    static QProcessEnvironment cEnvironment(const QString &language = QStringLiteral("C"))
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), language);
        env.insert(QStringLiteral("LANGUAGE"), language.left(2));
        return env;
    }

    // An OpenAI-style stream of `events` deltas ("word 1 ", "wörd 2 "... some non-ASCII, so
    // cuts fall inside UTF-8 sequences), its text in `text`.
    static QByteArray longStream(int events, QString *text)
    {
        QByteArray body;
        for (int i = 1; i <= events; ++i) {
            const QString delta = (i % 3 ? QStringLiteral("word %1 ") : QStringLiteral("wörd €%1 ")).arg(i);
            *text += delta;
            body += "data: "
                + QJsonDocument(QJsonObject {{QStringLiteral("choices"),
                                    QJsonArray {QJsonObject {{QStringLiteral("delta"),
                                        QJsonObject {{QStringLiteral("content"), delta}}}}}}})
                      .toJson(QJsonDocument::Compact)
                + "\n\n";
        }
        return body + "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n";
    }

    // Runs confab-cli on the test's database while this process keeps serving HTTP.
    Result run(const QStringList &args, const QString &language = QStringLiteral("C"))
    {
        const TestUtil::CliResult r
            = TestUtil::runCli(QStringList {QStringLiteral("--db"), m_db} + args, cEnvironment(language));
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
