// Hands-on polish (issue 13), each point as a person meets it: the keyboard through a message's
// buttons with what a screen reader is told, where the focus goes, the sidebar's highlight, long
// code lines, line breaks, a new chat's provider and the dark palette's disabled look.
#include "guitestfixture.h"
#include "models/chatcontroller.h"
#include "models/sessionlistmodel.h"
#include "models/sessionmanager.h"
#include "models/transcriptmodel.h"
#include "settings/profilestore.h"
#include "storage/sessionstore.h"
#include "views/chatpane.h"
#include "views/chatview.h"
#include "views/composer.h"
#include "views/composeredit.h"
#include "views/darkpalette.h"
#include "views/mainwindow.h"
#include "views/messagedelegate.h"
#include "views/messagedocumentcache.h"
#include "views/messageeditor.h"
#include "views/noticebar.h"
#include "views/profileeditor.h"
#include "views/sessionsettingsdialog.h"
#include "views/sessionsidebar.h"
#include "views/settingsdialog.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace {
const QString LongLine = QStringLiteral("auto total = ") + QString(40, QLatin1Char('x'))
    + QStringLiteral(
        " + compute(alpha, beta, gamma, delta, epsilon, zeta, eta, theta, iota, kappa, lambda);");
const QString Reply = QStringLiteral("Here it is:\n\n```cpp\n") + LongLine + QStringLiteral("\n```\n\nDone.");
} // namespace

class TestPolish : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiTestFixture> m_app;

    ChatPane *pane() const { return m_app->window->chatPane(); }
    ChatView *view() const { return pane()->view(); }
    TranscriptModel *transcript() const { return m_app->window->transcript(); }
    SessionSidebar *sidebar() const { return m_app->window->sidebar(); }

    // A chat with a question and a reply holding a code block with one long line.
    qint64 makeChat(const QString &title, const QString &reply = Reply)
    {
        SessionStore *store = m_app->store.get();
        const qint64 session = store->createSession(title);
        Message user;
        user.sessionId = session;
        user.role = MessageRole::User;
        user.content = QStringLiteral("Show me the sum");
        const qint64 userId = store->addMessage(user);
        Message answer;
        answer.sessionId = session;
        answer.parentId = userId;
        answer.role = MessageRole::Assistant;
        answer.content = reply;
        answer.model = QStringLiteral("gpt-4o-mini");
        store->addMessage(answer);
        return session;
    }

    QAccessibleInterface *focused() const
    {
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view());
        return list ? list->focusChild() : nullptr;
    }
    QString focusedName() const
    {
        QAccessibleInterface *child = focused();
        return child ? child->text(QAccessible::Name) : QString();
    }
    void key(int k, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(k), modifiers);
    }
    // Right until the focused button is `name`; false if the row has none.
    bool walkTo(const QString &name)
    {
        for (int i = 0; i < 12 && focusedName() != name; ++i)
            key(Qt::Key_Right);
        return focusedName() == name;
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<GuiTestFixture>();
        QVERIFY(m_app->start());
    }
    void cleanup() { m_app.reset(); }

    void keyboardWalksThroughAMessagesButtons()
    {
        m_app->window->openSession(makeChat(QStringLiteral("Keys")));
        QCOMPARE(transcript()->rowCount(), 2);
        ComposerEdit *composer = pane()->composer()->editor();
        composer->setFocus();
        QTRY_VERIFY(composer->hasFocus());
        // Shift+Tab from the composer: the transcript, on its newest message.
        key(Qt::Key_Backtab);
        QTRY_VERIFY(view()->hasFocus());
        QCOMPARE(view()->currentIndex().row(), 1);
        QAccessibleInterface *message = focused();
        QVERIFY(message);
        QCOMPARE(message->role(), QAccessible::ListItem);
        QVERIFY2(message->text(QAccessible::Name).startsWith(QLatin1String("gpt-4o-mini: Here it is")),
            qPrintable(message->text(QAccessible::Name)));
        QVERIFY(message->state().focused);
        QCOMPARE(view()->messageDelegate()->keyboardId(), transcript()->messageAt(1).id);

        // Each button of the reply is a named accessible button, in reading order.
        QStringList names;
        for (int i = 0; i < message->childCount(); ++i) {
            QCOMPARE(message->child(i)->role(), QAccessible::Button);
            names << message->child(i)->text(QAccessible::Name);
        }
        QCOMPARE(names,
            QStringList({QStringLiteral("Copy code block 1"), QStringLiteral("Copy message"),
                QStringLiteral("Regenerate reply")}));

        // Right, Enter: the code block's Copy, then the whole message's.
        key(Qt::Key_Right);
        QCOMPARE(focusedName(), QStringLiteral("Copy code block 1"));
        QCOMPARE(focused()->role(), QAccessible::Button);
        QVERIFY(focused()->state().focused);
        key(Qt::Key_Return);
        QTRY_COMPARE(QApplication::clipboard()->text(), LongLine);
        key(Qt::Key_Right);
        QCOMPARE(focusedName(), QStringLiteral("Copy message"));
        key(Qt::Key_Space);
        QTRY_COMPARE(QApplication::clipboard()->text(), Reply);
        QVERIFY(view()->hasFocus()); // copying keeps the place

        // Up: the question; its Edit opens the editor, Ctrl+Enter sends a new branch.
        key(Qt::Key_Up);
        QCOMPARE(view()->currentIndex().row(), 0);
        QVERIFY(focusedName().startsWith(QLatin1String("You: Show me the sum")));
        QVERIFY(walkTo(QStringLiteral("Edit and resend")));
        m_app->server.enqueue(GuiTestFixture::basicReply());
        key(Qt::Key_Return);
        QTRY_VERIFY(qobject_cast<QPlainTextEdit *>(QApplication::focusWidget()));
        auto *edit = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Show me the product"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(m_app->server.requests().size(), 1);
        QTRY_VERIFY(!m_app->window->controller()->isBusy());
        // Point 2: back in the composer, not in the sidebar's search box.
        QTRY_VERIFY(composer->hasFocus());
        QVERIFY(!sidebar()->searchField()->hasFocus());

        // The question now has two versions: ‹ from the keyboard goes back to the first.
        composer->setFocus();
        key(Qt::Key_Backtab);
        QTRY_VERIFY(view()->hasFocus());
        key(Qt::Key_Home);
        QCOMPARE(transcript()->messageAt(0).siblingCount, 2);
        QCOMPARE(transcript()->messageAt(0).siblingIndex, 1);
        QVERIFY(walkTo(QStringLiteral("Previous alternative")));
        key(Qt::Key_Enter);
        QTRY_COMPARE(transcript()->messageAt(0).siblingIndex, 0);
        QCOMPARE(transcript()->messageAt(0).content, QStringLiteral("Show me the sum"));

        // A screen reader can press a button too (the action interface), not only the keyboard.
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view());
        QCOMPARE(list->childCount(), 2);
        QAccessibleInterface *copy = nullptr;
        for (int i = 0; i < list->child(1)->childCount(); ++i) {
            if (list->child(1)->child(i)->text(QAccessible::Name) == QLatin1String("Copy message"))
                copy = list->child(1)->child(i);
        }
        QVERIFY(copy && copy->actionInterface());
        QApplication::clipboard()->clear();
        copy->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QTRY_COMPARE(QApplication::clipboard()->text(), Reply);
    }

    void focusComesBackAndShortcutsWorkEverywhere()
    {
        const qint64 first = makeChat(QStringLiteral("First"));
        const qint64 second = makeChat(QStringLiteral("Second"));
        m_app->window->openSession(second);
        // Ctrl+W, then Undo from the notice bar's button: the composer has the focus again.
        m_app->window->chatPane()->composer()->setFocus();
        const QPoint sidebarAt = sidebar()->mapTo(m_app->window.get(), QPoint(0, 0));
        const QPoint paneAt = pane()->mapTo(m_app->window.get(), QPoint(0, 0));
        QSignalSpy deleted(m_app->window->sessionManager(), &SessionManager::sessionDeleted);
        key(Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(deleted.size(), 1);
        // The Undo bar floats over the chat: nothing below it moves.
        QTRY_VERIFY(m_app->window->notice()->isVisible());
        QCOMPARE(sidebar()->mapTo(m_app->window.get(), QPoint(0, 0)), sidebarAt);
        QCOMPARE(pane()->mapTo(m_app->window.get(), QPoint(0, 0)), paneAt);
        QVERIFY(m_app->window->notice()->geometry().intersects(pane()->geometry()));
        QCOMPARE(deleted.first().first().toLongLong(), second);
        QVERIFY(m_app->store->session(first) && !m_app->store->session(first)->deleted);
        auto *undo = m_app->window->notice()->findChild<QPushButton *>();
        QVERIFY(undo && undo->isVisible());
        undo->setFocus();
        QTest::keyClick(undo, Qt::Key_Space);
        QTRY_COMPARE(m_app->window->sessionManager()->currentSessionId(), second);
        QTRY_VERIFY(pane()->composer()->editor()->hasFocus());

        // Ctrl+E from the search box (where Ctrl+E means "end of line") still exports.
        sidebar()->searchField()->setFocus();
        QTRY_VERIFY(sidebar()->searchField()->hasFocus());
        bool asked = false;
        whenModal<QFileDialog>([](QFileDialog *dialog) { dialog->reject(); }, &asked);
        QTest::keyClick(sidebar()->searchField(), Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(asked);
        QVERIFY(sidebar()->searchField()->text().isEmpty());
    }

    void sidebarHighlightIsTheOpenChat()
    {
        const qint64 older = makeChat(QStringLiteral("Older"));
        const qint64 newer = makeChat(QStringLiteral("Newer"));
        m_app->window->sessions()->reload();
        m_app->window->openSession(newer);
        QListView *list = sidebar()->list();
        const auto highlighted = [list] {
            const QModelIndexList rows = list->selectionModel()->selectedIndexes();
            return rows.size() == 1 ? rows.first().data(Qt::UserRole + 1).toLongLong() : 0;
        };
        QTRY_COMPARE(highlighted(), newer);

        // A right click on another chat (its menu) does not move the highlight; pinning it keeps
        // the open chat highlighted, and Ctrl+W deletes that one.
        const QRect olderRow = list->visualRect(list->model()->index(1, 0));
        QTest::mousePress(list->viewport(), Qt::RightButton, {}, olderRow.center());
        QTest::mouseRelease(list->viewport(), Qt::RightButton, {}, olderRow.center());
        QCOMPARE(highlighted(), newer);
        sidebar()->togglePinned(older);
        QTRY_VERIFY(m_app->store->session(older)->pinned);
        QTRY_COMPARE(highlighted(), newer);
        QCOMPARE(m_app->window->sessionManager()->currentSessionId(), newer);

        // Arrow keys open what they highlight (the focus stays in the list).
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        const int newerRow = list->currentIndex().row();
        QTest::keyClick(list, newerRow == 0 ? Qt::Key_Down : Qt::Key_Up);
        QTRY_COMPARE(m_app->window->sessionManager()->currentSessionId(), older);
        QCOMPARE(highlighted(), older);
        QVERIFY(list->hasFocus());

        // Another process writes to the open chat: the highlight stays on it.
        SessionStore other;
        QVERIFY(other.open(m_app->store->path()));
        Message message;
        message.sessionId = older;
        message.parentId = transcript()->messageAt(1).id;
        message.role = MessageRole::User;
        message.content = QStringLiteral("Written by the CLI");
        QVERIFY(other.addMessage(message));
        m_app->store->checkForExternalChanges();
        QTRY_COMPARE(transcript()->rowCount(), 3);
        QTRY_COMPARE(highlighted(), older);

        // Ctrl+W deletes the open (highlighted) chat, never another; nothing is highlighted
        // after, as nothing is open.
        m_app->window->chatPane()->composer()->setFocus();
        key(Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(m_app->store->session(older)->deleted);
        QVERIFY(!m_app->store->session(newer)->deleted);
        QCOMPARE(m_app->window->sessionManager()->currentSessionId(), 0);
        QTRY_COMPARE(highlighted(), 0);
    }

    void longCodeLinesScrollSideways()
    {
        m_app->window->resize(700, 600);
        m_app->window->openSession(makeChat(QStringLiteral("Code")));
        const QModelIndex reply = view()->model()->index(1, 0);
        const qint64 id = reply.data(TranscriptModel::IdRole).toLongLong();
        MessageDelegate *delegate = view()->messageDelegate();
        const QList<MessageGeometry::ButtonArea> actions = view()->rowActions(1);
        QCOMPARE(actions.first().button, MessageGeometry::Button::CopyCode);
        // A point inside the code box, under its Copy button.
        const QPoint inCode = actions.first().rect.bottomLeft() + QPoint(-20, 10);
        QCOMPARE(delegate->codeScroll(id, 0), 0);
        const QImage before = view()->viewport()->grab().toImage();

        QWheelEvent shiftWheel(QPointF(inCode), view()->viewport()->mapToGlobal(QPointF(inCode)), QPoint(),
            QPoint(0, -120), Qt::NoButton, Qt::ShiftModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view()->viewport(), &shiftWheel);
        QVERIFY(delegate->codeScroll(id, 0) > 0);
        QTRY_VERIFY(view()->viewport()->grab().toImage() != before);

        // Scrolled to the end, and no further; back with the keyboard (Shift+Left on its Copy).
        for (int i = 0; i < 50; ++i)
            QApplication::sendEvent(view()->viewport(), &shiftWheel);
        const int end = delegate->codeScroll(id, 0);
        QApplication::sendEvent(view()->viewport(), &shiftWheel);
        QCOMPARE(delegate->codeScroll(id, 0), end);
        view()->setFocus();
        QTRY_VERIFY(view()->hasFocus());
        key(Qt::Key_Right);
        QCOMPARE(focusedName(), QStringLiteral("Copy code block 1"));
        key(Qt::Key_Left, Qt::ShiftModifier);
        QVERIFY(delegate->codeScroll(id, 0) < end);
        // A plain wheel still scrolls the transcript, never the block.
        const int scroll = delegate->codeScroll(id, 0);
        QWheelEvent plain(QPointF(inCode), view()->viewport()->mapToGlobal(QPointF(inCode)), QPoint(),
            QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view()->viewport(), &plain);
        QCOMPARE(delegate->codeScroll(id, 0), scroll);
    }

    void hoverButtonsDoNotMoveTheAlternatives()
    {
        const qint64 session = makeChat(QStringLiteral("Alternatives"));
        // A second version of the question: ‹ 2/2 › on the user's message.
        Message again;
        again.sessionId = session;
        again.role = MessageRole::User;
        again.content = QStringLiteral("Show me the sum again");
        m_app->store->addMessage(again);
        m_app->window->openSession(session);
        const QModelIndex question = view()->model()->index(0, 0);
        QCOMPARE(question.data(TranscriptModel::SiblingCountRole).toInt(), 2);
        const QStyleOptionViewItem option = view()->optionFor(question);
        const MessageGeometry still = view()->messageDelegate()->geometry(option, question, false);
        const MessageGeometry hovered = view()->messageDelegate()->geometry(option, question, true);
        const auto rectOf = [](const MessageGeometry &geo, MessageGeometry::Button button) {
            for (const auto &area : geo.buttons) {
                if (area.button == button)
                    return area.rect;
            }
            return QRect();
        };
        QVERIFY(!rectOf(still, MessageGeometry::Button::Previous).isNull());
        QVERIFY(rectOf(still, MessageGeometry::Button::Copy).isNull()); // hidden until hovered
        QVERIFY(!rectOf(hovered, MessageGeometry::Button::Copy).isNull());
        QCOMPARE(rectOf(hovered, MessageGeometry::Button::Previous),
            rectOf(still, MessageGeometry::Button::Previous));
        QCOMPARE(
            rectOf(hovered, MessageGeometry::Button::Next), rectOf(still, MessageGeometry::Button::Next));
        QCOMPARE(hovered.siblingRect, still.siblingRect);
    }

    void alternativesRememberTheReplyChosenUnderThem()
    {
        // The question has two replies and the user chose the first; then edited the question.
        SessionStore *store = m_app->store.get();
        const qint64 session = store->createSession(QStringLiteral("Branches"));
        const auto add = [store, session](qint64 parent, const QLatin1String &role, const QString &text) {
            Message m;
            m.sessionId = session;
            m.parentId = parent;
            m.role = role;
            m.content = text;
            return store->addMessage(m);
        };
        const qint64 question = add(0, MessageRole::User, QStringLiteral("Question 1"));
        add(question, MessageRole::Assistant, QStringLiteral("Reply A"));
        add(question, MessageRole::Assistant, QStringLiteral("Reply B"));
        m_app->window->openSession(session);
        Conversation *conversation = transcript()->conversation();
        QCOMPARE(conversation->messageAt(1).content, QStringLiteral("Reply B"));
        QVERIFY(conversation->switchSibling(1, -1));
        QCOMPARE(conversation->messageAt(1).content, QStringLiteral("Reply A"));
        const qint64 edited = add(0, MessageRole::User, QStringLiteral("Question 2"));
        add(edited, MessageRole::Assistant, QStringLiteral("Reply C"));
        conversation->reload();
        QCOMPARE(conversation->messageAt(0).content, QStringLiteral("Question 2"));
        // Back to version 1 of the question: the reply chosen there (A), not the newest (B).
        QVERIFY(conversation->switchSibling(0, -1));
        QCOMPARE(conversation->messageAt(0).content, QStringLiteral("Question 1"));
        QCOMPARE(conversation->messageAt(1).content, QStringLiteral("Reply A"));
        QCOMPARE(conversation->messageAt(1).siblingIndex, 0);
    }

    void singleNewlinesAreLineBreaks()
    {
        QFont font;
        const auto shown = [&font](const QString &markdown) {
            return MessageDocumentCache::createDocument(markdown, TextKind::Markdown, font)
                ->toPlainText()
                .replace(QChar::LineSeparator, QLatin1Char('\n'));
        };
        QCOMPARE(shown(QStringLiteral("Roses are red\nViolets are blue")),
            QStringLiteral("Roses are red\nViolets are blue"));
        // Paragraphs, lists and code stay as they were; code keeps its exact text (no spaces added).
        QCOMPARE(shown(QStringLiteral("One\n\nTwo")), QStringLiteral("One\nTwo"));
        QCOMPARE(shown(QStringLiteral("- a\n- b")), QStringLiteral("a\nb"));
        const auto code = MessageDocumentCache::createDocument(
            QStringLiteral("```\nint a;\nint b;\n```"), TextKind::Markdown, font);
        QVERIFY(code->toPlainText().startsWith(QLatin1String("int a;\nint b;")));
        QVERIFY(!code->toPlainText().contains(QLatin1String("  ")));

        // In the transcript: the reply's two lines are two lines, as the export keeps them.
        m_app->window->openSession(
            makeChat(QStringLiteral("Poem"), QStringLiteral("Roses are red\nViolets are blue")));
        const QModelIndex reply = view()->model()->index(1, 0);
        const QStyleOptionViewItem option = view()->optionFor(reply);
        const int height = view()->messageDelegate()->geometry(option, reply, false).body.height();
        QVERIFY2(
            height >= 2 * QFontMetrics(option.font).lineSpacing() - 2, qPrintable(QString::number(height)));
    }

    void newChatChoosesItsProviderAndKeepsIt()
    {
        ProviderProfile second;
        second.id = QStringLiteral("second");
        second.name = QStringLiteral("Second server");
        second.kind = ProviderKind::OpenAICompatible;
        second.baseUrl = QUrl(m_app->server.baseUrl().toString() + QStringLiteral("/v1"));
        second.model = QStringLiteral("second-model");
        QCOMPARE(m_app->profiles->addProfile(second), QStringLiteral("second"));

        // An old chat that has always followed the default; and a new chat, started with the default.
        const qint64 old = m_app->store->createSession(QStringLiteral("Old"));
        m_app->window->newChat();
        QAction *settings = m_app->window->action(QStringLiteral("sessionSettings"));
        QVERIFY(settings->isEnabled()); // before the first message
        bool handled = false;
        whenModal<SessionSettingsDialog>(
            [](SessionSettingsDialog *dialog) {
                dialog->providerBox()->setCurrentIndex(
                    dialog->providerBox()->findData(QStringLiteral("second")));
                dialog->accept();
            },
            &handled);
        settings->trigger();
        QVERIFY(handled);
        QVERIFY(m_app->window->modelLabel()->text().contains(QLatin1String("second-model")));

        m_app->server.enqueue(GuiTestFixture::basicReply());
        ComposerEdit *edit = pane()->composer()->editor();
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Hello second"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(m_app->server.requests().size(), 1);
        QCOMPARE(m_app->server.requests().first().json().value(QStringLiteral("model")).toString(),
            QStringLiteral("second-model"));
        QTRY_VERIFY(!m_app->window->controller()->isBusy());
        const qint64 chosen = transcript()->sessionId();
        QCOMPARE(m_app->store->session(chosen)->provider, QStringLiteral("second"));

        // A chat started with the default keeps it when the default changes.
        m_app->window->newChat();
        m_app->server.enqueue(GuiTestFixture::basicReply());
        QTest::keyClicks(edit, QStringLiteral("Hello default"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(m_app->server.requests().size(), 2);
        QTRY_VERIFY(!m_app->window->controller()->isBusy());
        const qint64 withDefault = transcript()->sessionId();
        QCOMPARE(m_app->store->session(withDefault)->provider, QStringLiteral("loopback"));
        QVERIFY(m_app->profiles->setDefaultProfileId(QStringLiteral("second")));
        m_app->window->openSession(withDefault);
        QCOMPARE(m_app->window->sessionManager()->profileForSession().id, QStringLiteral("loopback"));
        QCOMPARE(m_app->window->sessionManager()->profileForSession().model, QStringLiteral("gpt-4o-mini"));
        m_app->window->openSession(old);
        QCOMPARE(m_app->window->sessionManager()->profileForSession().id, QStringLiteral("loopback"));
    }

    void smallerThings()
    {
        // A reply stopped before any text says so and offers no Copy.
        const qint64 session = m_app->store->createSession(QStringLiteral("Stopped"));
        Message user;
        user.sessionId = session;
        user.role = MessageRole::User;
        user.content = QStringLiteral("Hi");
        const qint64 userId = m_app->store->addMessage(user);
        Message stopped;
        stopped.sessionId = session;
        stopped.parentId = userId;
        stopped.role = MessageRole::Assistant;
        stopped.state = MessageState::Stopped;
        stopped.reasoning = QStringLiteral("Let me think");
        m_app->store->addMessage(stopped);
        m_app->window->openSession(session);
        QStringList names;
        for (int i = 0; i < view()->rowActions(1).size(); ++i)
            names << view()->rowActionName(1, i);
        QVERIFY(!names.contains(QStringLiteral("Copy message")));
        QVERIFY(names.contains(QStringLiteral("Regenerate reply")));
        // "Thinking" without the ellipsis of a reply still running.
        const QModelIndex reply = view()->model()->index(1, 0);
        const MessageGeometry geo
            = view()->messageDelegate()->geometry(view()->optionFor(reply), reply, true);
        QCOMPARE(geo.buttons.first().label, QStringLiteral("Thinking"));

        // Settings says "stored in the keychain" only for a profile that has a key there.
        bool shown = false;
        QString hint;
        whenModal<SettingsDialog>(
            [&hint](SettingsDialog *dialog) {
                QTRY_VERIFY(!dialog->profileEditor()->apiKeyHint().contains(QLatin1String("Checking")));
                hint = dialog->profileEditor()->apiKeyHint();
                dialog->reject();
            },
            &shown);
        m_app->window->action(QStringLiteral("settings"))->trigger();
        QVERIFY(shown);
        QVERIFY2(!hint.contains(QLatin1String("Stored in the system keychain")), qPrintable(hint));
        QVERIFY2(!hint.isEmpty(), qPrintable(hint));

        // At 800 px a status message has the room of the request size, which steps aside.
        m_app->window->resize(800, 600);
        QStatusBar *status = m_app->window->statusBar();
        const QString message
            = QStringLiteral("Exported to /home/someone/Documents/Reading a file line by line.md");
        status->showMessage(message);
        QVERIFY(!m_app->window->tokenLabel()->isVisible());
        QVERIFY(status->fontMetrics().horizontalAdvance(message)
            < status->width() - m_app->window->modelLabel()->width() - 16);
        status->clearMessage();
        QVERIFY(m_app->window->tokenLabel()->isVisible());

        // One name for the chat's settings, in both menus.
        QCOMPARE(m_app->window->action(QStringLiteral("sessionSettings"))->text(),
            QStringLiteral("Chat Se&ttings…"));

        // The dark palette: a disabled button's text is dim, not as bright as an enabled one's.
        const QPalette dark = darkPalette();
        const auto contrast = [&dark](QPalette::ColorGroup group) {
            return qAbs(dark.color(group, QPalette::ButtonText).lightness()
                - dark.color(group, QPalette::Button).lightness());
        };
        QVERIFY(contrast(QPalette::Disabled) * 2 < contrast(QPalette::Active));
        m_app->window->setPalette(dark);
        QPushButton *send = pane()->composer()->sendButton();
        // How many pixels are drawn in the bright text colour (the label).
        const auto brightest = [send, &dark] {
            const QImage image = send->grab().toImage();
            const int text = dark.color(QPalette::Active, QPalette::ButtonText).lightness();
            int most = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    most += qAbs(QColor(image.pixel(x, y)).lightness() - text) < 20 ? 1 : 0;
            }
            return most;
        };
        pane()->composer()->clear();
        QVERIFY(!send->isEnabled());
        const int disabled = brightest();
        pane()->composer()->setText(QStringLiteral("Something to send"));
        QVERIFY(send->isEnabled());
        const int enabled = brightest();
        QVERIFY2(disabled * 4 < enabled, qPrintable(QStringLiteral("%1 vs %2").arg(disabled).arg(enabled)));
        m_app->window->setPalette(QPalette());

        // Right-to-left text in the composer is laid out right to left, as in the bubble.
        ComposerEdit *edit = pane()->composer()->editor();
        edit->setPlainText(QStringLiteral("שלום עולם"));
        QTRY_VERIFY(edit->document()->firstBlock().layout()->lineCount() > 0);
        const QTextLine line = edit->document()->firstBlock().layout()->lineAt(0);
        QVERIFY2(line.naturalTextRect().left() > line.width() / 2,
            qPrintable(QStringLiteral("%1 of %2").arg(line.naturalTextRect().left()).arg(line.width())));
    }
};

QTEST_MAIN(TestPolish)
#include "tst_polish.moc"
