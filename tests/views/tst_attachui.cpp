// Attachments in the window, offscreen against the loopback server: paste an image, drop
// files, remove a chip, the refusals in the notice bar, what the next request carries in the
// status bar, and the files shown with their message.
#include "attachmentfixtures.h"
#include "guitestfixture.h"
#include "models/chatcontroller.h"
#include "models/transcriptmodel.h"
#include "views/attachmentbar.h"
#include "views/attachmentchip.h"
#include "views/attachmenttiles.h"
#include "views/attachmentviewer.h"
#include "views/chatpane.h"
#include "views/chatview.h"
#include "views/composer.h"
#include "views/composeredit.h"
#include "views/mainwindow.h"
#include "views/messagedelegate.h"
#include "views/noticebar.h"
#include "views/profileeditor.h"
#include "views/transcriptviewproxy.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QUrl>

class TestAttachUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiTestFixture> m_app;

    TranscriptModel *transcript() const { return m_app->window->transcript(); }
    ChatController *controller() const { return m_app->window->controller(); }
    ChatPane *pane() const { return m_app->window->chatPane(); }
    AttachmentBar *bar() const { return pane()->composer()->attachmentBar(); }
    QString statusText() const { return m_app->statusText(); }
    QJsonObject lastUserMessage() const
    {
        return m_app->server.requests()
            .last()
            .json()
            .value(QLatin1String("messages"))
            .toArray()
            .last()
            .toObject();
    }
    // Drags `mime` over the message box and drops it, as a file manager would.
    void drop(QMimeData *mime)
    {
        QWidget *target = pane()->composer()->editor()->viewport();
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        QDropEvent dropped(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropped);
    }
    void typeAndSend(const QString &text) { m_app->typeAndSend(text); }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<GuiTestFixture>();
        // The model list is not what these tests are about: it must not take a queued reply.
        m_app->server.setRoute("GET", "/models", LoopbackServer::json(404, "{}"));
        QVERIFY(m_app->start());
        new QAbstractItemModelTester(
            pane()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_app->window.get());
    }
    void cleanup() { m_app.reset(); }

    void pastedImageIsAChipAndIsSent()
    {
        QImage screenshot(40, 30, QImage::Format_RGB32);
        screenshot.fill(Qt::magenta);
        QApplication::clipboard()->setImage(screenshot);
        QVERIFY(!pane()->composer()->sendButton()->isEnabled());
        ComposerEdit *edit = pane()->composer()->editor();
        edit->setFocus();
        QTest::keySequence(edit, QKeySequence::Paste);
        QCOMPARE(bar()->chips().size(), 1);
        QVERIFY(bar()->isVisible());
        const Attachment pasted = bar()->attachments().first();
        QVERIFY(pasted.name.startsWith(QLatin1String("pasted-")));
        QCOMPARE(pasted.mimeType, QStringLiteral("image/png"));
        QCOMPARE(QSize(pasted.width, pasted.height), QSize(40, 30));
        QVERIFY(edit->toPlainText().isEmpty()); // not pasted as text
        // An image alone can be sent; the status bar already counts it.
        QVERIFY(pane()->composer()->sendButton()->isEnabled());
        QTRY_VERIFY2(statusText().contains(pasted.name), qPrintable(statusText()));

        m_app->server.enqueue(GuiTestFixture::basicReply());
        typeAndSend(QStringLiteral("What is this?"));
        QTRY_COMPARE(m_app->server.requests().size(), 1);
        const QJsonArray parts = lastUserMessage().value(QLatin1String("content")).toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(
            parts.at(0).toObject().value(QLatin1String("text")).toString(), QStringLiteral("What is this?"));
        QVERIFY(parts.at(1)
                    .toObject()
                    .value(QLatin1String("image_url"))
                    .toObject()
                    .value(QLatin1String("url"))
                    .toString()
                    .startsWith(QLatin1String("data:image/png;base64,")));
        QTRY_VERIFY(!controller()->isBusy());
        QCOMPARE(pane()->proxy()->index(1, 0).data(TranscriptModel::ContentRole).toString(),
            GuiTestFixture::basicReplyText());
        // Sent: the chips are gone, and the message shows what it carried.
        QVERIFY(bar()->isEmpty());
        QVERIFY(!bar()->isVisible());
        const QVariantList files
            = pane()->proxy()->index(0, 0).data(TranscriptModel::AttachmentsRole).toList();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().toMap().value(QStringLiteral("name")).toString(), pasted.name);
        // The next request carries it again, and says so.
        QTRY_VERIFY2(statusText().contains(QLatin1String("1 attachment")), qPrintable(statusText()));

        // Its tile under the text opens it full size; Save As writes the original bytes.
        ChatView *view = pane()->view();
        const QModelIndex index = view->model()->index(0, 0);
        view->scrollTo(index);
        const MessageGeometry geo = view->messageDelegate()->geometry(view->optionFor(index), index, true);
        QVERIFY(!geo.attachments.isEmpty());
        QRect tile;
        for (const auto &area : geo.buttons) {
            if (area.button == MessageGeometry::Button::Attachment)
                tile = area.rect;
        }
        QVERIFY(!tile.isEmpty());
        QVERIFY(view->messageDelegate()->isClickable(view->optionFor(index), index, tile.center()));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, tile.center());
        AttachmentViewer *viewer = nullptr;
        QTRY_VERIFY((viewer = pane()->findChild<AttachmentViewer *>()) != nullptr);
        QVERIFY(viewer->imageLabel());
        QCOMPARE(viewer->imageLabel()->pixmap().size(), QSize(40, 30));
        const QString saved = QDir(m_app->dir.path()).filePath(QStringLiteral("saved.png"));
        QString error;
        QVERIFY2(viewer->saveTo(saved, &error), qPrintable(error));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(AttachmentFixtures::sha256(file.readAll()),
            files.first().toMap().value(QStringLiteral("sha256")).toString());
        viewer->close();
    }

    void droppedFilesAreChipsThatCanBeRemoved()
    {
        const QString png = AttachmentFixtures::write(
            m_app->dir.path(), QStringLiteral("chart.png"), AttachmentFixtures::png(QSize(20, 20)));
        const QString pdf = AttachmentFixtures::write(m_app->dir.path(), QStringLiteral("notes.pdf"),
            AttachmentFixtures::pdf(QStringLiteral("Drop test 7")));
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(png), QUrl::fromLocalFile(pdf)});
        drop(mime);
        QCOMPARE(bar()->chips().size(), 2);
        QCOMPARE(bar()->chips().at(1)->accessibleName(), QStringLiteral("Attachment notes.pdf"));
        // Take the image out again before sending.
        bar()->chips().at(0)->removeButton()->click();
        QCOMPARE(bar()->attachments().size(), 1);
        QTRY_COMPARE(bar()->chips().size(), 1);

        m_app->server.enqueue(GuiTestFixture::basicReply());
        typeAndSend(QStringLiteral("Summarise."));
        QTRY_COMPARE(m_app->server.requests().size(), 1);
        const QJsonArray parts = lastUserMessage().value(QLatin1String("content")).toArray();
        QCOMPARE(parts.size(), 1); // the PDF as text, no image
        QVERIFY(parts.at(0)
                    .toObject()
                    .value(QLatin1String("text"))
                    .toString()
                    .contains(QLatin1String("Drop test 7")));
        delete mime;
    }

    void whatCannotBeAttachedIsSaidAndNothingIsLost()
    {
        pane()->composer()->setText(QStringLiteral("my words"));
        QByteArray binary(2048, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 131) & 0xff);
        const QString bad = AttachmentFixtures::write(m_app->dir.path(), QStringLiteral("data.bin"), binary);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(bad)});
        drop(&mime);
        QVERIFY(bar()->isEmpty());
        QVERIFY(pane()->notice()->isVisible());
        QVERIFY2(pane()->notice()->text().contains(QLatin1String("data.bin")),
            qPrintable(pane()->notice()->text()));
        QCOMPARE(pane()->composer()->text(), QStringLiteral("my words"));
        QCOMPARE(m_app->server.requests().size(), 0);
    }

    void aDocumentsTextOpensInPlace()
    {
        const QString pdf = AttachmentFixtures::write(m_app->dir.path(), QStringLiteral("report.pdf"),
            AttachmentFixtures::pdf(QStringLiteral("Quarterly figures")));
        // Markup in a file is its text, never formatting.
        const QString notesText = QStringLiteral("<b>not bold</b>\nline two\n");
        const QString notes
            = AttachmentFixtures::write(m_app->dir.path(), QStringLiteral("notes.txt"), notesText.toUtf8());
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(pdf), QUrl::fromLocalFile(notes)});
        drop(&mime);
        QCOMPARE(bar()->chips().size(), 2);
        m_app->server.enqueue(GuiTestFixture::basicReply());
        typeAndSend(QStringLiteral("Read these."));
        QTRY_COMPARE(m_app->server.requests().size(), 1);
        QTRY_VERIFY(!controller()->isBusy());

        ChatView *view = pane()->view();
        auto *tiles = pane()->findChild<AttachmentTiles *>();
        QVERIFY(tiles);
        const QModelIndex index = view->model()->index(0, 0);
        const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
        view->scrollTo(index);
        const auto documentRows = [&] {
            QList<MessageGeometry::ButtonArea> rows;
            for (const auto &area :
                view->messageDelegate()->geometry(view->optionFor(index), index, true).buttons) {
                if (area.button == MessageGeometry::Button::Document)
                    rows << area;
            }
            return rows;
        };
        QCOMPARE(documentRows().size(), 2);
        // "1 page(s)" without a translator loaded, "1 page" with one.
        const QString pdfRow = documentRows().at(0).label;
        QVERIFY2(pdfRow.startsWith(QStringLiteral("report.pdf — 1 page"))
                && pdfRow.endsWith(QLatin1String(", 2 words")),
            qPrintable(pdfRow));
        const QString notesRow = documentRows().at(1).label;
        QVERIFY2(notesRow.startsWith(QStringLiteral("notes.txt — 2 line"))
                && notesRow.endsWith(QLatin1String(", 4 words")),
            qPrintable(notesRow));
        const int collapsed = view->visualRect(index).height();

        // A click opens the PDF's text under its row; the row grows by it.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, documentRows().at(0).rect.center());
        QVERIFY(tiles->isExpanded(id, 0));
        QTRY_VERIFY(view->visualRect(index).height() > collapsed);
        const QVariantList files = index.data(TranscriptModel::AttachmentsRole).toList();
        const QTextDocument *shown
            = tiles->document(files.at(0).toMap(), documentRows().at(0).rect.width() - 16, view->font());
        QVERIFY2(shown->toPlainText().contains(QLatin1String("Quarterly figures")),
            qPrintable(shown->toPlainText()));
        QCOMPARE(shown->toPlainText(), files.at(0).toMap().value(QStringLiteral("text")).toString());
        QVERIFY(!view->grab().isNull()); // painted with the text open

        // The keyboard reaches the notes' row: Left/Right to it, Space opens it.
        view->setFocus();
        view->setCurrentIndex(index);
        const QList<MessageGeometry::ButtonArea> actions = view->rowActions(0);
        int action = -1;
        for (int i = 0; i < actions.size(); ++i) {
            if (actions.at(i).button == MessageGeometry::Button::Document && actions.at(i).codeBlock == 1)
                action = i;
        }
        QVERIFY(action >= 0);
        while (view->keyboardAction() < action)
            QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(view->rowActionName(0, action), QStringLiteral("Show the text of ") + notesRow);
        const int onePdf = view->visualRect(index).height();
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(tiles->isExpanded(id, 1));
        QTRY_VERIFY(view->visualRect(index).height() > onePdf);
        const QTextDocument *notesShown
            = tiles->document(files.at(1).toMap(), documentRows().at(1).rect.width() - 16, view->font());
        QCOMPARE(notesShown->toPlainText(), notesText);
        QVERIFY(!notesShown->toHtml().contains(QLatin1String("<b>"))); // shown as "&lt;b&gt;"

        // Both close again; the row is as it was, and Open still opens the file.
        QTest::keyClick(view, Qt::Key_Space);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, documentRows().at(0).rect.center());
        QVERIFY(!tiles->isExpanded(id, 0));
        QVERIFY(!tiles->isExpanded(id, 1));
        QTRY_COMPARE(view->visualRect(index).height(), collapsed);
        AttachmentViewer *viewer = pane()->openAttachment(0, 1);
        QVERIFY(viewer && viewer->textView());
        QCOMPARE(viewer->textView()->toPlainText(), notesText);
        viewer->close();
    }

    void theProfileEditorKeepsThePdfAndSizeOptions()
    {
        ProfileEditor editor(nullptr);
        ProviderProfile profile;
        profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
        profile.nativePdf = true;
        profile.maxRequestBytes = 5000; // from the settings file; not edited here, not lost
        editor.setProfile(profile);
        QVERIFY(editor.nativePdfBox()->isChecked());
        QVERIFY(editor.nativePdfBox()->isEnabled());
        QVERIFY(editor.profile().nativePdf);
        QCOMPARE(editor.profile().maxRequestBytes, 5000);
        editor.nativePdfBox()->setChecked(false);
        QVERIFY(!editor.profile().nativePdf);
        // Only OpenAI-compatible servers are asked: the others' PDF handling is their API's.
        editor.nativePdfBox()->setChecked(true);
        profile.kind = ProviderKind::OllamaNative;
        editor.setProfile(profile);
        QVERIFY(!editor.nativePdfBox()->isEnabled());
        QVERIFY(!editor.profile().nativePdf);
    }

    void aModelWithoutVisionKeepsTheImageInTheComposer()
    {
        // The server says its model sees no images (llama.cpp /props).
        m_app->server.setRoute("GET", "/props",
            LoopbackServer::json(
                200, R"({"default_generation_settings":{"n_ctx":4096},"modalities":{"vision":false}})"));
        m_app->server.enqueue(GuiTestFixture::basicReply());
        typeAndSend(QStringLiteral("Hello"));
        QTRY_COMPARE(m_app->server.requests().size(), 1);
        QTRY_VERIFY(!controller()->isBusy());
        QTRY_COMPARE(controller()->serverLimits().vision, 0);

        QMimeData mime;
        mime.setImageData(QImage(16, 16, QImage::Format_RGB32));
        drop(&mime);
        QCOMPARE(bar()->chips().size(), 1);
        typeAndSend(QStringLiteral("See?"));
        QTRY_VERIFY(pane()->notice()->isVisible());
        QVERIFY2(pane()->notice()->text().contains(QLatin1String("does not take images")),
            qPrintable(pane()->notice()->text()));
        QCOMPARE(m_app->server.requests().size(), 1);
        QCOMPARE(bar()->chips().size(), 1);
        QCOMPARE(pane()->composer()->text(), QStringLiteral("See?"));
        QCOMPARE(transcript()->rowCount(), 2);
    }
};

QTEST_MAIN(TestAttachUi)
#include "tst_attachui.moc"
