// The transcript view on its own: paging older rows in at the top without a jump, following
// the bottom, markdown rendering with code-block Copy buttons, and the proxy's model contract.
#include "models/transcriptmodel.h"
#include "storage/sessionstore.h"
#include "testutil.h"
#include "views/chatview.h"
#include "views/messagedelegate.h"
#include "views/transcriptviewproxy.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

// A ChatView over a TranscriptModel of `store`, shown at `size`.
struct ShownView
{
    ShownView(SessionStore *store, const QSize &size, int pageSize = 100)
        : transcript(store)
        , proxy(&transcript)
    {
        transcript.setPageSize(pageSize);
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
        transcript.setPageSize(100);
        TranscriptViewProxy proxy(&transcript);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        transcript.setSession(session);
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
        transcript.setSession(session);
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
        transcript.setSession(session);
        const qint64 reply = transcript.beginReply(QStringLiteral("m"));
        QVERIFY(reply);
        QScrollBar *bar = view.verticalScrollBar();
        for (int i = 0; i < 40; ++i) {
            transcript.appendToReply(reply, QStringLiteral("word %1 and some more words to wrap\n\n").arg(i));
            QCoreApplication::processEvents();
        }
        QTRY_COMPARE(bar->value(), bar->maximum());
        // Once the user scrolls up, new text no longer pulls the view down.
        bar->setValue(bar->maximum() / 2);
        const int kept = bar->value();
        for (int i = 0; i < 10; ++i) {
            transcript.appendToReply(reply, QStringLiteral("more text\n\n"));
            QCoreApplication::processEvents();
        }
        QTest::qWait(50);
        QCOMPARE(bar->value(), kept);
        transcript.finishReply(reply, MessageState::Complete);
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
        transcript.setSession(session);
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
        transcript.setSession(session);
        const QModelIndex index = proxy.index(0, 0);
        const int small = view.messageDelegate()->sizeHint(view.optionFor(index), index).height();
        const qint64 streaming = transcript.beginReply(QStringLiteral("m"));
        transcript.appendToReply(streaming, QString(QStringLiteral("long line of text ")).repeated(60));
        view.doItemsLayout();
        const QModelIndex grown = proxy.index(1, 0);
        QVERIFY(view.visualRect(grown).height() > small);
        transcript.finishReply(streaming, MessageState::Complete);
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
        shown.transcript.setSession(session);
        MessageDelegate *delegate = shown.view.messageDelegate();
        const QModelIndex index = shown.proxy.index(1, 0);
        const auto height = [&] { return delegate->sizeHint(shown.view.optionFor(index), index).height(); };
        const int plain = height();
        QCOMPARE(height(), plain); // cached
        const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
        delegate->setThinkingExpanded(id, true);
        const int expanded = height();
        QVERIFY(expanded > plain);
        delegate->setContextMarker(id, 1, false);
        const int marked = height();
        QVERIFY(marked > expanded);
        delegate->setContextMarker(0, 0, false);
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
        transcript.setSession(session);
        const qint64 reply = transcript.beginReply(QStringLiteral("m"));
        view.setStreamingId(reply);
        const MessageDocumentCache &cache = view.messageDelegate()->documentCache();
        const auto shownText = [&] {
            const RenderedText *rendered = cache.peek(reply, 0);
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
            transcript.appendToReply(reply, delta);
            view.viewport()->repaint();
            QTest::qWait(1);
        }
        const int builds = cache.buildCount() - buildsBefore;
        const int allowed = int(elapsed.elapsed() / ChatView::StreamRenderIntervalMs) + 3;
        QVERIFY2(builds <= allowed,
            qPrintable(QStringLiteral("%1 parses in %2 ms").arg(builds).arg(elapsed.elapsed())));
        QVERIFY(builds < 100);
        // With no further delta, the last text still shows within about one interval.
        QTRY_COMPARE_WITH_TIMEOUT(shownText(), renderedAs(text), 1000);

        // Finished: rendered exactly, and the row measured for the final text.
        const QString tail = QStringLiteral("\n\nThe **end**.");
        transcript.appendToReply(reply, tail);
        text += tail;
        transcript.finishReply(reply, MessageState::Complete);
        view.setStreamingId(0);
        view.viewport()->repaint();
        QCOMPARE(shownText(), renderedAs(text));
        const QModelIndex index = shown.proxy.index(1, 0);
        QTRY_COMPARE(view.visualRect(index).height(),
            view.messageDelegate()->sizeHint(view.optionFor(index), index).height());
    }
};

QTEST_MAIN(TestChatView)
#include "tst_chatview.moc"
