#include "guitestfixture.h"
#include "mcptestservers.h"
#include "models/chatcontroller.h"
#include "models/transcriptmodel.h"
#include "tools/mcpconnections.h"
#include "tools/mcpserverstore.h"
#include "tools/toolloop.h"
#include "views/chatpane.h"
#include "views/chattools.h"
#include "views/chattoolsbox.h"
#include "views/chatview.h"
#include "views/mainwindow.h"
#include "views/mcpserverspage.h"
#include "views/messagedelegate.h"
#include "views/sessionsettingsdialog.h"
#include "views/settingsdialog.h"
#include "views/toolapprovalpanel.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// Issue 14 in the app: a tool call of the model is put to the user in the chat (the tool, the
// server, the full arguments) and runs, is denied, or is always allowed; Stop during the
// question ends the turn with everything kept; each step shows as a collapsed row that
// survives a restart. The model is the loopback server replaying OpenAI's captured tool-call
// stream; the tool is the real server-everything from npm over stdio.
class TestToolApproval : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<GuiTestFixture> m_app;
    const QString m_callId = QStringLiteral("call_ZR5UUuTt3pf61kjwAJIYdVMj");

    MainWindow *window() const { return m_app->window.get(); }
    ChatTools *tools() const { return window()->chatTools(); }
    ToolApprovalPanel *panel() const { return tools()->panel(); }
    TranscriptModel *transcript() const { return window()->transcript(); }

    static LoopbackServer::Response answer()
    {
        return LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("openai_chat_basic.sse")));
    }

    // The app with server-everything set up; true once its tools are offered.
    bool startApp()
    {
        if (!m_app->start())
            return false;
        return QTest::qWaitFor(
            [this] {
                return tools()
                    ->connections()
                    ->catalog()
                    ->find(QStringLiteral("everything__echo"))
                    .has_value();
            },
            30000);
    }

    // The user asks; the model (first queued stream) calls echo({"message":"UK"}).
    void askAndWaitForApproval(const QString &text = QStringLiteral("What is the capital of the UK?"))
    {
        m_app->server.enqueue(McpTestServers::openAiEchoCall());
        m_app->server.enqueue(answer());
        m_app->typeAndSend(text);
    }

    QJsonArray sentMessages(int request) const
    {
        return m_app->server.requests().at(request).json().value(QLatin1String("messages")).toArray();
    }

    int rowWithStep() const
    {
        for (int row = 0; row < transcript()->rowCount(); ++row) {
            if (!transcript()->index(row).data(TranscriptModel::ToolStepRole).toString().isEmpty())
                return row;
        }
        return -1;
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
        m_app = std::make_unique<GuiTestFixture>();
        McpServerStore store(m_app->dir.filePath(QStringLiteral("confab.ini")));
        QVERIFY(store.addServer(McpTestServers::everything()));
    }

    void cleanup() { m_app.reset(); }

    void runShowsTheWholeCallAndKeepsTheStep()
    {
        QVERIFY(startApp());
        // Offered with the request, under the name the model calls.
        askAndWaitForApproval();
        QTRY_VERIFY(panel()->isVisible());
        QVERIFY(window()->controller()->isBusy()); // Stop is what the composer offers now
        QVERIFY(panel()->titleLabel()->text().contains(QLatin1String("echo")));
        QVERIFY(panel()->titleLabel()->text().contains(QLatin1String("everything")));
        QCOMPARE(panel()->argumentsView()->toPlainText(), QStringLiteral("{\n    \"message\": \"UK\"\n}"));
        QCOMPARE(m_app->server.requests().size(), 1);
        const QJsonArray offered
            = m_app->server.requests().at(0).json().value(QLatin1String("tools")).toArray();
        QVERIFY(!offered.isEmpty());

        QTest::mouseClick(panel()->button(ToolApproval::Decision::Run), Qt::LeftButton);
        QTRY_COMPARE(m_app->server.requests().size(), 2);
        QTRY_VERIFY(!window()->controller()->isBusy());
        QVERIFY(!panel()->isVisible());
        const QJsonArray second = sentMessages(1);
        QCOMPARE(second.size(), 3);
        QCOMPARE(second.at(2)[QLatin1String("tool_call_id")].toString(), m_callId);
        QCOMPARE(second.at(2)[QLatin1String("content")].toString(), QStringLiteral("Echo: UK"));
        QTRY_COMPARE(transcript()->rowCount(), 4);
        QCOMPARE(transcript()->index(3).data(TranscriptModel::ContentRole).toString(),
            GuiTestFixture::basicReplyText());

        // The step: one line, its details folded away until asked for.
        const int row = rowWithStep();
        QCOMPARE(row, 2);
        const QModelIndex step = transcript()->index(row);
        QVERIFY(step.data(TranscriptModel::ToolStepRole)
                    .toString()
                    .contains(QLatin1String("echo on everything")));
        QVERIFY(step.data(TranscriptModel::ContentRole).toString().isEmpty());
        const QString details = step.data(TranscriptModel::ReasoningRole).toString();
        QVERIFY(details.contains(QLatin1String("\"message\": \"UK\"")));
        QVERIFY(details.contains(QLatin1String("Echo: UK")));
        QVERIFY(details.contains(QLatin1String("MCP server: everything")));
        // A screen reader hears the summary.
        QAccessibleInterface *chat = QAccessible::queryAccessibleInterface(window()->chatPane()->view());
        QVERIFY(chat);
        QCOMPARE(
            chat->child(row)->text(QAccessible::Name), step.data(TranscriptModel::ToolStepRole).toString());
        MessageDelegate *delegate = window()->chatPane()->view()->messageDelegate();
        const qint64 stepId = step.data(TranscriptModel::IdRole).toLongLong();
        QVERIFY(!delegate->isThinkingExpanded(stepId));
        delegate->setThinkingExpanded(stepId, true);
        QVERIFY(delegate->isThinkingExpanded(stepId));

        // Quit and start again: the same rows, the step still a step.
        m_app->restart();
        QTRY_COMPARE(transcript()->rowCount(), 4);
        QCOMPARE(rowWithStep(), 2);
        QVERIFY(transcript()
                    ->index(2)
                    .data(TranscriptModel::ReasoningRole)
                    .toString()
                    .contains(QLatin1String("Echo: UK")));
    }

    void denyGoesBackToTheModelAsDenied()
    {
        QVERIFY(startApp());
        askAndWaitForApproval();
        QTRY_VERIFY(panel()->isVisible());
        QTest::mouseClick(panel()->button(ToolApproval::Decision::Deny), Qt::LeftButton);
        QTRY_COMPARE(m_app->server.requests().size(), 2);
        QTRY_VERIFY(!window()->controller()->isBusy());
        const QJsonObject result = sentMessages(1).at(2).toObject();
        QCOMPARE(result.value(QLatin1String("tool_call_id")).toString(), m_callId);
        QVERIFY(result.value(QLatin1String("content")).toString().contains(QLatin1String("did not allow")));
        QTRY_COMPARE(transcript()->rowCount(), 4);
        QVERIFY(transcript()
                    ->index(2)
                    .data(TranscriptModel::ToolStepRole)
                    .toString()
                    .contains(QLatin1String("denied")));
    }

    void alwaysAllowRunsTheNextCallWithoutAskingUntilRevoked()
    {
        QVERIFY(startApp());
        QSignalSpy asked(tools()->loop(), &ToolLoop::approvalRequested);
        askAndWaitForApproval();
        QTRY_VERIFY(panel()->isVisible());
        QTest::mouseClick(panel()->button(ToolApproval::Decision::AlwaysTool), Qt::LeftButton);
        QTRY_COMPARE(m_app->server.requests().size(), 2);
        QTRY_VERIFY(!window()->controller()->isBusy());
        // Kept with the server's config, in the settings file.
        QCOMPARE(McpServerStore(m_app->dir.filePath(QStringLiteral("confab.ini")))
                     .server(QStringLiteral("everything"))
                     ->alwaysAllowedTools,
            QStringList {QStringLiteral("echo")});

        // The second call runs at once.
        askAndWaitForApproval(QStringLiteral("And again?"));
        QTRY_COMPARE(m_app->server.requests().size(), 4);
        QTRY_VERIFY(!window()->controller()->isBusy());
        QCOMPARE(asked.count(), 1);
        QCOMPARE(sentMessages(3).last()[QLatin1String("content")].toString(), QStringLiteral("Echo: UK"));

        // Revoked in Settings › Tools: asked again.
        bool handled = false;
        QString status;
        QString grants;
        whenModal<SettingsDialog>(
            [&](SettingsDialog *dialog) {
                auto *page = dialog->findChild<McpServersPage *>();
                QVERIFY(page);
                status = page->statusLabel()->text();
                grants = page->grantsLabel()->text();
                QTest::mouseClick(page->revokeButton(), Qt::LeftButton);
                dialog->accept();
            },
            &handled);
        window()->action(QStringLiteral("settings"))->trigger();
        QVERIFY(handled);
        QVERIFY2(status.startsWith(QLatin1String("Connected")), qPrintable(status));
        QVERIFY2(grants.contains(QLatin1String("echo")), qPrintable(grants));
        QVERIFY(tools()->servers()->server(QStringLiteral("everything"))->alwaysAllowedTools.isEmpty());
        askAndWaitForApproval(QStringLiteral("Once more?"));
        QTRY_VERIFY(panel()->isVisible());
        QCOMPARE(asked.count(), 2);

        // This time the whole server.
        QTest::mouseClick(panel()->button(ToolApproval::Decision::AlwaysServer), Qt::LeftButton);
        QTRY_COMPARE(m_app->server.requests().size(), 6);
        QTRY_VERIFY(!window()->controller()->isBusy());
        QVERIFY(tools()->servers()->server(QStringLiteral("everything"))->alwaysAllowServer);
    }

    void stopDuringApprovalEndsTheTurnAndKeepsEverything()
    {
        QVERIFY(startApp());
        askAndWaitForApproval();
        QTRY_VERIFY(panel()->isVisible());
        QVERIFY(window()->action(QStringLiteral("stop"))->isEnabled());
        window()->action(QStringLiteral("stop"))->trigger(); // Escape
        QTRY_VERIFY(!window()->controller()->isBusy());
        QVERIFY(!panel()->isVisible());
        QCOMPARE(m_app->server.requests().size(), 1); // nothing more was asked
        QTRY_COMPARE(transcript()->rowCount(), 3); // the question, the call, the stopped step
        QVERIFY(transcript()
                    ->index(2)
                    .data(TranscriptModel::ToolStepRole)
                    .toString()
                    .contains(QLatin1String("stopped")));

        // The next message (the answer still queued) carries the stopped call with its answer:
        // a well-formed request.
        m_app->typeAndSend(QStringLiteral("Never mind."));
        QTRY_COMPARE(m_app->server.requests().size(), 2);
        QTRY_VERIFY(!window()->controller()->isBusy());
        const QJsonArray sent = sentMessages(1);
        QCOMPARE(sent.size(), 4);
        QCOMPARE(sent.at(2)[QLatin1String("tool_call_id")].toString(), m_callId);
        QVERIFY(sent.at(2)[QLatin1String("content")].toString().contains(QLatin1String("stopped")));
    }

    void aChatChoosesItsServers()
    {
        QVERIFY(startApp());
        m_app->server.enqueue(answer());
        m_app->typeAndSend(QStringLiteral("Hi"));
        QTRY_COMPARE(m_app->server.requests().size(), 1);
        QVERIFY(m_app->server.requests().at(0).json().contains(QLatin1String("tools"))); // the default
        QTRY_VERIFY(!window()->controller()->isBusy());

        // This chat: no server at all.
        const qint64 session = transcript()->sessionId();
        SessionSettingsDialog dialog(m_app->store.get(), session, m_app->profiles.get());
        dialog.setToolServers(tools()->enabledServers());
        QVERIFY(dialog.toolsBox()->defaultBox()->isChecked());
        QCOMPARE(dialog.toolsBox()->serverList()->count(), 1);
        dialog.toolsBox()->defaultBox()->setChecked(false);
        dialog.toolsBox()->serverList()->item(0)->setCheckState(Qt::Unchecked);
        dialog.accept();
        tools()->refreshChatServers();
        m_app->server.enqueue(answer());
        m_app->typeAndSend(QStringLiteral("Again"));
        QTRY_COMPARE(m_app->server.requests().size(), 2);
        QVERIFY(!m_app->server.requests().at(1).json().contains(QLatin1String("tools")));
        QTRY_VERIFY(!window()->controller()->isBusy());

        // Kept with the chat.
        m_app->restart();
        QTRY_COMPARE(transcript()->sessionId(), session);
        QVERIFY(QTest::qWaitFor(
            [this] { return tools()->connections()->client(QStringLiteral("everything")) != nullptr; }));
        m_app->server.enqueue(answer());
        m_app->typeAndSend(QStringLiteral("And now?"));
        QTRY_COMPARE(m_app->server.requests().size(), 3);
        QVERIFY(!m_app->server.requests().at(2).json().contains(QLatin1String("tools")));
    }

    void annotationsAreShownAsClaims()
    {
        ToolApprovalPanel shown;
        ToolApproval approval;
        approval.server = QStringLiteral("files");
        approval.tool.name = QStringLiteral("write_file");
        approval.tool.annotations
            = {{QStringLiteral("readOnlyHint"), false}, {QStringLiteral("destructiveHint"), true}};
        approval.call.arguments = QStringLiteral("not json {");
        shown.ask(approval);
        QVERIFY(shown.hintsLabel()->text().contains(QLatin1String("unchecked")));
        QVERIFY(shown.hintsLabel()->text().contains(QLatin1String("destructive")));
        // What is not JSON is shown as it came.
        QCOMPARE(shown.argumentsView()->toPlainText(), QStringLiteral("not json {"));
    }
};

QTEST_MAIN(TestToolApproval)
#include "tst_toolapproval.moc"
