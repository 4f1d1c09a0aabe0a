// Model output and server text are untrusted: the app started offscreen on chats whose replies
// name local files, carry raw HTML and links of every scheme, or are huge; labels fed by servers;
// the endpoint field. Nothing here may read a file, follow a link by itself or freeze the window.
#include "guitestfixture.h"
#include "models/chatcontroller.h"
#include "models/transcriptmodel.h"
#include "settings/profilestore.h"
#include "storage/sessionstore.h"
#include "views/chatpane.h"
#include "views/chatview.h"
#include "views/mainwindow.h"
#include "views/messagedelegate.h"
#include "views/messageviewer.h"
#include "views/noticebar.h"
#include "views/profileeditor.h"
#include "views/safetextdocument.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

// Receives what QDesktopServices would hand to the desktop (set as the handler of each scheme).
class OpenedUrls : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestUntrustedContent : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiTestFixture> m_app;
    OpenedUrls m_opened;

    // Stores a chat whose reply is `reply` and starts the app on it, as a restart would.
    qint64 startOnChat(const QString &reply)
    {
        qint64 replyId = 0;
        {
            SessionStore store;
            if (!store.open(m_app->dir.filePath(QStringLiteral("confab.sqlite"))))
                return 0;
            const qint64 session = store.createSession(QStringLiteral("Untrusted"));
            Message question;
            question.sessionId = session;
            question.role = QStringLiteral("user");
            question.content = QStringLiteral("Show me");
            Message answer;
            answer.sessionId = session;
            answer.parentId = store.addMessage(question);
            answer.role = QStringLiteral("assistant");
            answer.content = reply;
            replyId = store.addMessage(answer);
        }
        if (!m_app->start())
            return 0;
        view()->doItemsLayout();
        return replyId;
    }
    ChatView *view() const { return m_app->window->chatPane()->view(); }
    QModelIndex replyIndex() const { return view()->model()->index(1, 0); }
    std::shared_ptr<const RenderedText> rendered(qint64 id) const
    {
        return view()->messageDelegate()->documentCache().peek(id, 0);
    }
    // Viewport point of text position `position` in the reply's body.
    QPoint pointOf(const QModelIndex &index, int position) const
    {
        const MessageGeometry geo
            = view()->messageDelegate()->geometry(view()->optionFor(index), index, true);
        const auto text = rendered(index.data(TranscriptModel::IdRole).toLongLong());
        const QTextBlock block = text->doc->findBlock(position);
        const QTextLine line = block.layout()->lineForTextPosition(position - block.position());
        const QPointF at = block.layout()->position()
            + QPointF(line.cursorToX(position - block.position()), line.y() + line.height() / 2);
        return geo.body.topLeft() + at.toPoint();
    }
    static QByteArray png(const QSize &size, QImage::Format format = QImage::Format_RGB32)
    {
        QImage image(size, format);
        image.fill(0);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *scheme :
            {"http", "https", "mailto", "file", "javascript", "ms-msdt", "smb", "confab-evil"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &m_opened, "open");
    }
    void cleanupTestCase()
    {
        for (const char *scheme :
            {"http", "https", "mailto", "file", "javascript", "ms-msdt", "smb", "confab-evil"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    }
    void init()
    {
        m_opened.urls.clear();
        m_app = std::make_unique<GuiTestFixture>();
    }
    void cleanup() { m_app.reset(); }

    void imagesNeverReadFilesOrTheNetwork()
    {
        const QString picture = m_app->dir.filePath(QStringLiteral("picture.png"));
        {
            QFile file(picture);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(png(QSize(600, 600)));
        }
        const QString inlineImage
            = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png(QSize(4, 3)).toBase64());
        // Few bytes, a huge picture: refused before decoding.
        const QString bomb = QStringLiteral("data:image/png;base64,")
            + QString::fromLatin1(png(QSize(5000, 5000), QImage::Format_Mono).toBase64());
        const QStringList blocked {QStringLiteral("/dev/zero"), QUrl::fromLocalFile(picture).toString(),
            picture, QStringLiteral("//host/share/a.png"), QStringLiteral("https://example.invalid/a.png"),
            bomb};
        QString reply = QStringLiteral("Diagram:\n\n");
        for (const QString &name : blocked)
            reply += QStringLiteral("![x](") + name + QStringLiteral(")\n\n");
        reply += QStringLiteral("![ok](") + inlineImage + QStringLiteral(")\n");

        // /dev/zero read as an image aborted the app (bad_alloc) at every start.
        const qint64 id = startOnChat(reply);
        QVERIFY(id > 0);
        QTRY_VERIFY(rendered(id));
        view()->viewport()->repaint(); // the images are drawn, not only measured
        auto *doc = qobject_cast<SafeTextDocument *>(rendered(id)->doc.get());
        QVERIFY(doc);
        QVERIFY(doc->refusedResources() >= blocked.size());
        for (const QString &name : blocked)
            QCOMPARE(doc->resource(QTextDocument::ImageResource, QUrl(name)).value<QImage>(),
                SafeTextDocument::placeholder());
        QCOMPARE(doc->resource(QTextDocument::ImageResource, QUrl(inlineImage)).value<QImage>().size(),
            QSize(4, 3));
        // The 600-pixel picture on disk was not laid out either (no fallback loading from the path).
        QVERIFY(rendered(id)->size.height() < 600);

        // "Select text…" shows the same text with the same rules.
        MessageViewer viewer(reply, true);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        auto *viewerDoc = qobject_cast<SafeTextDocument *>(viewer.browser()->document());
        QVERIFY(viewerDoc);
        viewer.browser()->viewport()->repaint();
        QCOMPARE(viewerDoc->resource(QTextDocument::ImageResource, QUrl(picture)).value<QImage>(),
            SafeTextDocument::placeholder());
        QVERIFY(viewerDoc->size().height() < 600);
    }

    void rawHtmlShowsAsText()
    {
        const QString reply = QStringLiteral(
            "Pay at <a href=\"file:///etc/passwd\">https://bank.example</a> now. "
            "<font color=\"red\" size=\"7\">BIG</font> <span style=\"font-size:80px\">huge</span> "
            "<img src=\"/dev/zero\"> end\n\n<div style=\"display:none\">hidden</div>\n");
        const qint64 id = startOnChat(reply);
        QVERIFY(id > 0);
        QTRY_VERIFY(rendered(id));
        QTextDocument *doc = rendered(id)->doc.get();
        const QString text = doc->toPlainText();
        for (const char *literal :
            {"<a href=\"file:///etc/passwd\">", "<font color=\"red\" size=\"7\">",
                "<span style=\"font-size:80px\">", "<img src=\"/dev/zero\">", "<div style=\"display:none\">"})
            QVERIFY2(text.contains(QLatin1String(literal)), qPrintable(text));
        const qreal base = doc->defaultFont().pointSizeF();
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                QVERIFY2(!format.isAnchor(), qPrintable(it.fragment().text()));
                QVERIFY(!format.isImageFormat());
                QVERIFY(
                    !format.hasProperty(QTextFormat::FontPointSize) || format.fontPointSize() <= base * 2);
                QVERIFY(!format.hasProperty(QTextFormat::ForegroundBrush));
            }
        }
    }

    void linksOpenOnlyThroughTheHelper_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("direct");
        QTest::newRow("https") << QStringLiteral("https://example.org/a?b=c") << true;
        QTest::newRow("http") << QStringLiteral("http://example.org/") << true;
        QTest::newRow("mailto") << QStringLiteral("mailto:someone@example.org") << true;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("ms-msdt") << QStringLiteral("ms-msdt:-id%20PCWDiagnostic") << false;
        QTest::newRow("smb") << QStringLiteral("smb://host/share/doc.lnk") << false;
        QTest::newRow("custom") << QStringLiteral("confab-evil:payload") << false;
    }
    void linksOpenOnlyThroughTheHelper()
    {
        QFETCH(QString, url);
        QFETCH(bool, direct);
        const qint64 id = startOnChat(QStringLiteral("Here: [click me](") + url + QStringLiteral(") now."));
        QVERIFY(id > 0);
        QTRY_VERIFY(rendered(id));
        const int at = int(rendered(id)->doc->toPlainText().indexOf(QStringLiteral("click me"))) + 3;
        const QPoint point = pointOf(replyIndex(), at);
        QCOMPARE(
            view()->messageDelegate()->anchorAt(view()->optionFor(replyIndex()), replyIndex(), point), url);

        if (direct) {
            QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, point);
            QTRY_COMPARE(m_opened.urls, QList<QUrl> {QUrl(url)});
            return;
        }
        // Anything else: the full URL first, as plain text; Cancel opens nothing...
        QString shown;
        bool asked = false;
        whenModal<QMessageBox>(
            [&shown](QMessageBox *box) {
                QCOMPARE(box->textFormat(), Qt::PlainText);
                shown = box->text();
                box->button(QMessageBox::Cancel)->click();
            },
            &asked);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, point);
        QTRY_VERIFY(asked);
        QVERIFY2(shown.contains(QUrl(url).toString(QUrl::FullyEncoded)), qPrintable(shown));
        QVERIFY(m_opened.urls.isEmpty());
        // ...and Open does.
        whenModal<QMessageBox>([](QMessageBox *box) {
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        });
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, point);
        QTRY_COMPARE(m_opened.urls, QList<QUrl> {QUrl(url)});
    }

    void selectTextViewerFollowsNoLink()
    {
        const QString passwd = QStringLiteral("file:///etc/passwd");
        MessageViewer viewer(QStringLiteral("See [the notes](") + passwd + QStringLiteral(") here."), true);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QTextBrowser *browser = viewer.browser();
        QVERIFY(!browser->openLinks());
        QVERIFY(!browser->openExternalLinks());
        const QString before = browser->document()->toPlainText();
        QTextCursor cursor(browser->document());
        cursor.setPosition(int(before.indexOf(QStringLiteral("notes"))) + 2);
        const QPoint point = browser->cursorRect(cursor).center();
        QCOMPARE(browser->anchorAt(point), passwd);

        bool asked = false;
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); }, &asked);
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
        QTRY_VERIFY(asked);
        // The viewer still shows the message, not /etc/passwd; nothing was opened.
        QCOMPARE(browser->document()->toPlainText(), before);
        QVERIFY(browser->source().isEmpty());
        QVERIFY(m_opened.urls.isEmpty());
    }

    void serverTextInLabelsIsPlain()
    {
        const QByteArray markup = "<img src=\\\"/dev/zero\\\"><b>bold</b>";
        // A model id from the server's list, saved in the profile: shown at every start.
        QVERIFY(m_app->start());
        auto profile = *m_app->profiles->profile(QStringLiteral("loopback"));
        profile.model = QStringLiteral("<img src=\"/dev/zero\"><b>bold</b>");
        QVERIFY(m_app->profiles->updateProfile(profile));
        m_app->restart();
        QLabel *model = m_app->window->modelLabel();
        QCOMPARE(model->textFormat(), Qt::PlainText);
        QVERIFY2(model->text().contains(QLatin1String("<img src=\"/dev/zero\">")), qPrintable(model->text()));
        QCOMPARE(m_app->window->tokenLabel()->textFormat(), Qt::PlainText);

        // A failed reply whose error body is markup: the notice bars and the row keep it as text.
        for (NoticeBar *bar : {m_app->window->notice(), m_app->window->chatPane()->notice()}) {
            for (QLabel *label : bar->findChildren<QLabel *>())
                QCOMPARE(label->textFormat(), Qt::PlainText);
        }

        // Test connection shows what the server answered, as text.
        m_app->server.enqueue(LoopbackServer::json(401, "{\"error\":{\"message\":\"" + markup + "\"}}"));
        QNetworkAccessManager nam;
        ProfileEditor editor(&nam);
        editor.setProfile(profile);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.testButton()->click();
        QTRY_VERIFY(editor.statusLabel()->text().contains(QLatin1String("<b>bold</b>")));
        QCOMPARE(editor.statusLabel()->textFormat(), Qt::PlainText);
    }

    void plainHttpToTheInternetIsWarnedAbout()
    {
        QNetworkAccessManager nam;
        ProfileEditor editor(&nam);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QLineEdit *url = editor.urlEdit();
        url->setText(QStringLiteral("api.openai.com/v1"));
        QCOMPARE(editor.profile().baseUrl, QUrl(QStringLiteral("https://api.openai.com/v1")));
        QVERIFY(editor.insecureWarning()->isHidden());
        url->setText(QStringLiteral("http://api.example.com/v1"));
        QVERIFY(!editor.insecureWarning()->isHidden());
        QCOMPARE(editor.insecureWarning()->textFormat(), Qt::PlainText);
        QVERIFY(editor.insecureWarning()->text().contains(QLatin1String("http://api.example.com/v1")));
        url->setText(QStringLiteral("localhost:11434/v1"));
        QVERIFY(editor.insecureWarning()->isHidden());
        QCOMPARE(editor.profile().baseUrl, QUrl(QStringLiteral("http://localhost:11434/v1")));

        // A saved profile like that: the chat says so before anything is sent.
        QVERIFY(m_app->start());
        auto profile = *m_app->profiles->profile(QStringLiteral("loopback"));
        profile.baseUrl = QUrl(QStringLiteral("http://api.example.com/v1"));
        QVERIFY(m_app->profiles->updateProfile(profile));
        NoticeBar *notice = m_app->window->chatPane()->notice();
        QTRY_VERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QLatin1String("not encrypted")), qPrintable(notice->text()));
    }

    void hugeTableFallsBackToPlainText()
    {
        QString table = QStringLiteral("| n | square | note |\n|---|---|---|\n");
        for (int i = 0; i < 16000; ++i)
            table += QStringLiteral("| %1 | %2 | x |\n").arg(i).arg(i * i % 997);
        QVERIFY(table.size() > 90 * 1024);
        const qint64 id = startOnChat(table);
        QVERIFY(id > 0);
        QTRY_VERIFY(rendered(id));
        const auto text = rendered(id);
        QVERIFY(text->plainFallback);
        // Plain text, no table frame to lay out, and only the start of it in the transcript.
        QVERIFY(text->doc->rootFrame()->childFrames().isEmpty());
        const QString shown = text->doc->toPlainText();
        QVERIFY(shown.size() < MessageDocumentCache::MaxShownChars + 200);
        QVERIFY(table.startsWith(shown.left(shown.indexOf(QStringLiteral("\n\n[…")))));
        QVERIFY2(shown.contains(QStringLiteral("Select text…")), qPrintable(shown.right(200)));
        // "Select text…" has all of it (as plain text too).
        MessageViewer viewer(table, true);
        QCOMPARE(viewer.browser()->document()->toPlainText(), table);
        QVERIFY(viewer.browser()->document()->rootFrame()->childFrames().isEmpty());

        // A normal table is still a table.
        const QString small = QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n");
        auto doc = MessageDocumentCache::createDocument(small, TextKind::Markdown, QFont());
        QCOMPARE(doc->rootFrame()->childFrames().size(), 1);
        QVERIFY(qobject_cast<QTextTable *>(doc->rootFrame()->childFrames().first()));
    }

    void hugeTableWhileStreamingFallsBackToo()
    {
        QByteArray sse;
        const auto delta = [&sse](const QString &text) {
            const QByteArray escaped = text.toUtf8().replace("\n", "\\n");
            sse += "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + escaped
                + "\"},\"finish_reason\":null}]}\n\n";
        };
        delta(QStringLiteral("| n | square | note |\n|---|---|---|\n"));
        for (int i = 0; i < 16000; i += 100) {
            QString rows;
            for (int j = i; j < i + 100; ++j)
                rows += QStringLiteral("| %1 | %2 | x |\n").arg(j).arg(j * j % 997);
            delta(rows);
        }
        const QString lastRow = QStringLiteral("| 15999 | %1 | x |").arg(15999 * 15999 % 997);
        LoopbackServer::Response response = LoopbackServer::sse(sse);
        response.holdAfterBody = true; // still streaming when the whole table is there
        QVERIFY(startOnChat(QStringLiteral("Hello")) > 0);
        m_app->server.enqueue(response);
        ChatController *controller = m_app->window->controller();
        QVERIFY(controller->send(QStringLiteral("A big table please")));
        TranscriptModel *transcript = m_app->window->transcript();
        QTRY_VERIFY_WITH_TIMEOUT(controller->streamingMessageId() != 0
                && transcript
                       ->data(transcript->index(transcript->rowOfId(controller->streamingMessageId()), 0),
                           TranscriptModel::ContentRole)
                       .toString()
                       .endsWith(lastRow + u'\n'),
            20000);
        const qint64 id = controller->streamingMessageId();
        // The streaming row is painted from the whole text, as plain text.
        view()->messageDelegate()->setStreamingId(0);
        view()->viewport()->repaint();
        QTRY_VERIFY(
            rendered(id) && rendered(id)->doc->toPlainText().contains(QStringLiteral("Select text…")));
        QVERIFY(rendered(id)->plainFallback);
        QVERIFY(rendered(id)->doc->rootFrame()->childFrames().isEmpty());
        controller->stop();
        QTRY_VERIFY(!controller->isBusy());
    }
};

QTEST_MAIN(TestUntrustedContent)
#include "tst_untrusted_content.moc"
