// End-to-end GUI tests: the MainWindow over a real SQLite file, talking to a loopback server
// that replays a captured OpenAI stream byte for byte.
#include "guitestfixture.h"
#include "models/chatcontroller.h"
#include "models/searchmodel.h"
#include "models/sessionlistmodel.h"
#include "models/transcriptmodel.h"
#include "settings/apikeystore.h"
#include "settings/profilestore.h"
#include "storage/legacyimporter.h"
#include "storage/sessionstore.h"
#include "testutil.h"
#include "views/chatpane.h"
#include "views/chatview.h"
#include "views/composer.h"
#include "views/composeredit.h"
#include "views/mainwindow.h"
#include "views/messagedelegate.h"
#include "views/messageeditor.h"
#include "views/noticebar.h"
#include "views/placeholderlistview.h"
#include "views/sessionsettingsdialog.h"
#include "views/sessionsidebar.h"
#include "views/transcriptviewproxy.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

class TestChatWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiTestFixture> m_app;

    TranscriptModel *transcript() const { return m_app->window->transcript(); }
    ChatController *controller() const { return m_app->window->controller(); }
    ChatPane *pane() const { return m_app->window->chatPane(); }
    qint64 markerId() const { return m_app->markerIndex().data(TranscriptModel::IdRole).toLongLong(); }

    // Types into the composer and presses Enter, as a user would.
    void typeAndSend(const QString &text)
    {
        ComposerEdit *edit = pane()->composer()->editor();
        edit->setFocus();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    QString lastUserText(int request) const
    {
        const QJsonArray messages
            = m_app->server.requests().at(request).json().value(QStringLiteral("messages")).toArray();
        return messages.isEmpty() ? QString()
                                  : messages.last().toObject().value(QStringLiteral("content")).toString();
    }

    // Sends one message and waits for the full reply.
    void chat(const QString &text)
    {
        const int before = int(m_app->server.requests().size());
        m_app->server.enqueue(GuiTestFixture::basicReply());
        typeAndSend(text);
        QTRY_COMPARE(m_app->server.requests().size(), before + 1);
        QTRY_VERIFY(!controller()->isBusy());
        // The finished reply moves the context window (marker, InContextRole) a moment later.
        QTRY_VERIFY(!pane()->isContextRefreshPending());
    }

    // Clicks a footer button of `row` through the delegate's own hit areas.
    bool clickButton(int row, MessageGeometry::Button button)
    {
        ChatView *view = pane()->view();
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        const MessageGeometry geo = view->messageDelegate()->geometry(view->optionFor(index), index, true);
        for (const auto &area : geo.buttons) {
            if (area.button == button) {
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, area.rect.center());
                return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<GuiTestFixture>();
        QVERIFY(m_app->start());
        new QAbstractItemModelTester(
            pane()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_app->window.get());
    }

    void cleanup() { m_app.reset(); }

    void sendShowsReply()
    {
        m_app->server.enqueue(GuiTestFixture::basicReply());
        QVERIFY(!pane()->composer()->sendButton()->isEnabled()); // nothing typed
        typeAndSend(QStringLiteral("What is the capital of the UK?"));
        QTRY_COMPARE(m_app->server.requests().size(), 1);
        QCOMPARE(lastUserText(0), QStringLiteral("What is the capital of the UK?"));
        QTRY_VERIFY(!controller()->isBusy());
        QCOMPARE(transcript()->rowCount(), 2);
        const QModelIndex reply = pane()->proxy()->index(1, 0);
        QCOMPARE(reply.data(TranscriptModel::ContentRole).toString(), GuiTestFixture::basicReplyText());
        QCOMPARE(reply.data(TranscriptModel::StateRole).toInt(), int(MessageState::Complete));
        QVERIFY(pane()->composer()->text().isEmpty());
        // The new chat is in the sidebar, selected, titled from the first message.
        SessionSidebar *sidebar = m_app->window->sidebar();
        QCOMPARE(sidebar->currentSession(), transcript()->sessionId());
        QCOMPARE(m_app->window->sessions()->rowCount(), 1);
        QCOMPARE(m_app->window->sessions()->index(0).data(SessionListModel::TitleRole).toString(),
            QStringLiteral("What is the capital of the UK?"));
    }

    void shiftEnterAddsLine()
    {
        ComposerEdit *edit = pane()->composer()->editor();
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("one"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(edit, QStringLiteral("two"));
        QCOMPARE(pane()->composer()->text(), QStringLiteral("one\ntwo"));
        QCOMPARE(m_app->server.requests().size(), 0);
    }

    void stopKeepsPartialText()
    {
        // 60 bytes every 80 ms: the reply takes about two seconds to arrive.
        m_app->server.enqueue(GuiTestFixture::basicReply(60, 80));
        typeAndSend(QStringLiteral("Capital?"));
        QTRY_VERIFY(transcript()->rowCount() == 2 && !transcript()->messageAt(1).content.isEmpty());
        QVERIFY(controller()->isBusy());
        QVERIFY(pane()->composer()->stopButton()->isVisible());
        QTest::keyClick(pane()->composer()->editor(), Qt::Key_Escape);
        QTRY_VERIFY(!controller()->isBusy());
        const Message &reply = transcript()->messageAt(1);
        QCOMPARE(reply.state, MessageState::Stopped);
        QVERIFY(!reply.content.isEmpty());
        QVERIFY(GuiTestFixture::basicReplyText().startsWith(reply.content));
        QVERIFY(reply.content.size() < GuiTestFixture::basicReplyText().size());
        // Kept on disk as shown.
        QCOMPARE(m_app->store->message(reply.id)->content, reply.content);
        QCOMPARE(m_app->store->message(reply.id)->state, MessageState::Stopped);
    }

    void regenerateAndFlip()
    {
        chat(QStringLiteral("Capital?"));
        const qint64 first = transcript()->messageAt(1).id;
        m_app->server.enqueue(GuiTestFixture::basicReply());
        QTest::keyClick(m_app->window.get(), Qt::Key_R, Qt::ControlModifier); // Regenerate
        QTRY_COMPARE(m_app->server.requests().size(), 2);
        QTRY_VERIFY(!controller()->isBusy());
        QCOMPARE(transcript()->rowCount(), 2);
        QCOMPARE(transcript()->messageAt(1).siblingCount, 2);
        QCOMPARE(transcript()->messageAt(1).siblingIndex, 1);
        QVERIFY(transcript()->messageAt(1).id != first);
        // ‹ flips back to the first alternative.
        QVERIFY(clickButton(1, MessageGeometry::Button::Previous));
        QTRY_COMPARE(transcript()->messageAt(1).id, first);
        QCOMPARE(transcript()->messageAt(1).siblingIndex, 0);
        QVERIFY(clickButton(1, MessageGeometry::Button::Next));
        QTRY_COMPARE(transcript()->messageAt(1).siblingIndex, 1);
    }

    void editAndResendMakesBranch()
    {
        chat(QStringLiteral("Capital of France?"));
        pane()->startEdit(0);
        ChatView *view = pane()->view();
        auto *editor = qobject_cast<MessageEditor *>(view->indexWidget(view->model()->index(0, 0)));
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("Capital of France?"));
        auto *edit = editor->findChild<QPlainTextEdit *>();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Capital of the UK?"));
        m_app->server.enqueue(GuiTestFixture::basicReply());
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(m_app->server.requests().size(), 2);
        QCOMPARE(lastUserText(1), QStringLiteral("Capital of the UK?"));
        QTRY_VERIFY(!controller()->isBusy());
        QCOMPARE(transcript()->rowCount(), 2);
        QCOMPARE(transcript()->messageAt(0).content, QStringLiteral("Capital of the UK?"));
        QCOMPARE(transcript()->messageAt(0).siblingCount, 2);
        QVERIFY(!view->indexWidget(view->model()->index(0, 0))); // editor closed
        // The old branch is still there.
        QVERIFY(transcript()->conversation()->switchSibling(0, -1));
        QCOMPARE(transcript()->messageAt(0).content, QStringLiteral("Capital of France?"));
        QCOMPARE(transcript()->rowCount(), 2);
    }

    void editSentWhileAReplyStreamsIsKept()
    {
        chat(QStringLiteral("Capital of France?"));
        pane()->startEdit(0); // opened while idle...
        ChatView *view = pane()->view();
        auto *editor = qobject_cast<MessageEditor *>(view->indexWidget(view->model()->index(0, 0)));
        QVERIFY(editor);
        auto *edit = editor->findChild<QPlainTextEdit *>();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Capital of Spain?"));
        // ...then a reply starts streaming from the composer's Regenerate.
        m_app->server.enqueue(GuiTestFixture::basicReply(4, 200));
        QVERIFY(controller()->regenerate(1));
        QVERIFY(controller()->isBusy());
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        // Not sent, not lost: the editor stays with the text, and the user is told why.
        QVERIFY(view->indexWidget(view->model()->index(0, 0)));
        QCOMPARE(editor->text(), QStringLiteral("Capital of Spain?"));
        QTRY_VERIFY(pane()->notice()->isVisible());
        QVERIFY(pane()->notice()->text().contains(QLatin1String("still being written")));
        controller()->stop();
        m_app->server.enqueue(GuiTestFixture::basicReply());
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(lastUserText(m_app->server.requests().size() - 1), QStringLiteral("Capital of Spain?"));
    }

    void unreadableKeyIsAskedForAndKeptInMemory()
    {
        // A second profile becomes the default: its key is read from the keychain...
        ProviderProfile remote = *m_app->profiles->profile(QStringLiteral("loopback"));
        remote.id.clear();
        remote.name = QStringLiteral("Remote");
        const QString id = m_app->profiles->addProfile(remote);
        QVERIFY(!id.isEmpty());
        m_app->profiles->setDefaultProfileId(id);
        // ...and the keychain cannot answer (as on a desktop without a Secret Service).
        Q_EMIT m_app->keys->failed(
            id, QStringLiteral("No keychain is available."), ApiKeyStore::Error::NoKeychain);
        NoticeBar *notice = m_app->window->notice();
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QLatin1String("could not be read")));
        QVERIFY(notice->actionButton()->isVisible());
        whenModal<QInputDialog>([](QInputDialog *dialog) {
            QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
            dialog->setTextValue(QStringLiteral("sk-typed-once"));
            dialog->accept();
        });
        notice->actionButton()->click();
        QCOMPARE(m_app->keys->sessionKey(id), QStringLiteral("sk-typed-once"));
        m_app->server.enqueue(GuiTestFixture::basicReply());
        typeAndSend(QStringLiteral("hello"));
        QTRY_COMPARE(m_app->server.requests().size(), 1);
        QCOMPARE(m_app->server.requests().first().headers.value("authorization"),
            QByteArray("Bearer sk-typed-once"));
        // Never on disk: not in the settings file.
        m_app->settings->sync();
        QFile ini(m_app->settings->fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("sk-typed-once"));
    }

    void keyThatCannotBeSavedIsSaidToLastThisRunOnly()
    {
        // A key written from Settings (no read pending for that profile) that the keychain refuses.
        Q_EMIT m_app->keys->failed(QStringLiteral("another-profile"),
            QStringLiteral("No keychain is available."), ApiKeyStore::Error::NoKeychain);
        QTRY_VERIFY(m_app->window->notice()->isVisible());
        QVERIFY(m_app->window->notice()->text().contains(QLatin1String("only until you quit")));
    }

    void restartKeepsTranscriptAndMarker()
    {
        const qint64 session = TestUtil::makeSession(m_app->store.get(), 10, QStringLiteral("Long chat"));
        // A small history limit, so part of the chat is not sent and the marker shows.
        m_app->store->setSessionSettings(session, QJsonObject {{QStringLiteral("maxMessages"), 4}});
        m_app->window->openSession(session);
        chat(QStringLiteral("And now?"));
        // The window is worked out again after the reply ends (a queued refresh): wait for it to
        // take the reply in, or the snapshot races it.
        QTRY_VERIFY(
            transcript()->index(transcript()->rowCount() - 1).data(TranscriptModel::InContextRole).toBool());

        const auto snapshot = [this] {
            QStringList rows;
            for (int row = 0; row < transcript()->rowCount(); ++row) {
                const Message &m = transcript()->messageAt(row);
                rows << QStringLiteral("%1|%2|%3|%4")
                            .arg(m.id)
                            .arg(m.role, m.content)
                            .arg(transcript()->index(row).data(TranscriptModel::InContextRole).toBool());
            }
            return rows;
        };
        const QStringList before = snapshot();
        const qint64 markerBefore = markerId();
        QVERIFY(markerBefore != 0);
        QVERIFY(m_app->droppedMessages() > 0);
        QCOMPARE(markerBefore, transcript()->contextStartId());
        // The request carried exactly the rows marked in context (plus the new message).
        const QJsonArray sent
            = m_app->server.requests().last().json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(sent.size(), 3); // history cut at turn boundaries: one user/reply pair + the new message

        m_app->restart();
        QCOMPARE(transcript()->sessionId(), session); // reopened where the user left off
        QTRY_COMPARE(snapshot(), before);
        QCOMPARE(markerId(), markerBefore);
        QCOMPARE(pane()->contextWindow().firstMessageId, markerBefore);
    }

    void deleteAndUndo()
    {
        chat(QStringLiteral("Keep me"));
        const qint64 session = transcript()->sessionId();
        SessionListModel *sessions = m_app->window->sessions();
        QCOMPARE(sessions->rowOfId(session), 0);
        QTest::keyClick(m_app->window.get(), Qt::Key_W, Qt::ControlModifier); // Delete chat
        QTRY_COMPARE(sessions->rowOfId(session), -1);
        QCOMPARE(transcript()->sessionId(), 0);
        NoticeBar *notice = m_app->window->notice();
        QVERIFY(notice->isVisible());
        QVERIFY(notice->actionButton()->isVisible());
        QTest::mouseClick(notice->actionButton(), Qt::LeftButton);
        QTRY_VERIFY(sessions->rowOfId(session) >= 0);
        QCOMPARE(transcript()->sessionId(), session);
        QCOMPARE(transcript()->rowCount(), 2);
        // Undone, so quitting must not purge it.
        m_app->restart();
        QVERIFY(m_app->store->session(session).has_value());
    }

    void deleteIsPurgedOnQuit()
    {
        chat(QStringLiteral("Delete me"));
        const qint64 session = transcript()->sessionId();
        m_app->window->deleteSession(session);
        m_app->restart();
        QVERIFY(!m_app->store->session(session).has_value());
        QCOMPARE(m_app->window->sessions()->rowCount(), 0);
    }

    void searchShowsSnippet()
    {
        chat(QStringLiteral("Tell me about capitals"));
        const qint64 session = transcript()->sessionId();
        m_app->window->newChat();
        QCOMPARE(transcript()->sessionId(), 0);
        QTest::keyClick(m_app->window.get(), Qt::Key_K, Qt::ControlModifier);
        SessionSidebar *sidebar = m_app->window->sidebar();
        QTRY_VERIFY(sidebar->searchField()->hasFocus());
        QTest::keyClicks(sidebar->searchField(), QStringLiteral("London"));
        QTRY_VERIFY(sidebar->isSearching());
        QAbstractItemModel *results = sidebar->list()->model();
        QTRY_VERIFY(results->rowCount() >= 1);
        const QModelIndex hit = results->index(0, 0);
        QVERIFY(hit.data(SearchModel::SnippetHtmlRole).toString().contains(QStringLiteral("<b>London</b>")));
        QCOMPARE(hit.data(SearchModel::SessionIdRole).toLongLong(), session);
        // Opening the hit opens its chat.
        QTest::mouseClick(
            sidebar->list()->viewport(), Qt::LeftButton, {}, sidebar->list()->visualRect(hit).center());
        QTRY_COMPARE(transcript()->sessionId(), session);
        // Clearing the search brings the chat list back.
        sidebar->searchField()->clear();
        sidebar->applySearch();
        QVERIFY(!sidebar->isSearching());
    }

    void failedReplyOffersRetry()
    {
        m_app->server.enqueue(LoopbackServer::json(
            401, LoopbackServer::fixture(QStringLiteral("openai_401_invalid_api_key.json"))));
        typeAndSend(QStringLiteral("Hello?"));
        QTRY_VERIFY(transcript()->rowCount() == 2 && !controller()->isBusy());
        const QModelIndex reply = pane()->proxy()->index(1, 0);
        QCOMPARE(reply.data(TranscriptModel::StateRole).toInt(), int(MessageState::Error));
        QVERIFY(!reply.data(TranscriptModel::ErrorRole).toString().isEmpty());
        // Retry is a button on the row; it asks again (a new alternative).
        m_app->server.enqueue(GuiTestFixture::basicReply());
        QVERIFY(clickButton(1, MessageGeometry::Button::Retry));
        QTRY_COMPARE(m_app->server.requests().size(), 2);
        QTRY_VERIFY(!controller()->isBusy());
        QCOMPARE(transcript()->messageAt(1).content, GuiTestFixture::basicReplyText());
        QCOMPARE(transcript()->messageAt(1).state, MessageState::Complete);
    }

    void externalWriteShows()
    {
        chat(QStringLiteral("First"));
        const qint64 session = transcript()->sessionId();
        // Another process (confab-cli) appends to the same file.
        SessionStore other;
        QVERIFY(other.open(m_app->store->path()));
        Message message;
        message.sessionId = session;
        message.parentId = transcript()->messageAt(1).id;
        message.role = QStringLiteral("user");
        message.content = QStringLiteral("Written by the CLI");
        QVERIFY(other.addMessage(message));
        m_app->store->checkForExternalChanges();
        QTRY_COMPARE(transcript()->rowCount(), 3);
        QCOMPARE(transcript()->messageAt(2).content, QStringLiteral("Written by the CLI"));
    }

    void emptyViewsSayWhatToDo()
    {
        // Nothing in the database yet: both lists explain themselves instead of staying blank.
        auto *sidebarList = qobject_cast<PlaceholderListView *>(m_app->window->sidebar()->list());
        QVERIFY(sidebarList);
        QCOMPARE(sidebarList->model()->rowCount(), 0);
        QVERIFY(sidebarList->placeholderText().contains(QLatin1String("Ctrl+N")));
        QVERIFY(!m_app->window->chatPane()->view()->placeholderText().isEmpty());
        // The text is really drawn: with it the empty viewport has more than its one fill colour.
        const auto colours = [](const QImage &image) {
            QSet<QRgb> seen;
            for (int y = 0; y < image.height(); y += 2) {
                for (int x = 0; x < image.width(); x += 2)
                    seen.insert(image.pixel(x, y));
            }
            return seen.size();
        };
        QVERIFY(colours(sidebarList->viewport()->grab().toImage()) > 1);
        const QString text = sidebarList->placeholderText();
        sidebarList->setPlaceholderText({});
        QCOMPARE(colours(sidebarList->viewport()->grab().toImage()), 1);
        sidebarList->setPlaceholderText(text);
        QTest::keyClicks(m_app->window->sidebar()->searchField(), QStringLiteral("zeppelin"));
        m_app->window->sidebar()->applySearch();
        QVERIFY(sidebarList->placeholderText().contains(QLatin1String("zeppelin")));
    }

    void searchHitScrollsToAndHighlightsTheMessage()
    {
        // A long chat: the hit is far above the newest page, so its row is not loaded yet.
        SessionStore *store = m_app->store.get();
        const qint64 session = store->createSession(QStringLiteral("Long history"));
        qint64 parent = 0;
        qint64 target = 0;
        for (int i = 0; i < 300; ++i) {
            Message message;
            message.sessionId = session;
            message.parentId = parent;
            message.role = i % 2 ? QStringLiteral("assistant") : QStringLiteral("user");
            message.content = i == 20 ? QStringLiteral("What did the zeppelin carry?")
                                      : QStringLiteral("Filler message number %1.").arg(i);
            parent = store->addMessage(message);
            QVERIFY(parent);
            if (i == 20)
                target = parent;
        }
        m_app->window->newChat();
        SessionSidebar *sidebar = m_app->window->sidebar();
        sidebar->focusSearch();
        QTest::keyClicks(sidebar->searchField(), QStringLiteral("zeppelin"));
        sidebar->applySearch();
        QAbstractItemModel *results = sidebar->list()->model();
        QTRY_COMPARE(results->rowCount(), 1);
        const QModelIndex hit = results->index(0, 0);
        QCOMPARE(hit.data(SearchModel::MessageIdRole).toLongLong(), target);
        QTest::mouseClick(
            sidebar->list()->viewport(), Qt::LeftButton, {}, sidebar->list()->visualRect(hit).center());

        QCOMPARE(transcript()->sessionId(), session);
        const int row = transcript()->rowOfId(target);
        QVERIFY2(row >= 0, "older pages were not loaded up to the hit");
        QCOMPARE(row, 20);
        ChatView *view = pane()->view();
        QVERIFY(!view->isAtBottom());
        QCOMPARE(view->messageDelegate()->highlightId(), target);
        // It stays in view (nothing scrolls it away once the dust settles) and is fully visible.
        QTest::qWait(200);
        const QRect rect = view->visualRect(pane()->proxy()->index(row, 0));
        QVERIFY2(view->viewport()->rect().contains(rect),
            qPrintable(QStringLiteral("row at %1..%2, viewport height %3")
                           .arg(rect.top())
                           .arg(rect.bottom())
                           .arg(view->viewport()->height())));
        // The highlight is brief.
        QTRY_COMPARE_WITH_TIMEOUT(
            view->messageDelegate()->highlightId(), qint64(0), ChatView::HighlightMs + 1000);
    }

    void searchHitOnAnotherBranchShowsThatBranch()
    {
        chat(QStringLiteral("Tell me about airships"));
        const qint64 session = transcript()->sessionId();
        const qint64 original = transcript()->messageAt(0).id;
        // Edit the question: the original is now on the branch that is not shown.
        pane()->startEdit(0);
        m_app->server.enqueue(GuiTestFixture::basicReply());
        auto *editor
            = qobject_cast<MessageEditor *>(pane()->view()->indexWidget(pane()->proxy()->index(0, 0)));
        QVERIFY(editor);
        auto *edit = editor->findChild<QPlainTextEdit *>();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Tell me about boats"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(m_app->server.requests().size() == 2 && !controller()->isBusy());
        QVERIFY(transcript()->rowOfId(original) < 0);

        SessionSidebar *sidebar = m_app->window->sidebar();
        sidebar->searchField()->setText(QStringLiteral("airships"));
        sidebar->applySearch();
        QAbstractItemModel *results = sidebar->list()->model();
        QModelIndex hit;
        for (int row = 0; row < results->rowCount(); ++row) { // the chat's title matches too
            if (results->index(row, 0).data(SearchModel::MessageIdRole).toLongLong() == original)
                hit = results->index(row, 0);
        }
        QVERIFY(hit.isValid());
        QTest::mouseClick(
            sidebar->list()->viewport(), Qt::LeftButton, {}, sidebar->list()->visualRect(hit).center());
        QCOMPARE(transcript()->sessionId(), session);
        QCOMPARE(transcript()->rowOfId(original), 0);
        QCOMPARE(pane()->view()->messageDelegate()->highlightId(), original);
        QCOMPARE(m_app->store->session(session)->currentLeafId, transcript()->messageAt(1).id);
    }

    void renameInPlaceWithF2AndDoubleClick()
    {
        chat(QStringLiteral("Original title"));
        const qint64 session = transcript()->sessionId();
        SessionSidebar *sidebar = m_app->window->sidebar();
        QListView *list = sidebar->list();
        const auto editorOf = [&]() -> QLineEdit * {
            const int row = m_app->window->sessions()->rowOfId(session);
            return qobject_cast<QLineEdit *>(list->indexWidget(list->model()->index(row, 0)));
        };

        // F2 (the Rename action) opens an editor on the row, with the title selected.
        QVERIFY(!editorOf());
        pane()->composer()->setFocus();
        QTest::keyClick(m_app->window.get(), Qt::Key_F2);
        QTRY_VERIFY(editorOf());
        QLineEdit *editor = editorOf();
        QCOMPARE(editor->text(), QStringLiteral("Original title"));
        QCOMPARE(editor->selectedText(), editor->text());
        QTRY_VERIFY(editor->hasFocus());
        QVERIFY(!QApplication::activeModalWidget()); // no dialog
        // Enter commits through the model (setData) into the store.
        QTest::keyClicks(editor, QStringLiteral("Renamed in place"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!editorOf());
        QCOMPARE(m_app->store->session(session)->title, QStringLiteral("Renamed in place"));
        QCOMPARE(m_app->window->sessions()
                     ->index(m_app->window->sessions()->rowOfId(session))
                     .data(SessionListModel::TitleRole)
                     .toString(),
            QStringLiteral("Renamed in place"));
        QVERIFY(m_app->window->windowTitle().startsWith(QLatin1String("Renamed in place")));

        // Esc cancels: nothing is written.
        QVERIFY(sidebar->renameSession(session));
        editor = editorOf();
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("Not this"));
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!editorOf());
        QCOMPARE(m_app->store->session(session)->title, QStringLiteral("Renamed in place"));

        // A double click on the row opens the editor too.
        const QRect rect
            = list->visualRect(list->model()->index(m_app->window->sessions()->rowOfId(session), 0));
        // As a real double click arrives: press, release, double-click, release.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY(editorOf());
        editor = editorOf();
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("By double click"));
        QTest::keyClick(editor, Qt::Key_Enter);
        QTRY_COMPARE(m_app->store->session(session)->title, QStringLiteral("By double click"));
    }

    void sessionSettingsMoveTheContextMarker()
    {
        const qint64 session = TestUtil::makeSession(m_app->store.get(), 10, QStringLiteral("Settings"));
        m_app->window->openSession(session);
        QCOMPARE(m_app->droppedMessages(), 0); // everything fits the defaults

        bool handled = false;
        whenModal<SessionSettingsDialog>(
            [](SessionSettingsDialog *dialog) {
                dialog->systemPromptEdit()->setPlainText(QStringLiteral("Answer in French."));
                dialog->historyLimitBox()->setValue(4);
                dialog->accept();
            },
            &handled);
        m_app->window->action(QStringLiteral("sessionSettings"))->trigger(); // exec() returns when accepted
        QVERIFY(handled);

        // Written to the session...
        const SessionInfo info = *m_app->store->session(session);
        QCOMPARE(info.systemPrompt, QStringLiteral("Answer in French."));
        QCOMPARE(info.settings.value(QStringLiteral("maxMessages")).toInt(), 4);
        // ...and the marker shows where the sent part now starts.
        QTRY_VERIFY(m_app->droppedMessages() > 0);
        QCOMPARE(markerId(), transcript()->contextStartId());
        QCOMPARE(pane()->contextWindow().firstMessageId, markerId());
        const int markerRow = transcript()->rowOfId(markerId());
        QVERIFY(markerRow > 0);
        QCOMPARE(m_app->droppedMessages(), markerRow);

        // The next request carries the system prompt first and only the rows after the marker.
        chat(QStringLiteral("Next question"));
        const QJsonArray sent
            = m_app->server.requests().last().json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(sent.first().toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
        QCOMPARE(sent.first().toObject().value(QStringLiteral("content")).toString(),
            QStringLiteral("Answer in French."));
        QVERIFY(sent.size() <= 1 + 4 + 1);
    }

    void exportWritesJsonAndMarkdown_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("json") << QStringLiteral("JSON (*.json)") << QStringLiteral("chat.json");
        QTest::newRow("markdown") << QStringLiteral("Markdown (*.md)") << QStringLiteral("chat.md");
        QTest::newRow("html") << QStringLiteral("Web page (*.html)") << QStringLiteral("chat.html");
    }

    void exportWritesJsonAndMarkdown()
    {
        QFETCH(QString, filter);
        QFETCH(QString, fileName);
        chat(QStringLiteral("What is the capital of the UK?"));
        const qint64 session = transcript()->sessionId();
        const QString path = m_app->dir.filePath(fileName);
        bool handled = false;
        whenModal<QFileDialog>(
            [&](QFileDialog *dialog) {
                dialog->selectNameFilter(filter);
                // Typed, as a user would: the whole path into the file name field.
                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                QVERIFY(name);
                name->setText(path);
                static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() checks the name
            },
            &handled);
        m_app->window->action(QStringLiteral("exportChat"))->trigger();
        QVERIFY(handled);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        if (fileName.endsWith(QLatin1String(".html"))) {
            QVERIFY(bytes.startsWith("<!DOCTYPE html>"));
            QVERIFY(bytes.contains(GuiTestFixture::basicReplyText().toUtf8()));
            return;
        }
        if (fileName.endsWith(QLatin1String(".md"))) {
            QVERIFY(bytes.startsWith("# What is the capital of the UK?"));
            QVERIFY(bytes.contains(GuiTestFixture::basicReplyText().toUtf8()));
            return;
        }
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
        QVERIFY2(!json.isNull(), qPrintable(error.errorString()));
        QCOMPARE(json[QStringLiteral("session_id")].toString(), m_app->store->session(session)->uuid);
        // Re-importable: into another database, as the same two messages.
        QTemporaryDir other;
        SessionStore imported;
        QVERIFY(imported.open(TestUtil::dbPath(other)));
        const LegacyImporter::Result result = LegacyImporter(&imported).importFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.messageCount, 2);
        const QList<Message> messages = imported.branch(imported.session(result.sessionId)->currentLeafId);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).content, QStringLiteral("What is the capital of the UK?"));
        QCOMPARE(messages.at(1).role, QStringLiteral("assistant"));
        QCOMPARE(messages.at(1).content, GuiTestFixture::basicReplyText());
    }

    void importFromTheFileMenu()
    {
        // An Open WebUI export (see tests/import for the format), picked in File > Import Chats.
        const QString path = m_app->dir.filePath(QStringLiteral("open-webui.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"([{"id": "w1", "title": "From Open WebUI", "chat": {"history": {"currentId": "b",
            "messages": {"a": {"id": "a", "parentId": null, "childrenIds": ["b"], "role": "user", "content": "Hi"},
                         "b": {"id": "b", "parentId": "a", "childrenIds": [], "role": "assistant", "content": "Hello"}}}}}])");
        file.close();
        bool picked = false;
        bool told = false;
        QString summary;
        whenModal<QFileDialog>(
            [&](QFileDialog *dialog) {
                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                QVERIFY(name);
                name->setText(path);
                static_cast<QDialog *>(dialog)->accept();
            },
            &picked);
        whenModal<QMessageBox>(
            [&](QMessageBox *box) {
                summary = box->text();
                box->accept();
            },
            &told);
        m_app->window->action(QStringLiteral("importChats"))->trigger();
        QTRY_VERIFY(told);
        QVERIFY(picked);
        QVERIFY2(summary.contains(QLatin1String("Open WebUI")), qPrintable(summary));
        // The imported chat is open and in the sidebar.
        const auto info = m_app->store->sessionByUuid(QStringLiteral("openwebui:w1"));
        QVERIFY(info);
        QCOMPARE(transcript()->sessionId(), info->id);
        QCOMPARE(transcript()->rowCount(), 2);
        QVERIFY(m_app->window->action(QStringLiteral("printChat"))->isEnabled());
    }

    void fullDiskIsShownAndTheTextIsKept()
    {
        const qint64 session = TestUtil::makeSession(m_app->store.get(), 2, QStringLiteral("Full disk"));
        m_app->window->openSession(session);
        QSqlQuery q(QSqlDatabase::database(m_app->store->connectionName()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        // Cap the file at its current size: SQLite then fails with SQLITE_FULL, as on a full disk.
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

        // Long enough to need new pages; words, so laying the row out stays cheap (a 200,000-letter
        // word took the view tens of seconds under load, longer than any wait for the request).
        const QString text = QStringLiteral("A long question that must not be lost. ")
            + QStringLiteral("lorem ipsum ").repeated(4000);
        pane()->composer()->setText(text);
        QTest::keyClick(pane()->composer()->editor(), Qt::Key_Return);

        // Said clearly, in the window...
        NoticeBar *notice = m_app->window->notice();
        QTRY_VERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QLatin1String("disk is full")), qPrintable(notice->text()));
        QVERIFY(!pane()->notice()->isVisible()); // once, not a second bar with the same news
        // ...nothing was sent or half-written, and the text is still in the composer.
        QCOMPARE(pane()->composer()->text(), text);
        QCOMPARE(transcript()->rowCount(), 2);
        QCOMPARE(m_app->store->messageCount(session), 2);
        QCOMPARE(m_app->server.requests().size(), 0);
        QVERIFY(!controller()->isBusy());

        // Space again: Enter sends the same text.
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        m_app->server.enqueue(GuiTestFixture::basicReply());
        QTest::keyClick(pane()->composer()->editor(), Qt::Key_Return);
        QTRY_COMPARE(m_app->server.requests().size(), 1);
        QCOMPARE(lastUserText(0), text);
        QTRY_VERIFY(!controller()->isBusy());
        QVERIFY(pane()->composer()->text().isEmpty());
        QCOMPARE(m_app->store->messageCount(session), 4);
    }

    void windowStateIsRemembered()
    {
        m_app->window->resize(777, 555);
        m_app->window->close();
        m_app->restart();
        QCOMPARE(m_app->window->size(), QSize(777, 555));
    }
};

QTEST_MAIN(TestChatWindow)
#include "tst_chatwindow.moc"
