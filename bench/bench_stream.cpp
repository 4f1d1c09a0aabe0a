// Streaming cost against reply size: one reply of 1, 4 and 16 MB (1,000-character deltas)
// from the loopback server, through ChatClient, TranscriptModel and the store, as the app
// and confab-cli stream it (each network read written and committed). Not a test: prints
// figures. Linear streaming costs the same per megabyte at every size. Run by hand:
//   build/bench/bench_stream
#include "loopbackserver.h"
#include "models/chatcontroller.h"
#include "models/conversation.h"
#include "network/providerprofile.h"
#include "storage/sessionstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace {

QByteArray stream(int megabytes)
{
    QByteArray delta;
    while (delta.size() < 996)
        delta += "lorem ipsum dolor sit amet ";
    delta.truncate(996);
    const QByteArray event
        = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + delta + "\\n\\n\"}}]}\n\n";
    QByteArray body;
    body.reserve(qsizetype(megabytes) * 1100 * 1024);
    for (int i = 0; i < megabytes * 1024 * 1024 / 1000; ++i)
        body += event;
    body += "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n";
    return body;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    LoopbackServer server;
    server.listen();
    SessionStore store;
    if (!store.open(dir.filePath(QStringLiteral("stream.sqlite"))))
        qFatal("cannot open the store");
    ProviderProfile profile;
    profile.id = QStringLiteral("loopback");
    profile.baseUrl = QUrl(server.baseUrl().toString() + QStringLiteral("/v1"));
    profile.model = QStringLiteral("bench");
    QNetworkAccessManager nam;

    double perMegabyteAt1 = 0;
    for (const int megabytes : {1, 4, 16}) {
        LoopbackServer::Response response = LoopbackServer::sse(stream(megabytes));
        response.chunkSize = 16 * 1024;
        server.enqueue(response);
        Conversation conversation(&store);
        conversation.setSession(store.createSession(QStringLiteral("bench %1 MB").arg(megabytes)));
        ChatController controller(&conversation, &nam);
        controller.setProfile(profile);
        controller.setApiKey(QStringLiteral("bench"));
        QSignalSpy finished(&controller, &ChatController::replyFinished);
        QElapsedTimer timer;
        timer.start();
        controller.send(QStringLiteral("Write %1 MB, please.").arg(megabytes));
        while (finished.isEmpty() && timer.elapsed() < 600000)
            finished.wait(1000);
        const double seconds = timer.nsecsElapsed() / 1e9;
        const qint64 replyId = finished.isEmpty() ? 0 : finished.first().first().toLongLong();
        const auto reply = store.message(replyId);
        const double perMegabyte = seconds / megabytes;
        if (megabytes == 1)
            perMegabyteAt1 = perMegabyte;
        qInfo("stream %2d MB reply: %.2f s, %.3f s/MB (%.2fx the 1 MB rate), %lld chars stored", megabytes,
            seconds, perMegabyte, perMegabyteAt1 > 0 ? perMegabyte / perMegabyteAt1 : 0.0,
            static_cast<long long>(reply ? reply->content.size() : 0));
    }
    return 0;
}
