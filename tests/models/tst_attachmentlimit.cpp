// The limit on what one request carries in attachments: earlier images left out first, a
// message over it refused before it is stored or anything is sent. Real store, real client,
// loopback HTTP.
#include "attachmentfixtures.h"
#include "loopbackserver.h"
#include "models/chatcontroller.h"
#include "models/transcriptmodel.h"
#include "models/turnattachments.h"
#include "network/attachmentencoder.h"
#include "storage/attachmentfile.h"
#include "storage/sessionstore.h"
#include "testutil.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {
const qint64 kLimit = 100 * 1000;

// A PNG that does not compress: noise, about 30 KB (40 KB in base64).
Attachment noiseImage(const QString &name, uint seed)
{
    QImage image(100, 100, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            seed = seed * 1103515245u + 12345u;
            image.setPixel(x, y, seed >> 8);
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    QString error;
    return *AttachmentFile::fromData(name, bytes, &error);
}

// The image parts of the user messages of an OpenAI request, per message.
QList<int> imagesPerUserMessage(const QJsonObject &body)
{
    QList<int> counts;
    for (const QJsonValue &message : body.value(QLatin1String("messages")).toArray()) {
        if (message.toObject().value(QLatin1String("role")).toString() != QLatin1String("user"))
            continue;
        int images = 0;
        for (const QJsonValue &part : message.toObject().value(QLatin1String("content")).toArray())
            images += part.toObject().contains(QLatin1String("image_url"));
        counts << images;
    }
    return counts;
}
} // namespace

class TestAttachmentLimit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_server.reset(new LoopbackServer);
        QVERIFY(m_server->listen());
        m_server->setRoute("GET", "/models", LoopbackServer::json(404, "{}"));
        m_server->setDefaultResponse(
            LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("openai_chat_basic.sse"))));
        m_store.reset(new SessionStore);
        QVERIFY(m_store->open(TestUtil::dbPath(*m_dir)));
        m_model.reset(new TranscriptModel(m_store.get()));
        m_controller.reset(new ChatController(m_model->conversation(), &m_nam));
        ProviderProfile profile;
        profile.id = QStringLiteral("test");
        profile.name = QStringLiteral("Loopback");
        profile.baseUrl = m_server->baseUrl();
        profile.model = QStringLiteral("gpt-4o-mini");
        profile.maxRequestBytes = kLimit; // a proxy with a small body limit in front
        m_controller->setProfile(profile);
        m_model->conversation()->setSession(m_store->createSession());
    }
    void cleanup()
    {
        m_controller.reset();
        m_model.reset();
        m_store.reset();
    }

    void theDocumentedFigures()
    {
        ProviderProfile profile;
        profile.baseUrl = QUrl(QStringLiteral("https://api.openai.com/v1"));
        QCOMPARE(AttachmentEncoder::requestLimit(profile), 50 * 1000 * 1000);
        profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
        QCOMPARE(AttachmentEncoder::requestLimit(profile), 32 * 1000 * 1000);
        profile.kind = ProviderKind::Anthropic;
        QCOMPARE(AttachmentEncoder::requestLimit(profile), 32 * 1000 * 1000);
        profile.kind = ProviderKind::Gemini;
        QCOMPARE(AttachmentEncoder::requestLimit(profile), 20 * 1000 * 1000);
        profile.kind = ProviderKind::OllamaNative;
        QCOMPARE(AttachmentEncoder::requestLimit(profile), 32 * 1000 * 1000);
        profile.maxRequestBytes = 1000 * 1000;
        QCOMPARE(AttachmentEncoder::requestLimit(profile), 1000 * 1000);
    }

    void earlierImagesAreLeftOutFirst()
    {
        const Attachment first = noiseImage(QStringLiteral("first.png"), 1);
        QVERIFY(AttachmentEncoder::sentBytes(
                    ProviderKind::OpenAICompatible, false, TurnAttachments::forTurn({first}).first())
            > kLimit / 3);
        QSignalSpy finished(m_controller.get(), &ChatController::replyFinished);
        QVERIFY(m_controller->send(QStringLiteral("One."), {first}));
        QVERIFY(finished.wait(PatientWaits::TimeoutMs));
        QVERIFY(m_controller->send(QStringLiteral("Two."), {noiseImage(QStringLiteral("second.png"), 2)}));
        QVERIFY(finished.wait(PatientWaits::TimeoutMs));
        QCOMPARE(imagesPerUserMessage(m_server->requests().last().json()), (QList<int> {1, 1}));

        // A third would take the request over the limit: the first image stays out of it.
        QVERIFY(m_controller->send(QStringLiteral("Three."), {noiseImage(QStringLiteral("third.png"), 3)}));
        QVERIFY(finished.wait(PatientWaits::TimeoutMs));
        QCOMPARE(m_server->requests().size(), 3);
        const QJsonObject body = m_server->requests().last().json();
        QCOMPARE(imagesPerUserMessage(body), (QList<int> {0, 1, 1}));
        QString note; // the first user message: without its image, plain text
        for (const QJsonValue &message : body.value(QLatin1String("messages")).toArray()) {
            if (message.toObject().value(QLatin1String("role")).toString() == QLatin1String("user")) {
                note = message.toObject().value(QLatin1String("content")).toString();
                break;
            }
        }
        QVERIFY2(note.contains(QLatin1String("first.png is left out")), qPrintable(note));
        QVERIFY(note.endsWith(QLatin1String("One.")));
        QVERIFY(m_server->requests().last().body.size() < kLimit + 10000);
        // Only the request leaves it out: the chat keeps it.
        QCOMPARE(m_model->messageAt(0).attachments.size(), 1);
    }

    void aMessageOverTheLimitIsRefusedBeforeItIsStored()
    {
        Attachment big;
        QString error;
        const QByteArray text(kLimit + 1, 'a');
        big = *AttachmentFile::fromData(QStringLiteral("big.txt"), text, &error);
        QSignalSpy failed(m_controller.get(), &ChatController::failed);
        QVERIFY(!m_controller->send(QStringLiteral("Read this."), {big}));
        QCOMPARE(failed.size(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(
            message.contains(QLatin1String("Loopback takes at most 98 KB per request")), qPrintable(message));
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_server->requests().size(), 0);
        QVERIFY(!m_controller->isBusy());
    }

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<TranscriptModel> m_model;
    std::unique_ptr<ChatController> m_controller;
};

QTEST_MAIN(TestAttachmentLimit)
#include "tst_attachmentlimit.moc"
