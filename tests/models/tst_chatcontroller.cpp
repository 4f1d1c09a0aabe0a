#include "loopbackserver.h"
#include "models/chatcontroller.h"
#include "models/conversation.h"
#include "models/toolstep.h"
#include "models/transcriptmodel.h"
#include "storage/sessionstore.h"
#include "testutil.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

// A whole turn through the real pieces: store, model, ContextBuilder, OpenAI client, HTTP.
class TestChatController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        CONFAB_REQUIRE_BACKEND();
        m_dir.reset(new QTemporaryDir);
        m_server.reset(new LoopbackServer);
        QVERIFY(m_server->listen());
        open();
    }
    void cleanup()
    {
        m_controller.reset();
        m_model.reset();
        m_store.reset();
    }

    void sendStreamsPersistsAndLearnsTokenRatio()
    {
        const qint64 session
            = m_store->createSession(QStringLiteral("UK"), QStringLiteral("Answer in one sentence."));
        m_model->conversation()->setSession(session);
        m_server->enqueue(
            LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("openai_chat_basic.sse"))));
        QSignalSpy finished(m_controller.get(), &ChatController::replyFinished);
        QVERIFY(m_controller->send(QStringLiteral("What is the capital of the UK?")));
        QVERIFY(m_controller->isBusy());
        QVERIFY(finished.wait(PatientWaits::TimeoutMs));
        QVERIFY(!m_controller->isBusy());

        const QJsonObject body = m_server->requests().first().json();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-mini"));
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("role")).toString(), QStringLiteral("system"));
        QCOMPARE(messages.at(1).toObject().value(QLatin1String("content")).toString(),
            QStringLiteral("What is the capital of the UK?"));

        QCOMPARE(m_model->rowCount(), 2);
        const Message reply = *m_store->message(m_model->messageAt(1).id);
        QCOMPARE(reply.content, QStringLiteral("The capital of the UK is London."));
        QCOMPARE(reply.state, MessageState::Complete);
        QCOMPARE(reply.finishReason, QStringLiteral("stop"));
        QCOMPARE(reply.promptTokens, 78);
        QCOMPARE(reply.completionTokens, 9);
        QCOMPARE(reply.model, QStringLiteral("gpt-4o-mini"));
        // The server counted 78 prompt tokens; the estimate was far lower, so the ratio went up.
        QVERIFY(m_store->session(session)->settings.value(QLatin1String("tokenRatio")).toDouble() > 1.0);
    }

    void restartedProcessSendsEarlierTurns()
    {
        const qint64 session = m_store->createSession();
        m_model->conversation()->setSession(session);
        m_server->setDefaultResponse(
            LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("openai_chat_basic.sse"))));
        QSignalSpy finished(m_controller.get(), &ChatController::replyFinished);
        QVERIFY(m_controller->send(QStringLiteral("first")));
        QVERIFY(finished.wait(PatientWaits::TimeoutMs));
        QVERIFY(m_controller->send(QStringLiteral("second")));
        QVERIFY(finished.wait(PatientWaits::TimeoutMs));

        cleanup();
        open(); // the app restarts on the same file
        m_model->conversation()->setSession(session);
        QSignalSpy again(m_controller.get(), &ChatController::replyFinished);
        QVERIFY(m_controller->send(QStringLiteral("third")));
        QVERIFY(again.wait(PatientWaits::TimeoutMs));

        const QJsonArray messages
            = m_server->requests().at(2).json().value(QLatin1String("messages")).toArray();
        QStringList sent;
        for (const QJsonValue &m : messages)
            sent << m.toObject().value(QLatin1String("content")).toString();
        const QString reply = QStringLiteral("The capital of the UK is London.");
        QCOMPARE(sent,
            (QStringList {
                QStringLiteral("first"), reply, QStringLiteral("second"), reply, QStringLiteral("third")}));
    }

    void httpErrorEndsOnTheRowAndIsNotSentAgain()
    {
        const qint64 session = m_store->createSession();
        m_model->conversation()->setSession(session);
        m_server->enqueue(LoopbackServer::json(
            401, LoopbackServer::fixture(QStringLiteral("openai_401_invalid_api_key.json"))));
        QSignalSpy finished(m_controller.get(), &ChatController::replyFinished);
        QVERIFY(m_controller->send(QStringLiteral("hello")));
        QVERIFY(finished.wait(PatientWaits::TimeoutMs));
        const Message reply = m_model->messageAt(1);
        QCOMPARE(reply.state, MessageState::Error);
        QVERIFY2(
            reply.error.contains(QLatin1String("API key"), Qt::CaseInsensitive), qPrintable(reply.error));
        QCOMPARE(m_store->message(reply.id)->state, MessageState::Error);

        // Retry: a new alternative of the failed reply; the failed one is not part of the context.
        m_server->enqueue(
            LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("openai_chat_basic.sse"))));
        QVERIFY(m_controller->regenerate(1));
        QVERIFY(finished.wait(PatientWaits::TimeoutMs));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->messageAt(1).siblingCount, 2);
        QCOMPARE(m_model->messageAt(1).content, QStringLiteral("The capital of the UK is London."));
        QCOMPARE(m_server->requests().at(1).json().value(QLatin1String("messages")).toArray().size(), 1);
    }

    void stopKeepsThePartialReply()
    {
        const qint64 session = m_store->createSession();
        m_model->conversation()->setSession(session);
        LoopbackServer::Response slow
            = LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("deepseek_reasoner_stream.sse")));
        slow.chunkSize = 400;
        slow.chunkDelayMs = 20;
        m_server->enqueue(slow);
        QSignalSpy finished(m_controller.get(), &ChatController::replyFinished);
        QVERIFY(m_controller->send(QStringLiteral("Hello")));
        const qint64 reply = m_controller->streamingMessageId();
        QTRY_VERIFY_WITH_TIMEOUT(m_model->messageAt(1).reasoning.size() > 50, 5000);
        m_controller->stop();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).value<StreamOutcome>().status, StreamOutcome::Status::Stopped);
        const Message stored = *m_store->message(reply);
        QCOMPARE(stored.state, MessageState::Stopped);
        QVERIFY(stored.reasoning.size() > 50);
        QCOMPARE(stored.reasoning, m_model->messageAt(1).reasoning);
        QVERIFY(!m_controller->isBusy());
    }

    void connectionLostMidStreamKeepsPartialText()
    {
        const qint64 session = m_store->createSession();
        m_model->conversation()->setSession(session);
        LoopbackServer::Response cut
            = LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("deepseek_reasoner_stream.sse")));
        cut.abortMidway = true;
        m_server->enqueue(cut);
        QSignalSpy finished(m_controller.get(), &ChatController::replyFinished);
        QVERIFY(m_controller->send(QStringLiteral("Hello")));
        QVERIFY(finished.wait(PatientWaits::TimeoutMs));
        const Message reply = *m_store->message(m_model->messageAt(1).id);
        QCOMPARE(reply.state, MessageState::Error);
        QVERIFY(!reply.error.isEmpty());
        QVERIFY2(reply.reasoning.size() > 100, qPrintable(reply.reasoning)); // what arrived is kept
        QVERIFY(QStringLiteral("Hmm, the user just said").startsWith(reply.reasoning.left(23)));
    }

    void missingModelIsRefusedBeforeStoring()
    {
        const qint64 session = m_store->createSession();
        m_model->conversation()->setSession(session);
        ProviderProfile profile = m_controller->profile();
        profile.model.clear();
        m_controller->setProfile(profile);
        QSignalSpy failed(m_controller.get(), &ChatController::failed);
        QVERIFY(!m_controller->send(QStringLiteral("hello")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("model")));
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_store->messageCount(session), 0);
        QVERIFY(m_server->requests().isEmpty());
    }

    void regenerateWithoutModelLeavesTheTranscriptAlone()
    {
        const qint64 session = TestUtil::makeSession(m_store.get(), 2);
        m_model->conversation()->setSession(session);
        ProviderProfile profile = m_controller->profile();
        profile.model.clear();
        m_controller->setProfile(profile);
        QSignalSpy failed(m_controller.get(), &ChatController::failed);
        QVERIFY(!m_controller->regenerate(1));
        QVERIFY(!m_controller->editAndResend(0, QStringLiteral("changed")));
        QCOMPARE(failed.size(), 2);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_store->session(session)->currentLeafId, m_model->messageAt(1).id);
        QCOMPARE(m_store->messageCount(session), 2);
    }

    void controllerMayOutliveItsModel()
    {
        // Window children die in creation order: the model may go first.
        auto *model = new TranscriptModel(m_store.get());
        auto *controller = new ChatController(model->conversation(), &m_nam);
        delete model;
        delete controller; // must not touch the dead model
    }

    void editAndResendBranches()
    {
        const qint64 session = m_store->createSession();
        m_model->conversation()->setSession(session);
        m_server->setDefaultResponse(
            LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("openai_chat_basic.sse"))));
        QSignalSpy finished(m_controller.get(), &ChatController::replyFinished);
        QVERIFY(m_controller->send(QStringLiteral("capital of france?")));
        QVERIFY(finished.wait(PatientWaits::TimeoutMs));
        QVERIFY(m_controller->editAndResend(0, QStringLiteral("capital of the UK?")));
        QVERIFY(finished.wait(PatientWaits::TimeoutMs));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->messageAt(0).content, QStringLiteral("capital of the UK?"));
        QCOMPARE(m_model->messageAt(0).siblingCount, 2);
        const QJsonArray sent = m_server->requests().at(1).json().value(QLatin1String("messages")).toArray();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).toObject().value(QLatin1String("content")).toString(),
            QStringLiteral("capital of the UK?"));
    }

    // Regenerate on a tool step never drops the result of a call the model made: it asks for
    // the reply to the results again (a new alternative of it), or for the first one.
    void regenerateOnAToolStepRedoesTheReplyToItsResult()
    {
        const qint64 session = m_store->createSession();
        Conversation *conversation = m_model->conversation();
        conversation->setSession(session);
        m_server->enqueue(
            LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("openai_chat_tool_calls.sse"))));
        m_server->setDefaultResponse(
            LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("openai_chat_basic.sse"))));
        QSignalSpy finished(m_controller.get(), &ChatController::replyFinished);
        QVERIFY(m_controller->send(QStringLiteral("What is the capital of the UK?")));
        QVERIFY(finished.wait(PatientWaits::TimeoutMs));
        QCOMPARE(m_model->messageAt(1).finishReason, QStringLiteral("tool_calls"));
        // The step as the tool loop stores it.
        ToolStep step;
        step.call = {QStringLiteral("call_ZR5UUuTt3pf61kjwAJIYdVMj"), QStringLiteral("get_capital"),
            QStringLiteral(R"({"country":"UK"})")};
        step.outcome = QStringLiteral("Succeeded");
        step.result = QStringLiteral("London");
        const qint64 stepId = conversation->beginReply(QString());
        conversation->appendToReply(stepId, step.toContent());
        conversation->finishReply(
            stepId, MessageState::Complete, QString::fromLatin1(ToolStep::FinishReason));
        QCOMPARE(m_model->rowCount(), 3);

        const auto lastSent = [this] {
            const QJsonArray sent
                = m_server->requests().last().json().value(QLatin1String("messages")).toArray();
            return sent.last().toObject();
        };
        // No reply to the result yet: Regenerate asks for it.
        QVERIFY(m_controller->regenerate(2));
        QVERIFY(finished.wait(PatientWaits::TimeoutMs));
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(lastSent().value(QLatin1String("role")).toString(), QStringLiteral("tool"));
        QCOMPARE(lastSent().value(QLatin1String("content")).toString(), QStringLiteral("London"));
        // With a reply: a new alternative of it, the step kept.
        QVERIFY(m_controller->regenerate(2));
        QVERIFY(finished.wait(PatientWaits::TimeoutMs));
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->messageAt(2).id, stepId);
        QCOMPARE(m_model->messageAt(3).siblingCount, 2);
        QCOMPARE(lastSent().value(QLatin1String("role")).toString(), QStringLiteral("tool"));
        QCOMPARE(m_server->requests().size(), 3);
    }

private:
    void open()
    {
        m_store.reset(new SessionStore);
        QVERIFY(m_store->open(TestUtil::dbPath(*m_dir)));
        m_model.reset(new TranscriptModel(m_store.get()));
        m_controller.reset(new ChatController(m_model->conversation(), &m_nam));
        ProviderProfile profile;
        profile.id = QStringLiteral("test");
        profile.name = QStringLiteral("Loopback");
        profile.kind = ProviderKind::OpenAICompatible;
        profile.baseUrl = m_server->baseUrl();
        profile.model = QStringLiteral("gpt-4o-mini");
        m_controller->setProfile(profile);
        m_controller->setApiKey(QStringLiteral("sk-test"));
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<TranscriptModel> m_model;
    std::unique_ptr<ChatController> m_controller;
};

QTEST_GUILESS_MAIN(TestChatController)
#include "tst_chatcontroller.moc"
