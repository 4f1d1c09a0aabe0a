// The transcript view on its own: paging older rows in at the top without a jump, following
// the bottom, markdown rendering with code-block Copy buttons, selecting text in place with the
// mouse, and the proxy's model contract.
#include "models/transcriptmodel.h"
#include "storage/sessionstore.h"
#include "testutil.h"
#include "views/chatview.h"
#include "views/codehighlighter.h"
#include "views/messagedelegate.h"
#include "views/messageselector.h"
#include "views/transcriptviewproxy.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QWheelEvent>

// A ChatView over a TranscriptModel of `store`, shown at `size`.
struct ShownView
{
    ShownView(SessionStore *store, const QSize &size, int pageSize = 100)
        : transcript(store)
        , proxy(&transcript)
    {
        transcript.conversation()->setPageSize(pageSize);
        view.setTranscript(&proxy);
        view.resize(size);
        view.show();
    }
    TranscriptModel transcript;
    TranscriptViewProxy proxy;
    ChatView view;
};

class TestChatView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SessionStore> m_store;

    qint64 addQuestion(qint64 session, const QString &content)
    {
        Message message;
        message.sessionId = session;
        message.role = QStringLiteral("user");
        message.content = content;
        return m_store->addMessage(message);
    }

    qint64 addReply(qint64 session, qint64 parent, const QString &content)
    {
        Message message;
        message.sessionId = session;
        message.parentId = parent;
        message.role = QStringLiteral("assistant");
        message.content = content;
        return m_store->addMessage(message);
    }

    // Where the text position `position` of the row's body is drawn (viewport coordinates, middle
    // of its line), from the delegate's own document.
    static QPoint pointOf(ChatView &view, const QModelIndex &index, int position)
    {
        MessageDelegate *delegate = view.messageDelegate();
        const MessageGeometry geo = delegate->geometry(view.optionFor(index), index, true);
        const auto rendered
            = delegate->documentCache().peek(index.data(TranscriptModel::IdRole).toLongLong(), 0);
        if (!rendered)
            return {};
        const QTextBlock block = rendered->doc->findBlock(position);
        const QTextLine line = block.layout()->lineForTextPosition(position - block.position());
        const QPointF at = block.layout()->position()
            + QPointF(line.cursorToX(position - block.position()), line.y() + line.height() / 2);
        return geo.body.topLeft() + at.toPoint();
    }

    // A click where a real one would land: on the widget under `pos` (the selector, or the
    // viewport where the selector leaves a hole for a button).
    static void clickAt(ChatView &view, const QPoint &pos)
    {
        QWidget *target = view.viewport()->childAt(pos);
        if (!target)
            target = view.viewport();
        QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(view.viewport(), pos));
    }

    // Code blocks are coloured when the highlighter's results come back from its thread: the
    // first paint asks for them, and the picture is taken once none is pending.
    static QImage grabBody(ChatView &view, const QModelIndex &index)
    {
        const MessageGeometry geo = view.messageDelegate()->geometry(view.optionFor(index), index, true);
        view.viewport()->grab(geo.body);
        if (!QTest::qWaitFor([] { return CodeHighlighter::instance()->pendingCount() == 0; }))
            qWarning("the highlighter did not answer: the picture may lack colours");
        return view.viewport()->grab(geo.body).toImage();
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<SessionStore>();
        QVERIFY(m_store->open(TestUtil::dbPath(
            m_dir, QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())))));
    }

    void cleanup() { m_store.reset(); }

    void proxyHidesPagingFromTheView()
    {
        const qint64 session = TestUtil::makeSession(m_store.get(), 250);
        TranscriptModel transcript(m_store.get());
        transcript.conversation()->setPageSize(100);
        TranscriptViewProxy proxy(&transcript);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        transcript.conversation()->setSession(session);
        QCOMPARE(proxy.rowCount(), 100);
        QVERIFY(!proxy.canFetchMore({}));
        QVERIFY(proxy.canFetchOlder());
        proxy.fetchOlder();
        QCOMPARE(proxy.rowCount(), 200);
        proxy.fetchOlder();
        QCOMPARE(proxy.rowCount(), 250);
        QVERIFY(!proxy.canFetchOlder());
        QCOMPARE(proxy.index(0, 0).data(TranscriptModel::ContentRole).toString(), QStringLiteral("u1"));
    }

    void scrollingUpPagesInWithoutJump()
    {
        const qint64 session = TestUtil::makeSession(m_store.get(), 400);
        ShownView shown(m_store.get(), QSize(600, 400), 50);
        TranscriptModel &transcript = shown.transcript;
        TranscriptViewProxy &proxy = shown.proxy;
        ChatView &view = shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        transcript.conversation()->setSession(session);
        view.doItemsLayout();
        QCOMPARE(transcript.rowCount(), 50); // the view itself never pages the whole history in
        QScrollBar *bar = view.verticalScrollBar();
        QTRY_COMPARE(bar->value(), bar->maximum()); // opens at the newest message
        QVERIFY(view.isAtBottom());

        // Scroll to the top: older rows come in above, and the row that was at the top stays put.
        bar->setValue(bar->minimum() + 1); // the user scrolls up...
        QVERIFY(!view.isAtBottom());
        const qint64 oldTopId = proxy.index(0, 0).data(TranscriptModel::IdRole).toLongLong();
        bar->setValue(bar->minimum()); // ...to the top, where the oldest loaded row starts at y = 0
        QTRY_COMPARE(transcript.rowCount(), 100);
        const int row = transcript.rowOfId(oldTopId);
        QCOMPARE(row, 50);
        QCOMPARE(view.visualRect(proxy.index(row, 0)).top(), 0);
        QVERIFY(bar->value() > 0);
    }

    void followsTheBottomWhileStreaming()
    {
        const qint64 session = TestUtil::makeSession(m_store.get(), 30);
        ShownView shown(m_store.get(), QSize(500, 300));
        TranscriptModel &transcript = shown.transcript;
        TranscriptViewProxy &proxy = shown.proxy;
        ChatView &view = shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        transcript.conversation()->setSession(session);
        const qint64 reply = transcript.conversation()->beginReply(QStringLiteral("m"));
        QVERIFY(reply);
        QScrollBar *bar = view.verticalScrollBar();
        for (int i = 0; i < 40; ++i) {
            transcript.conversation()->appendToReply(
                reply, QStringLiteral("word %1 and some more words to wrap\n\n").arg(i));
            QCoreApplication::processEvents();
        }
        QTRY_COMPARE(bar->value(), bar->maximum());
        // The grown row is laid out again: all of it above the bottom edge, none of it cut off.
        const QModelIndex grown = proxy.index(proxy.rowCount() - 1, 0);
        QTRY_VERIFY(qAbs(view.visualRect(grown).bottom() - view.viewport()->rect().bottom()) <= 1);
        QCOMPARE(bar->value(), bar->maximum());
        // Once the user scrolls up, new text no longer pulls the view down.
        bar->setValue(bar->maximum() / 2);
        const int kept = bar->value();
        for (int i = 0; i < 10; ++i) {
            transcript.conversation()->appendToReply(reply, QStringLiteral("more text\n\n"));
            QCoreApplication::processEvents();
        }
        QTest::qWait(50);
        QCOMPARE(bar->value(), kept);
        transcript.conversation()->finishReply(reply, MessageState::Complete);
    }

    // A chat of `count` rows, replies of several markdown lines (their estimate is not exact).
    qint64 chatOf(int count)
    {
        const qint64 session = m_store->createSession(QStringLiteral("Chat of %1").arg(count));
        qint64 parent = 0;
        for (int i = 0; i < count; ++i) {
            Message m;
            m.sessionId = session;
            m.parentId = parent;
            m.role = i % 2 == 0 ? QStringLiteral("user") : QStringLiteral("assistant");
            m.content = i % 2 == 0
                ? QStringLiteral("Question %1").arg(i)
                : QStringLiteral("Reply %1 with a list:\n\n- one\n- two, a longer item that may wrap at "
                                 "this width\n\n**Bold** end.")
                      .arg(i);
            parent = m_store->addMessage(m);
        }
        return session;
    }

    // Shows a chat of `count` rows in `shown` and lays it out once, as opening it does.
    void openChatOf(ShownView &shown, int count)
    {
        QVERIFY(QTest::qWaitForWindowExposed(&shown.view));
        shown.transcript.conversation()->setSession(chatOf(count));
        shown.view.doItemsLayout();
    }

    static qint64 idOf(const ShownView &shown, int row)
    {
        return shown.proxy.index(row, 0).data(TranscriptModel::IdRole).toLongLong();
    }

    void longChatMeasuresTheRowsItShowsFirst()
    {
        // Opening a long chat renders only what is on screen; the rows above get an estimated
        // height, and their real one once the view has been painted and the event loop is idle.
        ShownView shown(m_store.get(), QSize(600, 300));
        ChatView &view = shown.view;
        openChatOf(shown, 80);
        MessageDelegate *delegate = view.messageDelegate();
        const int rows = shown.proxy.rowCount();
        QCOMPARE(rows, 80);
        // (Row 0 may be the current index, whose rectangle is asked for: measured.)
        QVERIFY(delegate->isEstimated(idOf(shown, 2)));
        QVERIFY(!delegate->isEstimated(idOf(shown, rows - 1)));
        QVERIFY2(
            delegate->cachedDocuments() < rows / 2, qPrintable(QString::number(delegate->cachedDocuments())));
        QScrollBar *bar = view.verticalScrollBar();
        QCOMPARE(bar->value(), bar->maximum());
        view.viewport()->repaint();
        QTRY_VERIFY(!view.isMeasuring());
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(view.isAtBottom());
        // Three screens above the view are measured when idle; rows farther up wait to be seen.
        int measured = rows - 1;
        for (int y = 0; y < 3 * view.viewport()->height(); --measured)
            y += view.visualRect(shown.proxy.index(measured, 0)).height();
        QVERIFY(measured > 2);
        QVERIFY(!delegate->isEstimated(idOf(shown, measured)));
        QVERIFY(delegate->isEstimated(idOf(shown, 2)));
        // Laid out at the heights measured: each row starts where the one above it ends.
        for (int row = measured + 1; row < rows; ++row)
            QCOMPARE(view.visualRect(shown.proxy.index(row, 0)).top(),
                view.visualRect(shown.proxy.index(row - 1, 0)).bottom() + 1);
    }

    void rowsScrolledIntoViewAreMeasured()
    {
        ShownView shown(m_store.get(), QSize(600, 300));
        ChatView &view = shown.view;
        openChatOf(shown, 80);
        MessageDelegate *delegate = view.messageDelegate();
        const QModelIndex top = shown.proxy.index(0, 0);
        QVERIFY(delegate->isEstimated(idOf(shown, 2)));
        // Straight to the top, before anything was measured when idle.
        view.verticalScrollBar()->setValue(0);
        QVERIFY(!delegate->isEstimated(idOf(shown, 2)));
        QCOMPARE(view.verticalScrollBar()->value(), 0);
        QCOMPARE(view.indexAt(QPoint(view.viewport()->width() / 2, 1)), top);
        const int real = delegate->sizeHint(view.optionFor(top), top).height();
        QCOMPARE(view.visualRect(top).height(), real);
        QCOMPARE(view.visualRect(shown.proxy.index(1, 0)).top(), view.visualRect(top).bottom() + 1);
    }

    void chatsAboutAScreenLongSettle()
    {
        // Estimates must not make a layout flip the scroll bar back and forth (it did once, for a
        // chat about one screen long): whatever its length, the view settles and stops measuring.
        for (int count = 2; count <= 24; count += 2) {
            ShownView shown(m_store.get(), QSize(600, 300));
            ChatView &view = shown.view;
            openChatOf(shown, count);
            view.viewport()->repaint();
            MessageDelegate *delegate = view.messageDelegate();
            QTRY_VERIFY(!view.isMeasuring());
            QCoreApplication::processEvents();
            const int asked = delegate->sizeHintCount();
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
            QCOMPARE(delegate->sizeHintCount(), asked);
            QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
        }
    }

    void highlightingWaitsForTheFirstPaint()
    {
        // highlight.js loads on the highlighter's thread; loading it while the window was first
        // painted held that paint up (cold starts: 3-5 ms). The view asks after it.
        CodeHighlighter *highlighter = CodeHighlighter::instance();
        if (!highlighter->isAvailable())
            QSKIP("highlight.js is not installed");
        const qint64 session = m_store->createSession(QStringLiteral("code"));
        const qint64 question = addQuestion(session, QStringLiteral("Show me a loop."));
        addReply(
            session, question, QStringLiteral("```python\nfor first in range(3):\n    print(first)\n```"));
        ShownView shown(m_store.get(), QSize(600, 400));
        shown.transcript.conversation()->setSession(session); // laid out and measured, not painted yet
        QVERIFY(highlighter->isHeld());
        QCOMPARE(highlighter->pendingCount(), 1); // asked for, and waiting
        QVERIFY(QTest::qWaitForWindowExposed(&shown.view));
        QTRY_VERIFY(!highlighter->isHeld());
        QTRY_COMPARE(highlighter->pendingCount(), 0); // answered

        // A view hidden before its first paint holds nothing back.
        ShownView hidden(m_store.get(), QSize(600, 400));
        hidden.transcript.conversation()->setSession(session);
        QVERIFY(highlighter->isHeld());
        hidden.view.hide();
        QVERIFY(!highlighter->isHeld());
    }

    void deltaDoesNotMeasureEveryRow()
    {
        // QListView lays out every row on each dataChanged(): in a long transcript, each delta
        // of a streaming reply would measure them all. Only the growing row is asked for here.
        const int rows = 60;
        const qint64 session = TestUtil::makeSession(m_store.get(), rows);
        ShownView shown(m_store.get(), QSize(600, 300));
        ChatView &view = shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        Conversation *conversation = shown.transcript.conversation();
        conversation->setSession(session);
        const qint64 reply = conversation->beginReply(QStringLiteral("m"));
        view.setStreamingId(reply);
        view.doItemsLayout();
        QCoreApplication::processEvents();
        const int before = view.messageDelegate()->sizeHintCount();
        const int deltas = 40;
        for (int i = 0; i < deltas; ++i) {
            conversation->appendToReply(reply, QStringLiteral("a")); // one short line: same height
            QCoreApplication::processEvents();
        }
        const int asked = view.messageDelegate()->sizeHintCount() - before;
        QVERIFY2(asked < deltas * 5,
            qPrintable(QStringLiteral("%1 size hints for %2 deltas").arg(asked).arg(deltas)));
        QTRY_COMPARE(shown.proxy.index(rows, 0).data(TranscriptModel::ContentRole).toString(),
            QString(deltas, QLatin1Char('a')));
        conversation->finishReply(reply, MessageState::Complete);
        view.setStreamingId(0);
    }

    void codeBlockCopyButton()
    {
        const qint64 session = m_store->createSession(QStringLiteral("Code"));
        const qint64 parent = addQuestion(session, QStringLiteral("Show me code"));
        addReply(session, parent,
            QStringLiteral("Here:\n\n```python\nprint('hi')\nprint('there')\n```\n\nand a "
                           "[link](https://example.org)."));
        ShownView shown(m_store.get(), QSize(600, 500));
        TranscriptModel &transcript = shown.transcript;
        TranscriptViewProxy &proxy = shown.proxy;
        ChatView &view = shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        transcript.conversation()->setSession(session);
        view.doItemsLayout();
        QSignalSpy copied(view.messageDelegate(), &MessageDelegate::codeCopied);
        QSignalSpy links(view.messageDelegate(), &MessageDelegate::linkActivated);
        const QModelIndex index = proxy.index(1, 0);
        const QStyleOptionViewItem option = view.optionFor(index);
        const MessageGeometry geo = view.messageDelegate()->geometry(option, index, true);
        QVERIFY(!geo.body.isEmpty());
        // Find the Copy button by scanning the body's top-right area for a clickable spot.
        QPoint button;
        for (int y = geo.body.top(); y < geo.body.bottom() && button.isNull(); y += 2) {
            for (int x = geo.body.right(); x > geo.body.right() - 80 && button.isNull(); x -= 4) {
                if (view.messageDelegate()->isClickable(option, index, QPoint(x, y))
                    && view.messageDelegate()->anchorAt(option, index, QPoint(x, y)).isEmpty())
                    button = QPoint(x, y);
            }
        }
        QVERIFY(!button.isNull());
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, button);
        QCOMPARE(copied.count(), 1);
        QCOMPARE(copied.first().first().toString(), QStringLiteral("print('hi')\nprint('there')"));
        QCOMPARE(links.count(), 0); // links open on click only, and this was not one
    }

    void dragSelectsTextInPlace()
    {
        const qint64 session = m_store->createSession(QStringLiteral("Select"));
        const qint64 question = addQuestion(session, QStringLiteral("A pangram?"));
        const QString text = QStringLiteral("The quick brown fox jumps over the lazy dog.");
        addReply(
            session, question, text + QStringLiteral(" And *another* sentence that wraps. ").repeated(4));
        ShownView shown(m_store.get(), QSize(600, 500));
        QAbstractItemModelTester tester(&shown.proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ChatView &view = shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        shown.transcript.conversation()->setSession(session);
        view.doItemsLayout();
        const QModelIndex index = shown.proxy.index(1, 0);
        const int start = int(text.indexOf(QStringLiteral("quick")));
        const int end = int(text.indexOf(QStringLiteral(" jumps")));
        const QPoint from = pointOf(view, index, start);
        const QPoint to = pointOf(view, index, end);
        QVERIFY(!from.isNull() && from.y() == to.y());
        QVERIFY(view.messageDelegate()->isSelectableAt(view.optionFor(index), index, from));

        // The press opens the selector over the text, which does not move by a pixel.
        QTest::mouseMove(view.viewport(), from);
        const QImage before = grabBody(view, index);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
        MessageSelector *selector = view.selector();
        QVERIFY(selector);
        QCOMPARE(view.selectorIndex(), QModelIndex(index));
        QCOMPARE(view.messageDelegate()->selectingId(), index.data(TranscriptModel::IdRole).toLongLong());
        QVERIFY(selector->isVisible());
        QCOMPARE(
            selector->geometry(), view.messageDelegate()->geometry(view.optionFor(index), index, true).body);
        QCOMPARE(grabBody(view, index), before);
        // The same positions: where the selector puts "quick" is where the delegate drew it.
        QTextCursor cursor(selector->document());
        cursor.setPosition(start);
        QCOMPARE(selector->viewport()->mapTo(view.viewport(), selector->cursorRect(cursor).center()).x(),
            from.x());

        // The drag (still sent to the view's viewport, which has the mouse) selects in the selector.
        QTest::mouseMove(view.viewport(), (from + to) / 2);
        QTest::mouseMove(view.viewport(), to);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(selector->selectedText(), QStringLiteral("quick brown fox"));
        QVERIFY(selector->hasFocus());

        // Ctrl+C copies exactly that, as plain text.
        QApplication::clipboard()->clear();
        QTest::keyClick(selector, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("quick brown fox"));
        QVERIFY(!QApplication::clipboard()->mimeData()->hasHtml());

        // A drag on the selector itself selects again (a new range).
        const QPoint dog = pointOf(view, index, int(text.indexOf(QStringLiteral("lazy"))));
        const QPoint dogEnd = pointOf(view, index, int(text.indexOf(QStringLiteral("."))));
        QWidget *target = selector->viewport();
        QTest::mousePress(target, Qt::LeftButton, {}, target->mapFrom(view.viewport(), dog));
        QTest::mouseMove(target, target->mapFrom(view.viewport(), dogEnd));
        QTest::mouseRelease(target, Qt::LeftButton, {}, target->mapFrom(view.viewport(), dogEnd));
        QCOMPARE(selector->selectedText(), QStringLiteral("lazy dog"));

        // Hover actions still work with the selector open: the footer's Copy copies the message.
        QSignalSpy copyRequested(view.messageDelegate(), &MessageDelegate::copyRequested);
        const MessageGeometry geo = view.messageDelegate()->geometry(view.optionFor(index), index, true);
        QPoint copy;
        for (const MessageGeometry::ButtonArea &area : geo.buttons) {
            if (area.button == MessageGeometry::Button::Copy)
                copy = area.rect.center();
        }
        QVERIFY(!copy.isNull());
        QTest::mouseMove(view.viewport(), copy);
        clickAt(view, copy);
        QCOMPARE(copyRequested.count(), 1);
        QCOMPARE(copyRequested.first().first().toModelIndex(), QModelIndex(index));
        QCOMPARE(view.selector(), selector); // a button of the same row keeps the selection
        QCOMPARE(selector->selectedText(), QStringLiteral("lazy dog"));

        // Esc closes it, and the delegate draws the text again, where it was.
        QTest::keyClick(selector, Qt::Key_Escape);
        QVERIFY(!view.selector());
        QCOMPARE(view.messageDelegate()->selectingId(), 0);
        QTest::mouseMove(view.viewport(), from);
        QCOMPARE(grabBody(view, index), before);
    }

    void selectorClosesAndSkipsWhatItShould()
    {
        const qint64 session = TestUtil::makeSession(m_store.get(), 40);
        ShownView shown(m_store.get(), QSize(500, 300));
        ChatView &view = shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        shown.transcript.conversation()->setSession(session);
        view.doItemsLayout();
        const int last = shown.proxy.rowCount() - 1;
        const QModelIndex a = shown.proxy.index(last, 0);
        const QModelIndex b = shown.proxy.index(last - 1, 0);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, pointOf(view, a, 1));
        QVERIFY(view.selector());
        QCOMPARE(view.selectorIndex(), QModelIndex(a));
        // A click on another row's text moves the selector there (no selection: nothing kept).
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, pointOf(view, b, 1));
        QCOMPARE(view.selectorIndex(), QModelIndex(b));
        // A click off any text closes it.
        const MessageGeometry geo = view.messageDelegate()->geometry(view.optionFor(b), b, true);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, geo.header.center());
        QVERIFY(!view.selector());
        // Scrolled out of sight: closed.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, pointOf(view, a, 1));
        QVERIFY(view.selector());
        view.verticalScrollBar()->setValue(0);
        QVERIFY(!view.selector());
        QCOMPARE(view.messageDelegate()->selectingId(), 0);

        // The reply being written is not selectable until it is finished.
        view.followBottom();
        const qint64 reply = shown.transcript.conversation()->beginReply(QStringLiteral("m"));
        view.setStreamingId(reply);
        shown.transcript.conversation()->appendToReply(reply, QStringLiteral("Streaming words here"));
        view.doItemsLayout();
        view.followBottom();
        const QModelIndex streaming = shown.proxy.index(shown.proxy.rowCount() - 1, 0);
        const QStyleOptionViewItem option = view.optionFor(streaming);
        const QPoint inside
            = view.messageDelegate()->geometry(option, streaming, true).body.topLeft() + QPoint(5, 5);
        QVERIFY(!view.messageDelegate()->isSelectableAt(option, streaming, inside));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, inside);
        QVERIFY(!view.selector());
        shown.transcript.conversation()->finishReply(reply, MessageState::Complete);
        view.setStreamingId(0);
        view.doItemsLayout();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, pointOf(view, streaming, 3));
        QVERIFY(view.selector());
        // Focus elsewhere without a selection: closed.
        QLineEdit other;
        other.show();
        other.activateWindow();
        other.setFocus();
        QTRY_VERIFY(!view.selector());
    }

    void selectorKeepsCodeCopyAndLinks()
    {
        const qint64 session = m_store->createSession(QStringLiteral("Code"));
        const qint64 parent = addQuestion(session, QStringLiteral("Show me code"));
        addReply(session, parent,
            QStringLiteral("Here it is:\n\n```python\nprint('hi')\nprint('there')\n```\n\nand a "
                           "[link](https://example.org) after it."));
        ShownView shown(m_store.get(), QSize(600, 500));
        ChatView &view = shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        shown.transcript.conversation()->setSession(session);
        view.doItemsLayout();
        MessageDelegate *delegate = view.messageDelegate();
        QSignalSpy copied(delegate, &MessageDelegate::codeCopied);
        QSignalSpy links(delegate, &MessageDelegate::linkActivated);
        const QModelIndex index = shown.proxy.index(1, 0);
        const QImage before = grabBody(view, index);

        // Select "it is" above the code block.
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, pointOf(view, index, 5));
        QTest::mouseMove(view.viewport(), pointOf(view, index, 10));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, pointOf(view, index, 10));
        MessageSelector *selector = view.selector();
        QVERIFY(selector);
        QCOMPARE(selector->selectedText(), QStringLiteral("it is"));
        QTest::mouseMove(view.viewport(), QPoint(1, 1));

        // The code block's Copy button is not covered: a click there reaches the delegate.
        const QStyleOptionViewItem option = view.optionFor(index);
        const MessageGeometry geo = delegate->geometry(option, index, true);
        QPoint button;
        for (int y = geo.body.top(); y < geo.body.bottom() && button.isNull(); y += 2) {
            for (int x = geo.body.right(); x > geo.body.right() - 80 && button.isNull(); x -= 4) {
                if (delegate->isClickable(option, index, QPoint(x, y))
                    && delegate->anchorAt(option, index, QPoint(x, y)).isEmpty())
                    button = QPoint(x, y);
            }
        }
        QVERIFY(!button.isNull());
        QVERIFY(!view.viewport()->childAt(button));
        QCOMPARE(view.viewport()->childAt(pointOf(view, index, 5)), selector->viewport());
        clickAt(view, button);
        QCOMPARE(copied.count(), 1);
        QCOMPARE(copied.first().first().toString(), QStringLiteral("print('hi')\nprint('there')"));
        QCOMPARE(view.selector(), selector);
        QCOMPARE(links.count(), 0);

        // A link in the selector opens on click, once.
        const int linkAt = int(selector->document()->toPlainText().indexOf(QStringLiteral("link"))) + 2;
        clickAt(view, pointOf(view, index, linkAt));
        QCOMPARE(links.count(), 1);
        QCOMPARE(links.first().first().toUrl(), QUrl(QStringLiteral("https://example.org")));

        // Nothing moved: the code boxes, buttons and text look as they did without the selector
        // (apart from the selection, cleared here).
        selector->setTextCursor(QTextCursor(selector->document()));
        QCOMPARE(grabBody(view, index), before);
        QTest::keyClick(selector, Qt::Key_Escape);
        QVERIFY(!view.selector());
    }

    void sizesAreCachedAndRowsGrow()
    {
        const qint64 session = m_store->createSession(QStringLiteral("Sizes"));
        const qint64 reply = addReply(session, 0, QStringLiteral("short"));
        Q_UNUSED(reply)
        ShownView shown(m_store.get(), QSize(500, 400));
        TranscriptModel &transcript = shown.transcript;
        TranscriptViewProxy &proxy = shown.proxy;
        ChatView &view = shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        transcript.conversation()->setSession(session);
        const QModelIndex index = proxy.index(0, 0);
        const int small = view.messageDelegate()->sizeHint(view.optionFor(index), index).height();
        const qint64 streaming = transcript.conversation()->beginReply(QStringLiteral("m"));
        transcript.conversation()->appendToReply(
            streaming, QString(QStringLiteral("long line of text ")).repeated(60));
        view.doItemsLayout();
        const QModelIndex grown = proxy.index(1, 0);
        QVERIFY(view.visualRect(grown).height() > small);
        transcript.conversation()->finishReply(streaming, MessageState::Complete);
    }

    void rowSizesFollowWhatMovesRows()
    {
        // Row sizes are cached by message; whatever changes a row's height must still show.
        const qint64 session = m_store->createSession(QStringLiteral("Sizes"));
        const qint64 question = addQuestion(session, QStringLiteral("Why?"));
        Message reply;
        reply.sessionId = session;
        reply.parentId = question;
        reply.role = QStringLiteral("assistant");
        reply.content = QStringLiteral("Because it wraps. ").repeated(6);
        reply.reasoning = QStringLiteral("Some thinking about it. ").repeated(20);
        QVERIFY(m_store->addMessage(reply));
        ShownView shown(m_store.get(), QSize(500, 400));
        QVERIFY(QTest::qWaitForWindowExposed(&shown.view));
        shown.transcript.conversation()->setSession(session);
        MessageDelegate *delegate = shown.view.messageDelegate();
        const QModelIndex index = shown.proxy.index(1, 0);
        const auto height = [&] { return delegate->sizeHint(shown.view.optionFor(index), index).height(); };
        const int plain = height();
        QCOMPARE(height(), plain); // cached
        const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
        delegate->setThinkingExpanded(id, true);
        const int expanded = height();
        QVERIFY(expanded > plain);
        ContextWindow window; // the window starts at this row; one earlier row is left out
        window.firstMessageId = id;
        window.messageIds = {id};
        window.droppedMessages = 1;
        shown.transcript.conversation()->setContextWindow(window);
        const int marked = height();
        QVERIFY(marked > expanded);
        shown.transcript.conversation()->setContextWindow({});
        delegate->setThinkingExpanded(id, false);
        QCOMPARE(height(), plain);
        shown.view.resize(260, 400); // narrower: more lines
        QTRY_VERIFY(height() > plain);
    }

    void streamingRowIsReparsedAtMostEveryInterval()
    {
        const qint64 session = m_store->createSession(QStringLiteral("Stream"));
        QVERIFY(addQuestion(session, QStringLiteral("Write a lot")));
        ShownView shown(m_store.get(), QSize(600, 400));
        TranscriptModel &transcript = shown.transcript;
        ChatView &view = shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        transcript.conversation()->setSession(session);
        const qint64 reply = transcript.conversation()->beginReply(QStringLiteral("m"));
        view.setStreamingId(reply);
        const MessageDocumentCache &cache = view.messageDelegate()->documentCache();
        const auto shownText = [&] {
            const auto rendered = cache.peek(reply, 0);
            return rendered ? rendered->doc->toPlainText() : QString();
        };
        const auto renderedAs = [](const QString &markdown) {
            QTextDocument doc;
            doc.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
            return doc.toPlainText();
        };

        // Worst case: a paint after every delta. The markdown is parsed about every 100 ms, not 300 times.
        const int buildsBefore = cache.buildCount();
        QElapsedTimer elapsed;
        elapsed.start();
        QString text;
        for (int i = 0; i < 300; ++i) {
            const QString delta
                = QStringLiteral("word **%1** ").arg(i) + (i % 20 == 19 ? QStringLiteral("\n\n") : QString());
            text += delta;
            transcript.conversation()->appendToReply(reply, delta);
            view.viewport()->repaint();
            QTest::qWait(1);
        }
        const int builds = cache.buildCount() - buildsBefore;
        const int allowed = int(elapsed.elapsed() / ChatView::StreamRenderIntervalMs) + 3;
        QVERIFY2(builds <= allowed,
            qPrintable(QStringLiteral("%1 parses in %2 ms").arg(builds).arg(elapsed.elapsed())));
        // With no further delta, the last text still shows within about one interval.
        QTRY_COMPARE_WITH_TIMEOUT(shownText(), renderedAs(text), 1000);

        // Finished: rendered exactly, and the row measured for the final text.
        const QString tail = QStringLiteral("\n\nThe **end**.");
        transcript.conversation()->appendToReply(reply, tail);
        text += tail;
        transcript.conversation()->finishReply(reply, MessageState::Complete);
        view.setStreamingId(0);
        view.viewport()->repaint();
        QCOMPARE(shownText(), renderedAs(text));
        const QModelIndex index = shown.proxy.index(1, 0);
        QTRY_COMPARE(view.visualRect(index).height(),
            view.messageDelegate()->sizeHint(view.optionFor(index), index).height());
    }
    void cachedDocumentOutlivesItsRebuild()
    {
        // What paintBody() does: take the document, then ask again (for the Copy buttons) after
        // the streaming throttle ran out. The second call rebuilds the entry; the first must live on.
        MessageDocumentCache cache;
        cache.setThrottled(7, 1);
        const QFont font;
        const QString before = QStringLiteral("```cpp\nint a;\n```\n");
        const QString after = before + QStringLiteral("\nmore\n\n```py\nb = 2\n```\n");
        const auto first = cache.render(7, 0, before, TextKind::Markdown, 300, font);
        std::shared_ptr<const RenderedText> second;
        QTRY_VERIFY((second = cache.render(7, 0, after, TextKind::Markdown, 300, font)) != first);
        QCOMPARE(second->codeBlocks.size(), 2);
        QCOMPARE(first->codeBlocks.size(), 1);
        QCOMPARE(first->codeBlocks.first().language, QStringLiteral("cpp"));
        QVERIFY(first->doc->toPlainText().contains(QLatin1String("int a;")));
        // Laid out at another width while held: the holder's layout does not change under it.
        const auto narrow = cache.render(8, 0, after, TextKind::Markdown, 300, font);
        const auto wide = cache.render(8, 0, after, TextKind::Markdown, 600, font);
        QCOMPARE(narrow->width, 300);
        QCOMPARE(wide->width, 600);
        QCOMPARE(narrow->codeBlocks.first().rect.width(), 300.0);
        // Evicted while held: still whole.
        cache.clear();
        QCOMPARE(second->codeBlocks.last().language, QStringLiteral("py"));
    }

    void cutStreamingTextOnlyChangesItsNote()
    {
        // Past the shown length, a streaming reply's document keeps its text and gets a new
        // note on what is hidden, rather than being parsed and laid out again every interval.
        MessageDocumentCache cache;
        cache.setThrottled(7, 1);
        const QFont font;
        QString text = QStringLiteral("a line of streamed prose\n").repeated(3000);
        const auto first = cache.render(7, 0, text, TextKind::Markdown, 400, font);
        const int builds = cache.buildCount();
        text += QStringLiteral("and more");
        std::shared_ptr<const RenderedText> second;
        QTRY_VERIFY((second = cache.render(7, 0, text, TextKind::Markdown, 400, font)) != first);
        QCOMPARE(cache.buildCount(), builds);
        const auto expected = MessageDocumentCache::createDocument(text, TextKind::Markdown, font);
        QCOMPARE(second->doc->toPlainText(), expected->toPlainText());
        MessageDocumentCache fresh;
        QCOMPARE(second->size, fresh.render(7, 0, text, TextKind::Markdown, 400, font)->size);
        // The one held before keeps its own note.
        QVERIFY(first->doc->toPlainText() != second->doc->toPlainText());
        // A change in the shown part is parsed again.
        text.prepend(QStringLiteral("new start "));
        QTRY_COMPARE(cache.render(7, 0, text, TextKind::Markdown, 400, font)->doc->toPlainText(),
            MessageDocumentCache::createDocument(text, TextKind::Markdown, font)->toPlainText());
        QVERIFY(cache.buildCount() > builds);
    }

    void streamingWhileScrollingAndRepainting()
    {
        // The crash of issue 10: the mouse wheel turns while a long reply (reasoning, a table,
        // code blocks) streams into the open chat. The throttle is 1-4 ms here, so it runs out
        // in the middle of paints and the delegate's document is rebuilt under them (under ASan
        // a dangling entry is a report, without it a crash now and then).
        const qint64 session = TestUtil::makeSession(m_store.get(), 40);
        ShownView shown(m_store.get(), QSize(600, 400));
        TranscriptModel &transcript = shown.transcript;
        ChatView &view = shown.view;
        QPalette dark = view.palette();
        dark.setColor(QPalette::Base, Qt::black);
        dark.setColor(QPalette::Text, Qt::white);
        view.setPalette(dark);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        transcript.conversation()->setSession(session);
        const qint64 reply = transcript.conversation()->beginReply(QStringLiteral("m"));
        view.setStreamingId(reply);
        MessageDelegate *delegate = view.messageDelegate();
        delegate->setThinkingExpanded(reply, true);

        const QString piece = QStringLiteral(
            "Some text with **bold** and a [link](https://example.org).\n\n| a | b "
            "|\n|---|---|\n| 1 | 2 |\n\n"
            "```cpp\nint main() { return %1; }\n```\n\nThen:\n\n```\nplain code %1\n```\n\n");
        QString text;
        QString reasoning;
        const QPoint middle = view.viewport()->rect().center();
        int step = 0;
        for (int round = 0; round < 30; ++round) {
            const QString markdown = piece.arg(round);
            for (qsizetype at = 0; at < markdown.size(); at += 7, ++step) {
                delegate->setStreamingId(reply, 1 + step % 4);
                const QString delta = markdown.mid(at, 7);
                const QString thought = step % 5 ? QString() : QStringLiteral("thinking %1 ").arg(step);
                text += delta;
                reasoning += thought;
                transcript.conversation()->appendToReply(reply, delta, thought);
                QWheelEvent wheel(QPointF(middle), QPointF(view.viewport()->mapToGlobal(middle)), QPoint(),
                    QPoint(0, step % 6 < 3 ? 120 : -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                    false);
                QCoreApplication::sendEvent(view.viewport(), &wheel);
                view.viewport()->repaint();
                QCoreApplication::processEvents();
            }
        }
        transcript.conversation()->finishReply(reply, MessageState::Complete);
        view.setStreamingId(0);
        view.scrollToBottom();
        view.viewport()->repaint();
        const auto stored = m_store->message(reply);
        QVERIFY(stored);
        QCOMPARE(stored->content, text);
        QCOMPARE(stored->reasoning, reasoning);
        const auto rendered = delegate->documentCache().peek(reply, 0);
        QVERIFY(rendered);
        QCOMPARE(rendered->codeBlocks.size(), 60);
        QCOMPARE(rendered->codeBlocks.at(0).language, QStringLiteral("cpp"));
        QCOMPARE(rendered->codeBlocks.at(1).language, QString());
    }
};

QTEST_MAIN(TestChatView)
#include "tst_chatview.moc"
