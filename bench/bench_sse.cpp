// SSE throughput: the parser alone on a large synthetic stream (the real DeepSeek capture
// repeated), and end to end through a loopback HTTP server and the OpenAI client.
// Run by hand in a Release build: ./bench_sse   (or ./bench_sse -iterations 5)
#include "loopbackserver.h"
#include "network/chatclient.h"
#include "network/sseparser.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

namespace {
const int kRepeats = 256; // ~17 MB of SSE for the parser runs

QByteArray deepseekCapture()
{
    return LoopbackServer::fixture(QStringLiteral("deepseek_reasoner_stream.sse"));
}

// The capture repeated, with only the last copy keeping its [DONE].
QByteArray repeatedStream(int copies)
{
    QByteArray one = deepseekCapture();
    const QByteArray done = "data: [DONE]\n\n";
    QByteArray body = one;
    body.chop(done.size());
    return body.repeated(copies) + done;
}

void report(const char *what, double amount, const char *unit, qint64 nsecs)
{
    qInfo("%s: %.1f %s/s", what, amount / (nsecs / 1e9), unit);
}
} // namespace

class BenchSse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parser_data();
    void parser();
    void parserAndJson();
    void endToEnd_data();
    void endToEnd();
};

void BenchSse::parser_data()
{
    QTest::addColumn<int>("chunkSize");
    QTest::newRow("64 KiB reads") << 64 * 1024;
    QTest::newRow("4 KiB reads") << 4096;
    QTest::newRow("16 B reads") << 16;
}

void BenchSse::parser()
{
    QFETCH(int, chunkSize);
    const QByteArray stream = repeatedStream(kRepeats);
    QVERIFY(stream.size() > 1000000);
    QList<QByteArray> chunks;
    for (qsizetype i = 0; i < stream.size(); i += chunkSize)
        chunks.append(stream.mid(i, chunkSize));

    qint64 events = 0;
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    QBENCHMARK
    {
        SseParser parser;
        for (const QByteArray &chunk : chunks)
            events += parser.feed(chunk).size();
        bytes += stream.size();
    }
    const qint64 nsecs = timer.nsecsElapsed();
    report("parser", bytes / 1e6, "MB", nsecs);
    report("parser", events, "events", nsecs);
}

void BenchSse::parserAndJson()
{
    // What a client does per event besides splitting: parse the JSON.
    const QByteArray stream = repeatedStream(kRepeats / 4);
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    QBENCHMARK
    {
        SseParser parser;
        for (qsizetype i = 0; i < stream.size(); i += 4096) {
            for (const SseEvent &event : parser.feed(stream.mid(i, 4096)))
                QJsonDocument::fromJson(event.data);
        }
        bytes += stream.size();
    }
    report("parser + QJsonDocument", bytes / 1e6, "MB", timer.nsecsElapsed());
}

void BenchSse::endToEnd_data()
{
    QTest::addColumn<int>("chunkSize");
    QTest::newRow("one write per ~event (320 B)") << 320;
    QTest::newRow("4 KiB writes") << 4096;
}

void BenchSse::endToEnd()
{
    QFETCH(int, chunkSize);
    const int copies = 20;
    const QByteArray body = repeatedStream(copies);
    LoopbackServer server;
    QVERIFY(server.listen());
    LoopbackServer::Response response = LoopbackServer::sse(body);
    response.chunkSize = chunkSize;
    server.setDefaultResponse(response);

    QNetworkAccessManager nam;
    ProviderProfile profile;
    profile.baseUrl = server.baseUrl();
    profile.model = QStringLiteral("deepseek-reasoner");
    auto client = ChatClient::create(&nam, profile);
    qint64 deltas = 0;
    connect(client.get(), &ChatClient::textDelta, this, [&] { ++deltas; });
    connect(client.get(), &ChatClient::reasoningDelta, this, [&] { ++deltas; });
    ChatRequest request;
    request.messages = {{QStringLiteral("user"), QStringLiteral("Hello")}};

    qint64 writes = 0;
    QElapsedTimer timer;
    timer.start();
    QBENCHMARK
    {
        QEventLoop loop;
        StreamOutcome outcome;
        const auto connection
            = connect(client.get(), &ChatClient::finished, &loop, [&](const StreamOutcome &o) {
                  outcome = o;
                  loop.quit();
              });
        client->start(request);
        loop.exec();
        disconnect(connection);
        QCOMPARE(outcome.status, StreamOutcome::Status::Finished);
        writes += (body.size() + chunkSize - 1) / chunkSize;
    }
    const qint64 nsecs = timer.nsecsElapsed();
    report("end to end", writes, "server writes (chunks)", nsecs);
    report("end to end", deltas, "deltas", nsecs);
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("CONFAB_FIXTURES_DIR"))
        qputenv("CONFAB_FIXTURES_DIR", CONFAB_FIXTURES_DIR);
    QCoreApplication app(argc, argv);
    BenchSse bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_sse.moc"
