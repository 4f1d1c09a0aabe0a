#include "attachmentfixtures.h"
#include "loopbackserver.h"
#include "network/attachmentencoder.h"
#include "network/chatclient.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {
// A user turn carrying one PDF (made here), as ContextBuilder hands it with its data loaded.
ChatTurn pdfTurn(const QByteArray &pdf, const QString &text)
{
    ChatAttachment a;
    a.name = QStringLiteral("report.pdf");
    a.mimeType = QStringLiteral("application/pdf");
    a.data = pdf;
    a.text = text;
    return ChatTurn {QStringLiteral("user"), QStringLiteral("Summarise."), {}, {a}};
}

// The JSON body `profile`'s client puts on the wire to a loopback server for `turn`.
QJsonObject bodyOnTheWire(ProviderProfile profile, const ChatTurn &turn)
{
    LoopbackServer server;
    if (!server.listen())
        return {};
    server.setDefaultResponse(LoopbackServer::sse("data: [DONE]\n\n"));
    profile.baseUrl = server.baseUrl();
    QNetworkAccessManager nam;
    auto client = ChatClient::create(&nam, profile);
    ChatRequest request;
    request.model = QStringLiteral("m-1");
    request.messages = {turn};
    QSignalSpy finished(client.get(), &ChatClient::finished);
    client->start(request);
    if (!finished.wait(10000) || server.requests().isEmpty())
        return {};
    return server.requests().first().json();
}

// The content of the last message of an OpenAI request body.
QJsonValue lastContent(const QJsonObject &body)
{
    return body.value(QLatin1String("messages")).toArray().last().toObject().value(QLatin1String("content"));
}
} // namespace

// Each provider's documented image rules: the size an image is sent at, and its tokens.
class TestAttachmentEncoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void imageTokensFollowEachProvidersRule_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("tokens");
        const int openAi = int(ProviderKind::OpenAICompatible);
        const int anthropic = int(ProviderKind::Anthropic);
        const int gemini = int(ProviderKind::Gemini);
        // OpenAI's worked examples (high detail): 1024² is 4 tiles, 2048×4096 is 6.
        QTest::newRow("openai 1024x1024") << openAi << QSize(1024, 1024) << 765;
        QTest::newRow("openai 2048x4096") << openAi << QSize(2048, 4096) << 1105;
        QTest::newRow("openai small") << openAi << QSize(64, 48) << 255;
        // Anthropic: width × height / 750; 1092² is its largest square not resized (~1590).
        QTest::newRow("anthropic 1092x1092") << anthropic << QSize(1092, 1092) << 1590;
        QTest::newRow("anthropic 200x200") << anthropic << QSize(200, 200) << 54;
        QTest::newRow("anthropic scaled first") << anthropic << QSize(4000, 4000) << 1599;
        // Gemini: 258 within 384×384, else 258 per 768×768 tile.
        QTest::newRow("gemini 384x384") << gemini << QSize(384, 384) << 258;
        QTest::newRow("gemini 1000x1000") << gemini << QSize(1000, 1000) << 1032;
    }
    void imageTokensFollowEachProvidersRule()
    {
        QFETCH(int, kind);
        QFETCH(QSize, size);
        QFETCH(int, tokens);
        QCOMPARE(AttachmentEncoder::imageTokens(ProviderKind(kind), size), tokens);
    }

    void formatsAProviderDoesNotTakeAreConverted()
    {
        // The smallest GIF (1×1): Gemini takes no GIF and gets a PNG of the same picture.
        const QByteArray gif = QByteArray::fromHex(
            "47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b");
        QVERIFY(!QImage::fromData(gif).isNull());
        ChatAttachment a {
            QString(), QStringLiteral("a.gif"), QStringLiteral("image/gif"), gif, QString(), 1, 1};
        const ChatAttachment sent = AttachmentEncoder::prepared(ProviderKind::Gemini, a);
        QCOMPARE(sent.mimeType, QStringLiteral("image/png"));
        QCOMPARE(QImage::fromData(sent.data).size(), QSize(1, 1));
        // OpenAI takes GIF: sent as it is.
        QCOMPARE(AttachmentEncoder::prepared(ProviderKind::OpenAICompatible, a).data, gif);
    }

    void aPhotoTooLargeInBytesIsMadeSmaller()
    {
        // Noise compresses badly: a 1500×1500 PNG of it is far over Anthropic's 5 MB.
        QImage noise(1500, 1500, QImage::Format_RGB32);
        quint32 seed = 12345;
        for (int y = 0; y < noise.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(noise.scanLine(y));
            for (int x = 0; x < noise.width(); ++x) {
                seed = seed * 1664525u + 1013904223u;
                line[x] = 0xff000000u | (seed >> 8);
            }
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        noise.save(&buffer, "PNG");
        QVERIFY(png.size() > 5 * 1024 * 1024);
        ChatAttachment a {
            QString(), QStringLiteral("noise.png"), QStringLiteral("image/png"), png, QString(), 1500, 1500};
        const ChatAttachment sent = AttachmentEncoder::prepared(ProviderKind::Anthropic, a);
        QVERIFY2(sent.data.size() <= AttachmentEncoder::imageRule(ProviderKind::Anthropic).maxBytes,
            qPrintable(QString::number(sent.data.size())));
        QVERIFY(!QImage::fromData(sent.data).isNull());
    }

    void openAisOwnApiReadsPdfsOthersGetTheirText()
    {
        ProviderProfile openAi;
        openAi.baseUrl = QUrl(QStringLiteral("https://api.openai.com/v1"));
        QVERIFY(AttachmentEncoder::readsPdf(openAi));
        ProviderProfile local;
        local.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
        QVERIFY(!AttachmentEncoder::readsPdf(local));
        local.nativePdf = true; // a server the user says reads PDFs
        QVERIFY(AttachmentEncoder::readsPdf(local));
        ProviderProfile ollama;
        ollama.kind = ProviderKind::OllamaNative;
        ollama.nativePdf = true; // no PDF input in its API: the flag is for OpenAI-compatible ones
        QVERIFY(!AttachmentEncoder::readsPdf(ollama));
    }

    void aPdfGoesAsAFilePartWhereTheServerReadsPdfs()
    {
        const QByteArray pdf = AttachmentFixtures::pdf(QStringLiteral("Native 9"));
        const ChatTurn turn = pdfTurn(pdf, QStringLiteral("Native 9"));
        ProviderProfile profile;
        profile.nativePdf = true;
        const QJsonArray parts = lastContent(bodyOnTheWire(profile, turn)).toArray();
        QCOMPARE(parts.size(), 2);
        // The question alone as text: the PDF is not sent twice.
        QCOMPARE(parts.at(0).toObject(),
            (QJsonObject {{QStringLiteral("type"), QStringLiteral("text")},
                {QStringLiteral("text"), QStringLiteral("Summarise.")}}));
        QCOMPARE(parts.at(1).toObject(),
            (QJsonObject {{QStringLiteral("type"), QStringLiteral("file")},
                {QStringLiteral("file"),
                    QJsonObject {{QStringLiteral("filename"), QStringLiteral("report.pdf")},
                        {QStringLiteral("file_data"),
                            QStringLiteral("data:application/pdf;base64,")
                                + QString::fromLatin1(pdf.toBase64())}}}}));

        // A scan has no text to send instead: there the pages are what counts.
        const QByteArray scan = AttachmentFixtures::scannedPdf();
        const QJsonArray scanParts = lastContent(bodyOnTheWire(profile, pdfTurn(scan, {}))).toArray();
        QCOMPARE(scanParts.at(1)
                     .toObject()
                     .value(QLatin1String("file"))
                     .toObject()
                     .value(QLatin1String("file_data")),
            QStringLiteral("data:application/pdf;base64,") + QString::fromLatin1(scan.toBase64()));

        // Another OpenAI-compatible server gets the text, as before.
        const QJsonValue content = lastContent(bodyOnTheWire(ProviderProfile {}, turn));
        QCOMPARE(content.toArray().size(), 1);
        const QString text = content.toArray().at(0).toObject().value(QLatin1String("text")).toString();
        QVERIFY2(
            text.startsWith(QLatin1String("<document name=\"report.pdf\">\nNative 9")), qPrintable(text));
    }
};

QTEST_MAIN(TestAttachmentEncoder)
#include "tst_attachmentencoder.moc"
