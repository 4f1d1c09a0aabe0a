// What the user is told about the window, offscreen against the loopback server: the server's
// context in the status bar and on the marker, the warning when the newest message alone does
// not fit, replies the server cut or that hit the length limit (with Continue), and the
// per-chat override of the context length.
#include "guitestfixture.h"
#include "models/chatcontroller.h"
#include "models/transcriptmodel.h"
#include "settings/profilestore.h"
#include "storage/sessionstore.h"
#include "views/chatpane.h"
#include "views/chatview.h"
#include "views/composer.h"
#include "views/composeredit.h"
#include "views/mainwindow.h"
#include "views/messagedelegate.h"
#include "views/sessionsettingsdialog.h"
#include "views/transcriptviewproxy.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QSpinBox>
#include <QTest>

class TestContextUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiTestFixture> m_app;

    TranscriptModel *transcript() const { return m_app->window->transcript(); }
    ChatController *controller() const { return m_app->window->controller(); }
    ChatPane *pane() const { return m_app->window->chatPane(); }
    QString statusText() const
    {
        for (QLabel *label : m_app->window->findChildren<QLabel *>()) {
            if (label->accessibleName() == QLatin1String("Estimated size of the next request"))
                return label->text();
        }
        return {};
    }

    void start()
    {
        QVERIFY(m_app->start());
        new QAbstractItemModelTester(
            pane()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_app->window.get());
    }

    void typeAndSend(const QString &text)
    {
        ComposerEdit *edit = pane()->composer()->editor();
        edit->setFocus();
        edit->setPlainText(text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    void chat(const QString &text, const LoopbackServer::Response &reply = GuiTestFixture::basicReply())
    {
        const int before = int(m_app->server.requests().size());
        m_app->server.enqueue(reply);
        typeAndSend(text);
        QTRY_COMPARE(m_app->server.requests().size(), before + 1);
        QTRY_VERIFY(!controller()->isBusy());
    }

    QModelIndex lastRow() const { return pane()->proxy()->index(pane()->proxy()->rowCount() - 1, 0); }

private Q_SLOTS:
    void init() { m_app = std::make_unique<GuiTestFixture>(); }
    void cleanup() { m_app.reset(); }

    void statusBarAndMarkerShowTheServersContext()
    {
        // A real llama.cpp's answers: 256 tokens per slot, 14 tokens for every text.
        m_app->server.routeLlamaCpp();
        start();
        QTRY_COMPARE(controller()->serverLimits().contextLength, 256);
        for (int i = 0; i < 6; ++i)
            chat(QStringLiteral("Tell me the story number %1 once more.").arg(i));
        QTRY_VERIFY2(statusText().contains(
                         QLatin1String(" of 256 tokens (server context 256, 64 kept for the reply)")),
            qPrintable(statusText()));
        // Eleven 18-token messages fill the 184-token room: older ones are left out and the marker says
        // how big the window is.
        QTRY_VERIFY(m_app->droppedMessages() > 0);
        QVERIFY2(m_app->markerSummary().contains(QLatin1String("server context 256, 64 kept for the reply")),
            qPrintable(m_app->markerSummary()));
        QVERIFY(!statusText().contains(QLatin1String("does not fit")));

        // A message that alone is larger than the room: said before it is sent.
        pane()->composer()->editor()->setPlainText(QString(2000, u'x'));
        QTRY_VERIFY2(statusText().contains(QLatin1String("does not fit")), qPrintable(statusText()));
    }

    void truncatedReplyIsMarked()
    {
        start();
        // A short turn the server read whole (78 prompt tokens reported); then, in a 600-token
        // context, a message that alone is larger, of which the server read the same 78.
        chat(QStringLiteral("What is the capital of the UK?"));
        const qint64 session = transcript()->sessionId();
        m_app->store->setSessionSettings(session, QJsonObject {{QStringLiteral("contextLength"), 600}});
        chat(QString(3000, u'c'));
        const QModelIndex reply = lastRow();
        QVERIFY(reply.data(TranscriptModel::TruncatedRole).toBool());
        QVERIFY(MessageDelegate::noticeText(reply).contains(QLatin1String("dropped part of the history")));
        ChatView *view = pane()->view();
        const MessageGeometry geo = view->messageDelegate()->geometry(view->optionFor(reply), reply, false);
        QVERIFY(!geo.notice.isEmpty());
        // The first reply, sent whole, is not marked.
        QVERIFY(!pane()->proxy()->index(1, 0).data(TranscriptModel::TruncatedRole).toBool());
    }

    void lengthLimitOffersContinue()
    {
        start();
        chat(QStringLiteral("Write a long poem."),
            LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("openai_chat_length_usage.sse"))));
        const QModelIndex reply = lastRow();
        QCOMPARE(reply.data(TranscriptModel::FinishReasonRole).toString(), QStringLiteral("length"));
        QVERIFY(MessageDelegate::noticeText(reply).contains(QLatin1String("Cut off at the length limit")));
        ChatView *view = pane()->view();
        view->scrollTo(reply);
        const MessageGeometry geo = view->messageDelegate()->geometry(view->optionFor(reply), reply, false);
        const MessageGeometry::ButtonArea *button = nullptr;
        for (const auto &area : geo.buttons) {
            if (area.button == MessageGeometry::Button::Continue)
                button = &area;
        }
        QVERIFY(button);
        const int before = int(m_app->server.requests().size());
        m_app->server.enqueue(GuiTestFixture::basicReply());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, button->rect.center());
        QTRY_COMPARE(m_app->server.requests().size(), before + 1);
        const QJsonArray messages
            = m_app->server.requests().last().json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.last().toObject().value(QStringLiteral("content")).toString(),
            QStringLiteral("Continue"));
        QTRY_VERIFY(!controller()->isBusy());
    }

    void perChatContextLength()
    {
        start();
        chat(QStringLiteral("Hello"));
        const qint64 session = transcript()->sessionId();
        {
            SessionSettingsDialog dialog(m_app->store.get(), session, m_app->profiles.get());
            dialog.contextLengthBox()->setValue(1000);
            dialog.accept();
        }
        QCOMPARE(
            m_app->store->session(session)->settings.value(QLatin1String("contextLength")).toInt(), 1000);
        const ContextSettings settings = controller()->contextSettings();
        QCOMPARE(settings.contextLength, 1000);
        QCOMPARE(settings.contextSource, QStringLiteral("override"));
        QCOMPARE(settings.replyReserve, 250);
        // The request keeps the reserve for the reply.
        chat(QStringLiteral("Again"));
        QCOMPARE(m_app->server.requests().last().json().value(QLatin1String("max_tokens")).toInt(), 250);
        // And the app-wide setting is the default below it.
        m_app->profiles->setContextLength(3000);
        m_app->window->applyProfile();
        QCOMPARE(controller()->contextSettings().contextLength, 1000);
        QJsonObject cleared = m_app->store->session(session)->settings;
        cleared.remove(QStringLiteral("contextLength"));
        m_app->store->setSessionSettings(session, cleared);
        QCOMPARE(controller()->contextSettings().contextLength, 3000);
    }
};

QTEST_MAIN(TestContextUi)
#include "tst_contextui.moc"
