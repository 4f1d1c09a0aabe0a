// confab-cli context against send: one precedence of limits (app < session < command line),
// the server's context and tokenizer asked the same way, and what context prints is what send
// puts on the wire. Separate processes, a real SQLite file, a loopback HTTP server.
#include "loopbackserver.h"
#include "settings/profilestore.h"
#include "storage/sessionstore.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Which of the three places set the limit under test.
enum Source { App = 1, Session = 2, Cli = 4 };
} // namespace

class TestCliContext : public QObject
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
    }

    void contextEqualsSend_data()
    {
        QTest::addColumn<QString>("limit"); // maxMessages or tokenBudget
        QTest::addColumn<int>("sources");
        for (const char *limit : {"maxMessages", "tokenBudget"}) {
            for (int sources = 0; sources < 8; ++sources) {
                QTest::addRow("%s app%s session%s cli%s", limit, sources & App ? "+" : "-",
                    sources & Session ? "+" : "-", sources & Cli ? "+" : "-")
                    << QString::fromLatin1(limit) << sources;
            }
        }
    }

    void contextEqualsSend()
    {
        QFETCH(QString, limit);
        QFETCH(int, sources);
        const bool messages = limit == QLatin1String("maxMessages");
        // Distinct values, so the one that won can be told from the others.
        const int appValue = messages ? 8 : 400;
        const int sessionValue = messages ? 5 : 250;
        const int cliValue = messages ? 3 : 120;
        {
            ProfileStore profiles(m_ini);
            profiles.setHistoryLimit(messages && (sources & App) ? appValue : 0);
            profiles.setTokenBudget(!messages && (sources & App) ? appValue : 0);
            QVERIFY(profiles.sync());
        }
        const qint64 id
            = chatWithSixTurns(sources & Session ? QJsonObject {{limit, sessionValue}} : QJsonObject());
        QVERIFY(id > 0);
        QStringList flags;
        if (sources & Cli)
            flags << (messages ? QStringLiteral("--max-messages") : QStringLiteral("--token-budget"))
                  << QString::number(cliValue);
        const QString text = QStringLiteral("And what should we see on the last day of the trip?");

        const Result context = run(QStringList {QStringLiteral("context"), QString::number(id),
                                       QStringLiteral("--json"), QStringLiteral("--message"), text}
            + serverArgs() + flags);
        QCOMPARE(context.exitCode, 0);
        const QJsonObject preview = QJsonDocument::fromJson(context.out.toUtf8()).object();
        const QJsonArray shown = preview.value(QLatin1String("messages")).toArray();

        const Result send
            = run(QStringList {QStringLiteral("send"), QString::number(id), text} + serverArgs() + flags);
        QCOMPARE(send.exitCode, 0);
        const QJsonArray sent = m_server->requests().last().json().value(QLatin1String("messages")).toArray();
        QCOMPARE(QJsonDocument(sent).toJson(QJsonDocument::Compact),
            QJsonDocument(shown).toJson(QJsonDocument::Compact));

        // And the precedence is command line, then session, then app.
        const int winner = sources & Cli ? cliValue
            : sources & Session          ? sessionValue
            : sources & App              ? appValue
                                         : 0;
        const int history = int(sent.size()) - 1; // no system prompt here; the new message is last
        if (messages)
            QCOMPARE(history, winner ? qMin(12, 2 * ((winner - 1) / 2)) : 12);
        else if (winner)
            QVERIFY2(preview.value(QLatin1String("estimated_tokens")).toInt() <= winner || history == 0,
                qPrintable(context.out));
        if (!messages) {
            // Each budget lets through a different number of turns.
            static const QHash<int, int> expected {{0, 12}, {400, 12}, {250, 8}, {120, 4}};
            QCOMPARE(history, expected.value(winner));
        }
    }

    void contextAsksTheServer()
    {
        // A real llama.cpp answer: 256 tokens per slot, and its tokenizer counts every text.
        m_server->routeLlamaCpp();
        const qint64 id = chatWithSixTurns({});
        const QString text = QStringLiteral("Once upon a time there was a little girl named Lily.");
        const Result context = run(QStringList {QStringLiteral("context"), QString::number(id),
                                       QStringLiteral("--json"), QStringLiteral("--message"), text}
            + serverArgs());
        QCOMPARE(context.exitCode, 0);
        const QJsonObject preview = QJsonDocument::fromJson(context.out.toUtf8()).object();
        QCOMPARE(preview.value(QLatin1String("context_length")).toInt(), 256);
        QCOMPARE(preview.value(QLatin1String("reserved_for_reply")).toInt(), 64);
        QCOMPARE(preview.value(QLatin1String("token_source")).toString(), QStringLiteral("server"));
        // 14 tokens a message plus framing: the window fits under 256 - 64 - margin.
        const int tokens = preview.value(QLatin1String("estimated_tokens")).toInt();
        QVERIFY2(tokens > 0 && tokens <= 256 - 64 - 8, qPrintable(context.out));
        QVERIFY(preview.value(QLatin1String("dropped_messages")).toInt() > 0);

        // send measures the same way and keeps the reserve for the reply.
        const Result send
            = run(QStringList {QStringLiteral("send"), QString::number(id), text} + serverArgs());
        QCOMPARE(send.exitCode, 0);
        const QJsonObject body = m_server->requests().last().json();
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 64);
        QCOMPARE(body.value(QLatin1String("messages")).toArray(),
            preview.value(QLatin1String("messages")).toArray());

        // Without a server, context says it does not know the context.
        const Result offline
            = run({QStringLiteral("context"), QString::number(id), QStringLiteral("--json")});
        QCOMPARE(offline.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(offline.out.toUtf8())
                    .object()
                    .value(QLatin1String("context_length"))
                    .isNull());
        QCOMPARE(QJsonDocument::fromJson(offline.out.toUtf8())
                     .object()
                     .value(QLatin1String("token_source"))
                     .toString(),
            QStringLiteral("estimate"));
    }

    void newestMessageTooBigIsSaid()
    {
        // A message larger than the room is sent, with a warning, by both commands.
        const qint64 id = chatWithSixTurns({});
        const QString huge = QString(3000, u'x');
        const QStringList limit {QStringLiteral("--context-length"), QStringLiteral("256")};
        const Result big = run(
            QStringList {QStringLiteral("context"), QString::number(id), QStringLiteral("--message"), huge}
            + serverArgs() + limit);
        QVERIFY2(big.out.contains(QLatin1String("does not fit")), qPrintable(big.out));
        const Result bigSend
            = run(QStringList {QStringLiteral("send"), QString::number(id), huge} + serverArgs() + limit);
        QCOMPARE(bigSend.exitCode, 0);
        QVERIFY2(bigSend.err.contains(QLatin1String("does not fit")), qPrintable(bigSend.err));
        // Only the new message went: no history fits beside it.
        QCOMPARE(m_server->requests().last().json().value(QLatin1String("messages")).toArray().size(), 1);
    }

    void llamaCppErrorStreamFailsTheSend()
    {
        // HTTP 200, "error: {...}", then "data: [DONE]": a failure, not an empty complete reply.
        m_server->setDefaultResponse(LoopbackServer::sse(
            LoopbackServer::serverFixture(QStringLiteral("llamacpp_context_exceeded_200.sse"))));
        const qint64 id = chatWithSixTurns({});
        const Result send = run(
            QStringList {QStringLiteral("send"), QString::number(id), QStringLiteral("Hi")} + serverArgs());
        QCOMPARE(send.exitCode, 1);
        QVERIFY2(send.err.contains(QLatin1String("the request exceeds the available context size")),
            qPrintable(send.err));
        SessionStore store;
        QVERIFY(store.open(m_db));
        const Message reply = store.branch(store.session(id)->currentLeafId).last();
        QCOMPARE(reply.state, MessageState::Error);
        QVERIFY(reply.error.contains(QLatin1String("exceeds the available context size")));
    }

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QStringList serverArgs() const
    {
        return {QStringLiteral("--settings"), m_ini, QStringLiteral("--endpoint"),
            m_server->baseUrl().toString() + QStringLiteral("/v1"), QStringLiteral("--model"),
            QStringLiteral("m")};
    }

    // Six turns of about 25 tokens a message, written as the app would.
    qint64 chatWithSixTurns(const QJsonObject &settings)
    {
        SessionStore store;
        if (!store.open(m_db))
            return 0;
        const qint64 id = store.createSession(QStringLiteral("Trip"));
        qint64 parent = 0;
        for (int turn = 0; turn < 6; ++turn) {
            for (const char *role : {"user", "assistant"}) {
                Message m;
                m.sessionId = id;
                m.parentId = parent;
                m.role = QString::fromLatin1(role);
                m.content = QStringLiteral("Turn %1 %2: ").arg(turn).arg(m.role)
                    + QStringLiteral("a sentence of about a hundred characters that stands in for a chat. ")
                          .repeated(1);
                parent = store.addMessage(m);
            }
        }
        if (!settings.isEmpty())
            store.setSessionSettings(id, settings);
        return id;
    }

    Result run(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
        const TestUtil::CliResult r
            = TestUtil::runCli(QStringList {QStringLiteral("--db"), m_db} + args, env);
        return {r.exitCode, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LoopbackServer> m_server;
    QString m_db;
    QString m_ini;
};

QTEST_GUILESS_MAIN(TestCliContext)
#include "tst_cli_context.moc"
