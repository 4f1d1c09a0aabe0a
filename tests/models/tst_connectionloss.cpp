#include "../views/guitestfixture.h"
#include "loopbackserver.h"
#include "models/chatcontroller.h"
#include "models/sessionlistmodel.h"
#include "models/transcriptmodel.h"
#include "storage/sessionstore.h"
#include "testutil.h"
#include "views/chatpane.h"
#include "views/composer.h"
#include "views/mainwindow.h"
#include "views/noticebar.h"
#include "views/queuedmessagebar.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

// The PostgreSQL server stopped in the middle of a streamed reply and started again: what
// arrives meanwhile is shown and kept, the user is told once, the connection comes back without
// a restart, and everything shown is in the database afterwards. ctest runs this test through
// scripts/with-postgres.sh of its own, so stopping that server disturbs no other test.
class TestConnectionLoss : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!TestUtil::onPostgres() || qEnvironmentVariableIsEmpty("CONFAB_TEST_POSTGRES_CTL"))
            QSKIP("needs a PostgreSQL server of its own to stop (scripts/with-postgres.sh)");
    }

    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_url = TestUtil::dbPath(*m_dir);
        m_server.reset(new LoopbackServer);
        QVERIFY(m_server->listen());
        // confab-cli asks for the server's context first; this one has no model list.
        m_server->setRoute("GET", "/models", LoopbackServer::json(404, "{}"));
        m_store.reset(new SessionStore);
        QVERIFY(m_store->open(m_url));
        m_model.reset(new TranscriptModel(m_store.get()));
        m_tester.reset(new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_controller.reset(new ChatController(m_model->conversation(), &m_nam));
        ProviderProfile profile;
        profile.id = QStringLiteral("test");
        profile.kind = ProviderKind::OpenAICompatible;
        profile.baseUrl = m_server->baseUrl();
        profile.model = QStringLiteral("gpt-4o-mini");
        m_controller->setProfile(profile);
    }

    void cleanup()
    {
        if (m_stopped)
            server(QStringLiteral("start"));
        m_controller.reset();
        m_tester.reset();
        m_model.reset();
        m_store.reset();
    }

    void aReplyStreamedWhileTheServerIsAwayIsKept()
    {
        const qint64 session = m_store->createSession();
        Conversation *conversation = m_model->conversation();
        conversation->setSession(session);
        QString first, second, third;
        LoopbackServer::Response held = LoopbackServer::sse(events(1, 20, &first));
        held.holdAfterBody = true;
        m_server->enqueue(held);
        QSignalSpy errors(m_store.get(), &SessionStore::storageError);
        QSignalSpy lost(m_store.get(), &SessionStore::connectionLost);
        QSignalSpy restored(m_store.get(), &SessionStore::connectionRestored);
        QSignalSpy finished(m_controller.get(), &ChatController::replyFinished);
        QVERIFY(m_controller->send(QStringLiteral("Count for me")));
        QTRY_COMPARE(m_model->rowCount(), 2);
        const qint64 replyId = m_model->messageAt(1).id;
        QTRY_COMPARE(m_model->messageAt(1).content, first);
        QTRY_COMPARE(m_store->message(replyId)->content, first); // saved before the server goes

        server(QStringLiteral("stop"));
        m_server->sendMore(events(21, 40, &second));
        QTRY_COMPARE(m_model->messageAt(1).content, first + second); // shown while it is away
        QTRY_COMPARE(lost.size(), 1); // found by the next write
        m_server->sendMore(events(41, 60, &third) + finishEvent(), true);
        QVERIFY(finished.wait(PatientWaits::TimeoutMs));
        QCOMPARE(m_model->messageAt(1).content, first + second + third);
        QCOMPARE(m_model->messageAt(1).state, MessageState::Complete);
        QVERIFY(conversation->hasUnsaved());
        QVERIFY(m_store->isConnectionLost());

        server(QStringLiteral("start"));
        QVERIFY(restored.wait(PatientWaits::TimeoutMs)); // no restart: the retries reconnect
        QTRY_VERIFY(!conversation->hasUnsaved());
        QCOMPARE(lost.size(), 1);
        QCOMPARE(errors.size(), 1); // told once, however many writes failed meanwhile
        const Message stored = *storedMessage(replyId);
        QCOMPARE(stored.content, first + second + third);
        QCOMPARE(stored.state, MessageState::Complete);
        QCOMPARE(stored.finishReason, QStringLiteral("stop"));

        // And the next turn goes through as usual.
        m_server->enqueue(
            LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("openai_chat_basic.sse"))));
        QVERIFY(m_controller->send(QStringLiteral("Again")));
        QVERIFY(finished.wait(PatientWaits::TimeoutMs));
        QCOMPARE(storedMessage(m_model->messageAt(3).id)->content,
            QStringLiteral("The capital of the UK is London."));
        QCOMPARE(errors.size(), 1);
    }

    void theCliWaitsForTheServerAndSaysSoOnce()
    {
        const qint64 session = m_store->createSession();
        QString first, second;
        LoopbackServer::Response held = LoopbackServer::sse(events(1, 20, &first));
        held.holdAfterBody = true;
        m_server->enqueue(held);
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        cli.setProcessEnvironment(env);
        cli.start(TestUtil::binary(QStringLiteral("confab-cli")),
            {QStringLiteral("--db"), m_url, QStringLiteral("send"), QString::number(session),
                QStringLiteral("Count for me"), QStringLiteral("--endpoint"), m_server->baseUrl().toString(),
                QStringLiteral("--model"), QStringLiteral("gpt-4o-mini")});
        QVERIFY(cli.waitForStarted());
        QByteArray out, err;
        const auto read = [&] {
            out += cli.readAllStandardOutput();
            err += cli.readAllStandardError();
        };
        QTRY_VERIFY_WITH_TIMEOUT((read(), QString::fromUtf8(out) == first), PatientWaits::TimeoutMs);

        server(QStringLiteral("stop"));
        m_server->sendMore(events(21, 40, &second) + finishEvent(), true);
        QTRY_VERIFY_WITH_TIMEOUT(
            (read(), err.contains("waiting for the database server")), PatientWaits::TimeoutMs);
        QVERIFY2(err.contains("cannot be reached"), err.constData());
        QCOMPARE(QString::fromUtf8(out), first); // stdout shows only what the database has

        server(QStringLiteral("start"));
        QSignalSpy ended(&cli, &QProcess::finished);
        QVERIFY(ended.wait(PatientWaits::TimeoutMs));
        read();
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(out).trimmed(), (first + second).trimmed());
        QCOMPARE(err.count("cannot be reached"), 1);
        QVERIFY2(err.contains("the database server is back"), err.constData());
        SessionStore check;
        QVERIFY(check.open(m_url));
        QCOMPARE(check.message(check.session(session)->currentLeafId)->content, first + second);
    }

    void theWindowShowsTheQueueAndRefusesRenameAndDelete()
    {
        GuiTestFixture app;
        QVERIFY(app.start());
        SessionStore *store = app.store.get();
        const qint64 session = store->createSession(QStringLiteral("Before"));
        app.window->openSession(session);
        QSignalSpy errors(store, &SessionStore::storageError);
        QSignalSpy restored(store, &SessionStore::connectionRestored);
        QSignalSpy finished(app.window->controller(), &ChatController::replyFinished);
        app.server.enqueue(GuiTestFixture::basicReply());
        auto *bar = app.window->chatPane()->findChild<QueuedMessageBar *>();
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());

        server(QStringLiteral("stop"));
        app.typeAndSend(QStringLiteral("Typed while away"));
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(bar->label()->text().contains(QStringLiteral("Typed while away")));
        QVERIFY(app.window->chatPane()->composer()->text().isEmpty());
        ChatController *controller = app.window->controller();
        QCOMPARE(controller->queuedText(), QStringLiteral("Typed while away"));
        QCOMPARE(controller->queuedSessionId(), session);
        QCOMPARE(app.window->transcript()->rowCount(), 0);
        QCOMPARE(errors.size(), 1);
        // One waits at a time: a second stays in the box.
        QVERIFY(!controller->send(QStringLiteral("A second one")));
        QVERIFY2(app.window->notice()->text().contains(QStringLiteral("cannot be reached")),
            qPrintable(app.window->notice()->text()));
        QVERIFY(app.window->notice()->text().contains(QStringLiteral("sent meanwhile is sent then")));

        SessionListModel *list = app.window->sessions();
        const QModelIndex row = list->index(list->rowOfId(session));
        QVERIFY(!list->setData(row, QStringLiteral("After")));
        QVERIFY2(app.window->notice()->text().startsWith(QStringLiteral("The chat was not renamed")),
            qPrintable(app.window->notice()->text()));
        QCOMPARE(row.data(SessionListModel::TitleRole).toString(), QStringLiteral("Before"));
        app.window->deleteSession(session);
        QVERIFY2(app.window->notice()->text().startsWith(QStringLiteral("The chat was not deleted")),
            qPrintable(app.window->notice()->text()));
        QCOMPARE(list->rowOfId(session), row.row());

        server(QStringLiteral("start"));
        QVERIFY(restored.wait(PatientWaits::TimeoutMs));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, PatientWaits::TimeoutMs); // sent by itself
        QVERIFY(!bar->isVisible());
        QVERIFY(!controller->hasQueued());
        QCOMPARE(errors.size(), 1); // told once
        SessionStore other;
        QVERIFY(other.open(store->path()));
        QCOMPARE(other.session(session)->title, QStringLiteral("Before"));
        QVERIFY(!other.session(session)->deleted);
        QCOMPARE(other.session(session)->messageCount, 2);
        QCOMPARE(
            other.message(other.session(session)->currentLeafId)->content, GuiTestFixture::basicReplyText());
    }

private:
    // OpenAI-style deltas "n " for n in [from, to], their text appended to `text`.
    static QByteArray events(int from, int to, QString *text)
    {
        QByteArray body;
        for (int i = from; i <= to; ++i) {
            const QString delta = QStringLiteral("wörd%1 ").arg(i);
            *text += delta;
            body += "data: "
                + QJsonDocument(QJsonObject {{QStringLiteral("choices"),
                                    QJsonArray {QJsonObject {{QStringLiteral("delta"),
                                        QJsonObject {{QStringLiteral("content"), delta}}}}}}})
                      .toJson(QJsonDocument::Compact)
                + "\n\n";
        }
        return body;
    }
    static QByteArray finishEvent()
    {
        return "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n";
    }

    void server(const QString &action)
    {
        QCOMPARE(QProcess::execute(qEnvironmentVariable("CONFAB_TEST_POSTGRES_CTL"), {action}), 0);
        m_stopped = action == QLatin1String("stop");
    }

    // Read by a connection of its own, as another client would.
    std::optional<Message> storedMessage(qint64 id) const
    {
        SessionStore other;
        if (!other.open(m_url))
            return std::nullopt;
        return other.message(id);
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
    bool m_stopped = false;
    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<TranscriptModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ChatController> m_controller;
};

QTEST_MAIN(TestConnectionLoss)
#include "tst_connectionloss.moc"
