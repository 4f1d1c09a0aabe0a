// confab-cli prints text it did not write (replies, titles, server errors) to a terminal: the
// exact bytes are checked for control sequences, with the payload in the database or served by
// the loopback server. And a key is not sent over plain http to the internet without --insecure.
#include "loopbackserver.h"
#include "storage/sessionstore.h"
#include "testutil.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {
// OSC 52 (clipboard write), OSC 0 (window title), CR + erase line, cursor up, C1 CSI, BEL, DEL.
const QString kHostile = QStringLiteral("\x1b]52;c;ZWNobyBwd25lZA==\x07title\x1b]0;owned\x07 line\r\x1b[2K"
                                        "rewritten\x1b[1A up \u009b31m c1 \x7f del \x08 bs");

bool hasControls(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes.at(i));
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            return true;
        // C1 controls in UTF-8: C2 80..C2 9F.
        if (c == 0xc2 && i + 1 < bytes.size() && uchar(bytes.at(i + 1)) >= 0x80
            && uchar(bytes.at(i + 1)) <= 0x9f)
            return true;
    }
    return false;
}
} // namespace

class TestCliUntrusted : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = TestUtil::dbPath(*m_dir);
        m_server = std::make_unique<LoopbackServer>();
        QVERIFY(m_server->listen());
        // send first asks the server for its context (GET /models among others): this one has
        // no model list, so the queue serves the chat requests alone.
        m_server->setRoute("GET", "/models", LoopbackServer::json(404, "{}"));
    }

    void storedTextIsPrintedWithoutControls()
    {
        qint64 session = 0;
        {
            SessionStore store;
            QVERIFY(store.open(m_db));
            session
                = store.createSession(QStringLiteral("Trip ") + kHostile, QStringLiteral("sys ") + kHostile);
            Message question;
            question.sessionId = session;
            question.role = QStringLiteral("user");
            question.content = QStringLiteral("findme ") + kHostile;
            Message answer;
            answer.sessionId = session;
            answer.parentId = store.addMessage(question);
            answer.role = QStringLiteral("assistant");
            answer.content = QStringLiteral("findme reply\n\tindented ") + kHostile;
            answer.state = MessageState::Error;
            answer.error = QStringLiteral("server said ") + kHostile;
            QVERIFY(store.addMessage(answer) > 0);
        }
        const QString id = QString::number(session);
        for (const QStringList &args :
            {QStringList {QStringLiteral("show"), id}, QStringList {QStringLiteral("sessions")},
                QStringList {QStringLiteral("search"), QStringLiteral("findme")},
                QStringList {QStringLiteral("context"), id},
                QStringList {QStringLiteral("show"), id, QStringLiteral("--json")}}) {
            const Result r = run(args);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(!hasControls(r.out),
                qPrintable(args.join(u' ') + QStringLiteral(": ")
                    + QString::fromUtf8(r.out.toPercentEncoding(" \n\t|[]:#"))));
            QVERIFY2(!hasControls(r.err), qPrintable(args.join(u' ')));
            // The text itself stays: only the control characters are gone.
            QVERIFY2(r.out.contains("findme") || args.first() == QLatin1String("sessions"),
                qPrintable(args.join(u' ')));
            QVERIFY2(r.out.contains("title"), qPrintable(args.join(u' ')));
        }
        const QByteArray shown = run({QStringLiteral("show"), id}).out;
        QVERIFY(shown.contains("rewritten"));
        QVERIFY(shown.contains("findme reply\n\tindented")); // newline and tab are kept
        QVERIFY(shown.contains("server said"));
    }

    void streamedReplyAndServerErrorArePrintedWithoutControls()
    {
        QByteArray json = "\"";
        for (const QChar c : kHostile) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() <= 0x9f))
                json += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
            else
                json += QString(c).toUtf8();
        }
        json += "\"";
        m_server->enqueue(
            LoopbackServer::sse("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":" + json
                + "},\"finish_reason\":null}]}\n\n"
                  "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: "
                  "[DONE]\n\n"));
        const qint64 session = newSession();
        Result r = send(session);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("rewritten"));
        QVERIFY2(!hasControls(r.out), r.out.toPercentEncoding().constData());

        m_server->enqueue(LoopbackServer::json(500, "{\"error\":{\"message\":" + json + "}}"));
        r = send(session);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("rewritten"), r.err.constData());
        QVERIFY2(!hasControls(r.err), r.err.toPercentEncoding().constData());
    }

    void keyOverPlainHttpToTheInternetIsRefused()
    {
        const qint64 session = newSession();
        // A documentation address (never routed): nothing may be sent there at all.
        const Result r = run({QStringLiteral("send"), QString::number(session), QStringLiteral("hello"),
                                 QStringLiteral("--endpoint"), QStringLiteral("http://[2001:db8::1]:9/v1"),
                                 QStringLiteral("--model"), QStringLiteral("m")},
            QStringLiteral("sk-proj-abcdefghijklmnop1234"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--insecure"), r.err.constData());
        QVERIFY2(r.err.contains("not encrypted"), r.err.constData());
        // Nothing stored either: the message was never sent.
        SessionStore store;
        QVERIFY(store.open(m_db));
        QCOMPARE(store.session(session)->messageCount, 0);
        // Plain http to this machine needs no flag (the loopback server).
        m_server->enqueue(LoopbackServer::sse(
            "data: "
            "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"ok\"},\"finish_reason\":\"stop\"}]}\n\n"
            "data: [DONE]\n\n"));
        QCOMPARE(send(session, QStringLiteral("sk-proj-abcdefghijklmnop1234")).exitCode, 0);
        QCOMPARE(m_server->requests().size(), 1);
    }

private:
    using Result = TestUtil::CliResult;

    Result run(const QStringList &args, const QString &apiKey = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        if (apiKey.isEmpty())
            env.remove(QStringLiteral("CONFAB_API_KEY"));
        else
            env.insert(QStringLiteral("CONFAB_API_KEY"), apiKey);
        return TestUtil::runCli(QStringList {QStringLiteral("--db"), m_db} + args, env);
    }
    Result send(qint64 session, const QString &apiKey = {})
    {
        return run({QStringLiteral("send"), QString::number(session), QStringLiteral("hello"),
                       QStringLiteral("--endpoint"), m_server->baseUrl().toString(),
                       QStringLiteral("--model"), QStringLiteral("m")},
            apiKey);
    }
    qint64 newSession() { return run({QStringLiteral("new")}).out.trimmed().toLongLong(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LoopbackServer> m_server;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliUntrusted)
#include "tst_cli_untrusted.moc"
