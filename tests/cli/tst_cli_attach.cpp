#include "attachmentfixtures.h"
#include "loopbackserver.h"
#include "storage/sessionstore.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Attachments through confab-cli: each protocol's format on the wire (to a real loopback
// server), the files kept once in the database, and the clear refusals.
class TestCliAttach : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_db = TestUtil::dbPath(*m_dir);
        m_server.reset(new LoopbackServer);
        QVERIFY(m_server->listen());
        m_server->setRoute("GET", "/models", LoopbackServer::json(404, "{}"));
        m_server->setDefaultResponse(
            LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("openai_chat_basic.sse"))));
        m_png = AttachmentFixtures::png(QSize(64, 48));
        m_pdf = AttachmentFixtures::pdf(QStringLiteral("Quarterly figures: 42 units"));
        m_pngPath = AttachmentFixtures::write(m_dir->path(), QStringLiteral("photo.png"), m_png);
        m_pdfPath = AttachmentFixtures::write(m_dir->path(), QStringLiteral("report.pdf"), m_pdf);
        QVERIFY(!m_pngPath.isEmpty() && !m_pdfPath.isEmpty());
    }

    void everyProtocolCarriesAnImageAndAPdf_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("fixture");
        QTest::newRow("openai") << QStringLiteral("openai") << QStringLiteral("openai_chat_basic.sse");
        QTest::newRow("anthropic") << QStringLiteral("anthropic")
                                   << QStringLiteral("anthropic_messages_basic.sse");
        QTest::newRow("gemini") << QStringLiteral("gemini")
                                << QStringLiteral("gemini_stream_generate_content.sse");
        QTest::newRow("ollama") << QStringLiteral("ollama") << QStringLiteral("ollama_native_chat.ndjson");
    }
    void everyProtocolCarriesAnImageAndAPdf()
    {
        QFETCH(QString, provider);
        QFETCH(QString, fixture);
        const QByteArray body = LoopbackServer::fixture(fixture);
        m_server->enqueue(provider == u"ollama" ? LoopbackServer::ndjson(body) : LoopbackServer::sse(body));
        const qint64 id = newSession();
        const Result r = send(id, QStringLiteral("What is in these?"),
            {QStringLiteral("--provider"), provider, QStringLiteral("--attach"), m_pngPath,
                QStringLiteral("--attach"), m_pdfPath});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_server->requests().size(), 1);
        const QJsonObject json = m_server->requests().first().json();
        const QString pngBase64 = QString::fromLatin1(m_png.toBase64());
        const QString pdfBase64 = QString::fromLatin1(m_pdf.toBase64());

        if (provider == u"openai") {
            // content parts: the text (with the PDF's extracted text before it), then the image.
            const QJsonArray parts = lastMessage(json, "messages").value(QLatin1String("content")).toArray();
            QCOMPARE(parts.size(), 2);
            const QString text = parts.at(0).toObject().value(QLatin1String("text")).toString();
            QVERIFY2(text.contains(QLatin1String("<document name=\"report.pdf\">")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("Quarterly figures: 42 units")), qPrintable(text));
            QVERIFY(text.endsWith(QLatin1String("What is in these?")));
            QCOMPARE(
                parts.at(1).toObject().value(QLatin1String("type")).toString(), QStringLiteral("image_url"));
            QCOMPARE(parts.at(1)
                         .toObject()
                         .value(QLatin1String("image_url"))
                         .toObject()
                         .value(QLatin1String("url"))
                         .toString(),
                QStringLiteral("data:image/png;base64,") + pngBase64);
        } else if (provider == u"anthropic") {
            const QJsonArray blocks = lastMessage(json, "messages").value(QLatin1String("content")).toArray();
            QCOMPARE(blocks.size(), 3);
            const QJsonObject image = blocks.at(0).toObject();
            QCOMPARE(image.value(QLatin1String("type")).toString(), QStringLiteral("image"));
            QCOMPARE(image.value(QLatin1String("source")).toObject(),
                (QJsonObject {{QStringLiteral("type"), QStringLiteral("base64")},
                    {QStringLiteral("media_type"), QStringLiteral("image/png")},
                    {QStringLiteral("data"), pngBase64}}));
            const QJsonObject document = blocks.at(1).toObject();
            QCOMPARE(document.value(QLatin1String("type")).toString(), QStringLiteral("document"));
            QCOMPARE(document.value(QLatin1String("source"))
                         .toObject()
                         .value(QLatin1String("media_type"))
                         .toString(),
                QStringLiteral("application/pdf"));
            QCOMPARE(
                document.value(QLatin1String("source")).toObject().value(QLatin1String("data")).toString(),
                pdfBase64);
            QCOMPARE(blocks.at(2).toObject().value(QLatin1String("text")).toString(),
                QStringLiteral("What is in these?"));
        } else if (provider == u"gemini") {
            const QJsonArray parts = lastMessage(json, "contents").value(QLatin1String("parts")).toArray();
            QCOMPARE(parts.size(), 3);
            QCOMPARE(parts.at(0).toObject().value(QLatin1String("inlineData")).toObject(),
                (QJsonObject {{QStringLiteral("mimeType"), QStringLiteral("image/png")},
                    {QStringLiteral("data"), pngBase64}}));
            QCOMPARE(parts.at(1).toObject().value(QLatin1String("inlineData")).toObject(),
                (QJsonObject {{QStringLiteral("mimeType"), QStringLiteral("application/pdf")},
                    {QStringLiteral("data"), pdfBase64}}));
            QCOMPARE(parts.at(2).toObject().value(QLatin1String("text")).toString(),
                QStringLiteral("What is in these?"));
        } else {
            const QJsonObject message = lastMessage(json, "messages");
            QCOMPARE(message.value(QLatin1String("images")).toArray(), QJsonArray {pngBase64});
            const QString content = message.value(QLatin1String("content")).toString();
            QVERIFY2(content.contains(QLatin1String("Quarterly figures: 42 units")), qPrintable(content));
            QVERIFY(content.endsWith(QLatin1String("What is in these?")));
        }
        // Stored with the message: show --json lists both, by name, type, size and digest.
        const QJsonArray listed = shownFiles(id);
        QCOMPARE(listed.size(), 2);
        QCOMPARE(
            listed.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("photo.png"));
        QCOMPARE(
            listed.at(0).toObject().value(QLatin1String("type")).toString(), QStringLiteral("image/png"));
        QCOMPARE(listed.at(0).toObject().value(QLatin1String("size")).toInteger(), qint64(m_png.size()));
        QCOMPARE(listed.at(0).toObject().value(QLatin1String("sha256")).toString(),
            AttachmentFixtures::sha256(m_png));
        QCOMPARE(listed.at(1).toObject().value(QLatin1String("type")).toString(),
            QStringLiteral("application/pdf"));
        QCOMPARE(listed.at(1).toObject().value(QLatin1String("sha256")).toString(),
            AttachmentFixtures::sha256(m_pdf));
    }

    void aNewProcessSendsTheEarlierImageAgain()
    {
        const qint64 id = newSession();
        QCOMPARE(
            send(id, QStringLiteral("Look at this."), {QStringLiteral("--attach"), m_pngPath}).exitCode, 0);
        // A second process knows nothing but the file.
        const Result second = send(id, QStringLiteral("And the colour?"));
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(m_server->requests().size(), 2);
        const QJsonArray messages
            = m_server->requests().at(1).json().value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 3);
        const QJsonArray parts = messages.at(0).toObject().value(QLatin1String("content")).toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(1)
                     .toObject()
                     .value(QLatin1String("image_url"))
                     .toObject()
                     .value(QLatin1String("url"))
                     .toString(),
            QStringLiteral("data:image/png;base64,") + QString::fromLatin1(m_png.toBase64()));
        QCOMPARE(messages.at(2).toObject().value(QLatin1String("content")).toString(),
            QStringLiteral("And the colour?"));

        // context --json lists what the next request carries, and counts the image by its rule.
        const QJsonObject context = QJsonDocument::fromJson(
            run({QStringLiteral("context"), QString::number(id), QStringLiteral("--json")}).out.toUtf8())
                                        .object();
        const QJsonArray sent = context.value(QLatin1String("messages")).toArray();
        const QJsonArray carried = sent.at(0).toObject().value(QLatin1String("attachments")).toArray();
        QCOMPARE(carried.size(), 1);
        QCOMPARE(carried.at(0).toObject().value(QLatin1String("sha256")).toString(),
            AttachmentFixtures::sha256(m_png));
        QCOMPARE(
            carried.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("photo.png"));
        // OpenAI's rule for a 64×48 image: one 512×512 tile, 85 + 170 tokens.
        QCOMPARE(context.value(QLatin1String("attachment_tokens")).toInt(), 255);

        // When the limits drop that turn, its image goes with it.
        const QJsonObject cut = QJsonDocument::fromJson(
            run({QStringLiteral("context"), QString::number(id), QStringLiteral("--json"),
                    QStringLiteral("--max-messages"), QStringLiteral("2")})
                .out.toUtf8())
                                    .object();
        QCOMPARE(cut.value(QLatin1String("messages")).toArray().size(), 2);
        QCOMPARE(cut.value(QLatin1String("attachment_tokens")).toInt(), 0);
        QVERIFY(!cut.value(QLatin1String("messages"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(QLatin1String("attachments")));
    }

    void theSameFileInTwoChatsIsStoredOnce()
    {
        const qint64 first = newSession();
        const qint64 second = newSession();
        QCOMPARE(send(first, QStringLiteral("One."), {QStringLiteral("--attach"), m_pngPath}).exitCode, 0);
        // Another name, same bytes: the same stored file, the name kept per message.
        const QString copy = AttachmentFixtures::write(m_dir->path(), QStringLiteral("copy.png"), m_png);
        QCOMPARE(send(second, QStringLiteral("Two."), {QStringLiteral("--attach"), copy}).exitCode, 0);
        QCOMPARE(shownFiles(second).first().toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("copy.png"));

        SessionStore store;
        QVERIFY(store.open(m_db));
        QCOMPARE(store.attachmentCount(), 1);
        // Deleted with its last message: the first chat going leaves it, the second takes it.
        QVERIFY(store.deleteSession(first));
        QCOMPARE(store.purgeDeleted(first), 1);
        QCOMPARE(store.attachmentCount(), 1);
        QVERIFY(store.deleteSession(second));
        QCOMPARE(store.purgeDeleted(second), 1);
        QCOMPARE(store.attachmentCount(), 0);
    }

    void exportAndImportKeepTheFiles()
    {
        const qint64 id = newSession();
        QCOMPARE(send(id, QStringLiteral("Both."),
                     {QStringLiteral("--attach"), m_pngPath, QStringLiteral("--attach"), m_pdfPath})
                     .exitCode,
            0);
        // JSON: the files inline (base64), imported back byte for byte.
        const QString json = QDir(m_dir->path()).filePath(QStringLiteral("chat.json"));
        QCOMPARE(run({QStringLiteral("export"), QString::number(id), QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("--output"), json})
                     .exitCode,
            0);
        // Into another database, as on another computer (the same file again would be a duplicate).
        const QString original = m_db;
        m_db = TestUtil::dbPath(*m_dir, QStringLiteral("other.sqlite"));
        const Result imported = run({QStringLiteral("import"), json});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const qint64 copy = 1;
        const QJsonArray files = shownFiles(copy);
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).toObject().value(QLatin1String("sha256")).toString(),
            AttachmentFixtures::sha256(m_png));
        QCOMPARE(files.at(1).toObject().value(QLatin1String("sha256")).toString(),
            AttachmentFixtures::sha256(m_pdf));
        QCOMPARE(
            files.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("report.pdf"));
        // The imported chat sends them again, as the original would.
        QCOMPARE(send(copy, QStringLiteral("Again.")).exitCode, 0);
        const QJsonArray parts = m_server->requests()
                                     .last()
                                     .json()
                                     .value(QLatin1String("messages"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("content"))
                                     .toArray();
        QVERIFY(parts.at(0)
                    .toObject()
                    .value(QLatin1String("text"))
                    .toString()
                    .contains(QLatin1String("42 units")));
        QCOMPARE(parts.size(), 2);

        // A damaged file in the JSON is refused with the message named, nothing imported.
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        const QByteArray start = m_png.toBase64().left(16);
        text.replace(start, QByteArray(start).replace(0, 4, "AAAA"));
        text.replace("\"session_id\": \"", "\"session_id\": \"x");
        const QString damaged
            = AttachmentFixtures::write(m_dir->path(), QStringLiteral("damaged.json"), text);
        const Result refused = run({QStringLiteral("import"), damaged});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("message 1: the attachment \"photo.png\" is damaged")),
            qPrintable(refused.err));
        QCOMPARE(run({QStringLiteral("sessions")}).out.count(u'\n'),
            2); // the header and one chat: nothing of it stored
        QCOMPARE(storedFiles(), 2);
        m_db = original;

        // Markdown: the files beside it, linked.
        const QString md = QDir(m_dir->path()).filePath(QStringLiteral("chat.md"));
        QCOMPARE(run({QStringLiteral("export"), QString::number(id), QStringLiteral("--format"),
                         QStringLiteral("md"), QStringLiteral("--output"), md})
                     .exitCode,
            0);
        const QString pngName = AttachmentFixtures::sha256(m_png).left(12) + QStringLiteral("-photo.png");
        QFile beside(QDir(m_dir->path()).filePath(QStringLiteral("chat_files/") + pngName));
        QVERIFY(beside.open(QIODevice::ReadOnly));
        QCOMPARE(beside.readAll(), m_png);
        QFile markdown(md);
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(markdown.readAll());
        QVERIFY2(written.contains(QStringLiteral("![photo.png](<chat_files/%1>)").arg(pngName)),
            qPrintable(written));
        QVERIFY(written.contains(QLatin1String("[report.pdf](<chat_files/")));
    }

    void aLargeImageIsScaledToWhatTheProviderTakes_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("longestSide");
        QTest::newRow("openai") << QStringLiteral("openai") << QStringLiteral("openai_chat_basic.sse")
                                << 2048;
        // Anthropic: 1568 on the long side, and at most about 1.2 megapixels.
        QTest::newRow("anthropic") << QStringLiteral("anthropic")
                                   << QStringLiteral("anthropic_messages_basic.sse") << 1568;
    }
    void aLargeImageIsScaledToWhatTheProviderTakes()
    {
        QFETCH(QString, provider);
        QFETCH(QString, fixture);
        QFETCH(int, longestSide);
        m_server->enqueue(LoopbackServer::sse(LoopbackServer::fixture(fixture)));
        const QByteArray big = AttachmentFixtures::png(QSize(3000, 1000));
        const QString path = AttachmentFixtures::write(m_dir->path(), QStringLiteral("wide.png"), big);
        const qint64 id = newSession();
        const Result r = send(id, QStringLiteral("Wide."),
            {QStringLiteral("--provider"), provider, QStringLiteral("--attach"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject message = lastMessage(m_server->requests().first().json(), "messages");
        QString data;
        for (const QJsonValue &part : message.value(QLatin1String("content")).toArray()) {
            const QJsonObject o = part.toObject();
            if (o.contains(QLatin1String("image_url")))
                data = o.value(QLatin1String("image_url"))
                           .toObject()
                           .value(QLatin1String("url"))
                           .toString()
                           .section(u',', 1);
            if (o.value(QLatin1String("type")) == QLatin1String("image"))
                data = o.value(QLatin1String("source")).toObject().value(QLatin1String("data")).toString();
        }
        const QImage sent = QImage::fromData(QByteArray::fromBase64(data.toLatin1()));
        QVERIFY(!sent.isNull());
        QVERIFY2(qMax(sent.width(), sent.height()) <= longestSide, qPrintable(QString::number(sent.width())));
        QVERIFY(sent.width() * sent.height() <= (provider == u"anthropic" ? 1200000 : 2048 * 2048));
        QCOMPARE(sent.width() / 100, sent.height() * 3 / 100); // the aspect ratio kept
        // What is stored is the original, not the scaled copy.
        QCOMPARE(shownFiles(id).first().toObject().value(QLatin1String("sha256")).toString(),
            AttachmentFixtures::sha256(big));
    }

    void whatCannotBeSentIsRefusedClearly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 7919) & 0xff);
        QTest::newRow("unknown type")
            << QStringLiteral("blob.bin") << binary << QStringLiteral("cannot be attached");
        QTest::newRow("damaged image")
            << QStringLiteral("broken.png") << QByteArray("\x89PNG\r\n\x1a\nnot really")
            << QStringLiteral("not an image Confab can read");
        QTest::newRow("damaged pdf") << QStringLiteral("broken.pdf") << QByteArray("%PDF-1.4\nnothing else")
                                     << QStringLiteral("not a PDF Confab can read");
        QTest::newRow("not utf-8") << QStringLiteral("latin1.txt") << QByteArray("caf\xe9 cr\xe8me\n")
                                   << QStringLiteral("not UTF-8 text");
        QTest::newRow("too large") << QStringLiteral("huge.txt") << QByteArray(20 * 1024 * 1024 + 1, 'a')
                                   << QStringLiteral("attachments can be at most 20.0 MB");
    }
    void whatCannotBeSentIsRefusedClearly()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString path = AttachmentFixtures::write(m_dir->path(), name, bytes);
        const qint64 id = newSession();
        const Result r = send(id, QStringLiteral("Here."), {QStringLiteral("--attach"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message) && r.err.contains(name), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("Nothing was sent.")));
        // Nothing was sent and nothing stored.
        QCOMPARE(m_server->requests().size(), 0);
        QCOMPARE(shownMessages(id).size(), 0);
    }

    void tooManyFilesAreRefused()
    {
        const qint64 id = newSession();
        QStringList args;
        for (int i = 0; i < 11; ++i)
            args << QStringLiteral("--attach") << m_pngPath;
        const Result r = send(id, QStringLiteral("Many."), args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("at most 10 attachments")), qPrintable(r.err));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void aScannedPdfGoesOnlyWhereThePdfIsRead_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("fixture");
        QTest::newRow("openai") << QStringLiteral("openai") << QString();
        QTest::newRow("ollama") << QStringLiteral("ollama") << QString();
        QTest::newRow("anthropic") << QStringLiteral("anthropic")
                                   << QStringLiteral("anthropic_messages_basic.sse");
        QTest::newRow("gemini") << QStringLiteral("gemini")
                                << QStringLiteral("gemini_stream_generate_content.sse");
    }
    void aScannedPdfGoesOnlyWhereThePdfIsRead()
    {
        QFETCH(QString, provider);
        QFETCH(QString, fixture);
        const QByteArray scan = AttachmentFixtures::scannedPdf();
        const QString path = AttachmentFixtures::write(m_dir->path(), QStringLiteral("scan.pdf"), scan);
        const qint64 id = newSession();
        if (fixture.isEmpty()) {
            // Its text would be nothing: refused before anything is stored or sent.
            const Result r = send(id, QStringLiteral("Read."),
                {QStringLiteral("--provider"), provider, QStringLiteral("--attach"), path});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(
                r.err.contains(QStringLiteral("scan.pdf has no text layer (scanned?); this model gets PDFs "
                                              "as text — attach page images instead or use a provider that "
                                              "reads PDFs")),
                qPrintable(r.err));
            QCOMPARE(m_server->requests().size(), 0);
            QCOMPARE(shownMessages(id).size(), 0);
            return;
        }
        m_server->enqueue(LoopbackServer::sse(LoopbackServer::fixture(fixture)));
        const Result r = send(id, QStringLiteral("Read."),
            {QStringLiteral("--provider"), provider, QStringLiteral("--attach"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_server->requests().size(), 1);
        const QJsonObject json = m_server->requests().first().json();
        const QString scanBase64 = QString::fromLatin1(scan.toBase64());
        if (provider == u"anthropic") {
            const QJsonObject document
                = lastMessage(json, "messages").value(QLatin1String("content")).toArray().at(0).toObject();
            QCOMPARE(document.value(QLatin1String("type")).toString(), QStringLiteral("document"));
            QCOMPARE(
                document.value(QLatin1String("source")).toObject().value(QLatin1String("data")).toString(),
                scanBase64);
        } else {
            const QJsonArray parts = lastMessage(json, "contents").value(QLatin1String("parts")).toArray();
            QCOMPARE(parts.at(0).toObject().value(QLatin1String("inlineData")).toObject(),
                (QJsonObject {{QStringLiteral("mimeType"), QStringLiteral("application/pdf")},
                    {QStringLiteral("data"), scanBase64}}));
        }
    }

    void aModelWithoutVisionIsRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("llama.cpp /props")
            << QStringLiteral("openai") << QByteArray("GET") << QByteArray("/props")
            << QByteArray(R"({"default_generation_settings":{"n_ctx":4096},)"
                          R"("modalities":{"vision":false}})");
        QTest::newRow("ollama /api/show")
            << QStringLiteral("ollama") << QByteArray("POST") << QByteArray("/api/show")
            << QByteArray(R"({"parameters":"num_ctx 4096","model_info":{},)"
                          R"("capabilities":["completion","tools"]})");
    }
    void aModelWithoutVisionIsRefusedBeforeSending()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, answer);
        m_server->setRoute(method, path, LoopbackServer::json(200, answer));
        const qint64 id = newSession();
        const Result r = send(id, QStringLiteral("See?"),
            {QStringLiteral("--provider"), provider, QStringLiteral("--attach"), m_pngPath});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("does not take images")), qPrintable(r.err));
        QCOMPARE(m_server->requests().size(), 0);
        QCOMPARE(shownMessages(id).size(), 0);
        // A PDF needs no vision: it goes as text.
        m_server->enqueue(provider == u"ollama"
                ? LoopbackServer::ndjson(LoopbackServer::fixture(QStringLiteral("ollama_native_chat.ndjson")))
                : LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("openai_chat_basic.sse"))));
        const Result pdf = send(id, QStringLiteral("Read."),
            {QStringLiteral("--provider"), provider, QStringLiteral("--attach"), m_pdfPath});
        QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.err));
    }

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        const TestUtil::CliResult r
            = TestUtil::runCli(QStringList {QStringLiteral("--db"), m_db} + args, env);
        return {r.exitCode, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
    }
    Result send(qint64 id, const QString &text, const QStringList &extra = {})
    {
        return run(
            QStringList {QStringLiteral("send"), QString::number(id), text, QStringLiteral("--endpoint"),
                m_server->baseUrl().toString(), QStringLiteral("--model"), QStringLiteral("test-model")}
            + extra);
    }
    qint64 newSession() { return run({QStringLiteral("new")}).out.trimmed().toLongLong(); }
    QJsonArray shownMessages(qint64 id)
    {
        return QJsonDocument::fromJson(
            run({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).out.toUtf8())
            .object()
            .value(QLatin1String("messages"))
            .toArray();
    }
    // The files of the first message of session `id`, as show --json lists them.
    QJsonArray shownFiles(qint64 id)
    {
        return shownMessages(id).first().toObject().value(QLatin1String("attachments")).toArray();
    }
    // Files in the database (each content once).
    int storedFiles() const
    {
        SessionStore store;
        return store.open(m_db) ? store.attachmentCount() : -1;
    }
    static QJsonObject lastMessage(const QJsonObject &json, const char *key)
    {
        return json.value(QLatin1String(key)).toArray().last().toObject();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LoopbackServer> m_server;
    QString m_db;
    QByteArray m_png;
    QByteArray m_pdf;
    QString m_pngPath;
    QString m_pdfPath;
};

QTEST_MAIN(TestCliAttach)
#include "tst_cli_attach.moc"
