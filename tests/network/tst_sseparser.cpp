#include "loopbackserver.h"
#include "network/sseparser.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

namespace {
// "type|data|id" per event, so mismatches print readably.
QByteArrayList describe(const QList<SseEvent> &events)
{
    QByteArrayList out;
    for (const SseEvent &event : events)
        out.append(event.type + '|' + event.data + '|' + event.id);
    return out;
}

QList<SseEvent> parseInPieces(const QByteArray &input, const QList<qsizetype> &sizes, int *comments = nullptr)
{
    SseParser parser;
    QList<SseEvent> events;
    qsizetype pos = 0;
    for (qsizetype i = 0; pos < input.size(); ++i) {
        const qsizetype size = sizes.isEmpty() ? input.size() : sizes.at(i % sizes.size());
        events += parser.feed(input.mid(pos, size));
        pos += size;
    }
    if (comments)
        *comments = parser.commentCount();
    return events;
}

QList<qsizetype> randomSizes(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    QList<qsizetype> sizes;
    for (int i = 0; i < count; ++i)
        sizes.append(random.bounded(1, 97));
    return sizes;
}
} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void crSplitFromLf();
    void bomSplitAcrossChunks();
    void resetForgetsState();
    void retryAndLastIdForResuming();
    void fixtures_data();
    void fixtures();
    void anthropicEventNames();
    void oversizedLineIsBoundedAndEndsTheStream_data();
    void oversizedLineIsBoundedAndEndsTheStream();
    void manyDataLinesAreOneEventAndCapped();
};

void TestSseParser::rules_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArrayList>("expected");

    QTest::newRow("lf") << QByteArray("data: a\n\n") << QByteArrayList {"message|a|"};
    QTest::newRow("cr") << QByteArray("data: a\r\rdata: b\r\r")
                        << QByteArrayList {"message|a|", "message|b|"};
    QTest::newRow("crlf") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n")
                          << QByteArrayList {"message|a|", "message|b|"};
    QTest::newRow("mixed endings") << QByteArray("data: a\rdata: b\r\ndata: c\n\r\n")
                                   << QByteArrayList {"message|a\nb\nc|"};
    QTest::newRow("comments") << QByteArray(": hello\n\ndata: x\n: between\n\n:\n\n")
                              << QByteArrayList {"message|x|"};
    QTest::newRow("multi-line data") << QByteArray("data: a\ndata:b\ndata:  c\n\n")
                                     << QByteArrayList {"message|a\nb\n c|"};
    QTest::newRow("one space stripped")
        << QByteArray("data:x\n\ndata:  y\n\n") << QByteArrayList {"message|x|", "message| y|"};
    QTest::newRow("named events, type resets")
        << QByteArray("event: ping\ndata: {}\n\ndata: 2\n\n") << QByteArrayList {"ping|{}|", "message|2|"};
    QTest::newRow("event without data is dropped")
        << QByteArray("event: foo\n\ndata: z\n\n") << QByteArrayList {"message|z|"};
    QTest::newRow("id persists") << QByteArray("id: 7\ndata: x\n\ndata: y\n\n")
                                 << QByteArrayList {"message|x|7", "message|y|7"};
    QTest::newRow("empty data field")
        << QByteArray("data\n\ndata:\n\n") << QByteArrayList {"message||", "message||"};
    QTest::newRow("unknown fields and retry ignored")
        << QByteArray("foo: bar\nretry: 1000\ndata: ok\n\n") << QByteArrayList {"message|ok|"};
    QTest::newRow("llama.cpp error field") << QByteArray("error: {\"code\":400}\n\ndata: [DONE]\n\n")
                                           << QByteArrayList {"error|{\"code\":400}|", "message|[DONE]|"};
    QTest::newRow("unterminated event discarded")
        << QByteArray("data: a\n\ndata: b\n") << QByteArrayList {"message|a|"};
    QTest::newRow("unterminated line discarded")
        << QByteArray("data: a\n\ndata: b") << QByteArrayList {"message|a|"};
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "data: a\n\n")
                         << QByteArrayList {"message|a|"};
    QTest::newRow("utf-8 kept whole") << QByteArray("data: \xC3\xA9\xF0\x9F\x98\x8A\n\n")
                                      << QByteArrayList {"message|\xC3\xA9\xF0\x9F\x98\x8A|"};
    QTest::newRow("done marker") << QByteArray("data: [DONE]\n\n") << QByteArrayList {"message|[DONE]|"};
    QTest::newRow("empty input") << QByteArray() << QByteArrayList {};
}

void TestSseParser::rules()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArrayList, expected);

    QCOMPARE(describe(parseInPieces(input, {})), expected);
    QCOMPARE(describe(parseInPieces(input, {1})), expected);
    // Every two-piece split: a CRLF, a BOM or a UTF-8 sequence may be cut anywhere.
    for (qsizetype cut = 1; cut < input.size(); ++cut) {
        SseParser parser;
        QList<SseEvent> events = parser.feed(input.left(cut));
        events += parser.feed(input.mid(cut));
        QCOMPARE(describe(events), expected);
    }
}

void TestSseParser::crSplitFromLf()
{
    // If the LF after a chunk-final CR were read as a blank line, "a" would be dispatched alone.
    SseParser parser;
    QVERIFY(parser.feed("data: a\r").isEmpty());
    const QList<SseEvent> events = parser.feed("\ndata: b\r\n\r\n");
    QCOMPARE(describe(events), QByteArrayList {"message|a\nb|"});
}

void TestSseParser::bomSplitAcrossChunks()
{
    SseParser parser;
    QVERIFY(parser.feed("\xEF").isEmpty());
    QVERIFY(parser.feed("\xBB").isEmpty());
    QCOMPARE(describe(parser.feed("\xBF"
                                  "data: a\n\n")),
        QByteArrayList {"message|a|"});
    // Only a leading BOM is special.
    QVERIFY(parser
                .feed("\xEF\xBB\xBF"
                      "data: b\n\n")
                .isEmpty());
}

void TestSseParser::resetForgetsState()
{
    SseParser parser;
    parser.feed("id: 1\nevent: x\ndata: half");
    parser.reset();
    QCOMPARE(describe(parser.feed("data: new\n\n")), QByteArrayList {"message|new|"});
}

// MCP's Streamable HTTP resumes a stream from its last id after its "retry:" delay.
void TestSseParser::retryAndLastIdForResuming()
{
    SseParser parser;
    QCOMPARE(parser.retryMs(), -1);
    parser.feed("id: event-1\nretry: 500\ndata: \n\n");
    QCOMPARE(parser.lastEventId(), QByteArray("event-1"));
    QCOMPARE(parser.retryMs(), 500);
    // Only ASCII digits count; anything else leaves the delay as it was.
    parser.feed("retry: 5s\nretry: -1\nretry: +7\nretry:\n\n");
    QCOMPARE(parser.retryMs(), 500);
    parser.reset();
    QCOMPARE(parser.retryMs(), -1);
    QVERIFY(parser.lastEventId().isEmpty());
}

void TestSseParser::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("bytes");
    QTest::addColumn<QByteArray>("sha256");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("comments"); // -1: SOURCES.md gives no count

    auto row = [](const char *file, int bytes, const char *sha, int events, int comments = -1) {
        QTest::newRow(file) << QString::fromLatin1(file) << bytes << QByteArray(sha) << events << comments;
    };
    // Sizes, hashes and event counts as given in fixtures/sse/SOURCES.md.
    row("openai_chat_basic.sse", 3825, "508beff2d1990e576ef224b0fadc353c70d101351ad70adfbdcced08ead2d8d2",
        12);
    row("openai_chat_crlf.sse", 3849, "ae103c2040c378474e0e771dd0d3660f6f6841c377501167294aa961ac1a3a15", 12);
    row("openai_chat_tool_calls.sse", 3222,
        "1a4c2ac52a9537da1207424f5ac06367e4dc25139a56c55e319dccd7ccd90230", 9);
    row("openai_chat_length_usage.sse", 1129,
        "4a06233a19d46beba681995c89847cbc30a8ff5c25ab4e0ad024e84d427df6dd", 4);
    row("azure_openai_chat_stream.sse", 6188,
        "729b8c6bf20f14e91408540a5773fe6ff85e72fd08b9663107e7cf2ad5766d87", 14);
    row("azure_openai_tool_calls_stream.sse", 3923,
        "85af6bba243a35f22d69a1a7b394415441c807dee1f3fc9656651ef3fa126e88", 11);
    row("openrouter_stream_error_length.sse", 2342,
        "baafd4cb5cec28b1cdd4764c0b263b969846061506af7a5ad4ec7a09cbd0264a", 5, 17);
    row("openrouter_reasoning.sse", 6038, "c95a5357af277d8e2a3b0828c493141400a0f9935bde6cb6ebbc27f338dfd942",
        15, 4);
    row("deepseek_reasoner_stream.sse", 67651,
        "0ff1c6baf394c3c8a68bf1169d7d9b7d612f65053da682bd9980e324cfd1eb66", 212);
    row("groq_stream_error_event.sse", 28181,
        "25e988586b4d174451812ff446fd596d92dce5b8417fdd3a7a1a4c8df010316b", 95);
    row("anthropic_messages_basic.sse", 1123,
        "aeafbe69c63135ff652fa9642419093fe6571240ff534858f3ce59a892e50bb3", 7);
    row("anthropic_messages_thinking.sse", 16611,
        "9bf85f07ca3de26471c938258aa9ca5ad01aed479884aa2d579ed32798aae35f", 118);
    row("anthropic_messages_tool_use.sse", 2472,
        "19bb07042a07871faa59f4c1cd5bbc67b2b9d6d4fd2a765b4c7ae92c604c293a", 16);
    row("anthropic_error_event_docs.sse", 102,
        "ac081eae25cf057ff929344ffba4d318ea2cb8b1450058ffd01ef8191b680a1c", 1);
    row("gemini_stream_generate_content.sse", 1012,
        "95f3381a31da5ebbdd48b9ca78d8dbeef53ff0d43216809d681cc8677105f063", 3);
    row("llamacpp_chat_stream_timings.sse", 13332,
        "adf2465274601fec15f63be59aaf1d29b749912b40eeb4245b774af00de9de7d", 51);
    row("llamacpp_ik_no_done.sse", 653, "29e23ac4b216719768e86bfac76fc23bf21ad00551747a88f7903ba208bede19",
        3);
    row("vllm_chat_stream.sse", 4011, "080b3cff4ea924baf71653e99d3913bf16421e3d8f59038df9342214410fe8d9", 17);
}

void TestSseParser::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, bytes);
    QFETCH(QByteArray, sha256);
    QFETCH(int, events);
    QFETCH(int, comments);

    const QByteArray input = LoopbackServer::fixture(file);
    QCOMPARE(input.size(), bytes);
    QCOMPARE(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex(), sha256);

    int wholeComments = 0;
    const QList<SseEvent> whole = parseInPieces(input, {}, &wholeComments);
    QCOMPARE(whole.size(), events);
    if (comments >= 0)
        QCOMPARE(wholeComments, comments);
    for (const SseEvent &event : whole)
        QVERIFY2(!event.data.isEmpty(), event.type.constData());

    QCOMPARE(describe(parseInPieces(input, {1})), describe(whole));
    for (quint32 seed : {1u, 2u, 3u, 42u})
        QCOMPARE(describe(parseInPieces(input, randomSizes(seed, 257))), describe(whole));
}

void TestSseParser::anthropicEventNames()
{
    const QList<SseEvent> events
        = SseParser().feed(LoopbackServer::fixture(QStringLiteral("anthropic_messages_basic.sse")));
    QByteArrayList names;
    for (const SseEvent &event : events)
        names.append(event.type);
    QCOMPARE(names,
        (QByteArrayList {"message_start", "content_block_start", "ping", "content_block_delta",
            "content_block_stop", "message_delta", "message_stop"}));
}

void TestSseParser::oversizedLineIsBoundedAndEndsTheStream_data()
{
    QTest::addColumn<qsizetype>("chunk");
    QTest::newRow("64 KiB reads") << qsizetype(64 * 1024);
    QTest::newRow("one 64 MiB read") << qsizetype(64 * 1024 * 1024);
}

void TestSseParser::oversizedLineIsBoundedAndEndsTheStream()
{
    // A hostile server: one line of 64 MiB (4 times the limit) without a newline, after an event.
    QFETCH(qsizetype, chunk);
    SseParser parser;
    QList<SseEvent> events = parser.feed("data: {\"ok\":1}\n\ndata: ");
    QCOMPARE(events.size(), 1);
    const qsizetype total = 4 * SseParser::MaxEventBytes;
    const QByteArray piece(chunk, 'x');
    qsizetype peakBuffered = 0;
    for (qsizetype sent = 0; sent < total && !parser.overflowed(); sent += chunk) {
        events += parser.feed(piece);
        peakBuffered = qMax(peakBuffered, parser.bufferedBytes());
    }
    QVERIFY(parser.overflowed());
    QVERIFY2(peakBuffered <= SseParser::MaxEventBytes,
        qPrintable(QStringLiteral("%1 bytes buffered").arg(peakBuffered)));
    QCOMPARE(parser.bufferedBytes(), 0); // dropped at once
    // Nothing after it is taken for an event, even a well-formed one.
    QVERIFY(parser.feed("\n\ndata: late\n\n").isEmpty());
    QCOMPARE(events.size(), 1);
    qInfo("peak buffered: %lld bytes for a %lld-byte line (limit %lld)", qint64(peakBuffered), qint64(total),
        qint64(SseParser::MaxEventBytes));
}

void TestSseParser::manyDataLinesAreOneEventAndCapped()
{
    // Short lines, but one event that never ends: its data is capped too.
    SseParser parser;
    parser.setLimit(1000);
    QByteArray lines;
    for (int i = 0; i < 200; ++i)
        lines += "data: 0123456789\n";
    QVERIFY(parser.feed(lines).isEmpty());
    QVERIFY(parser.overflowed());
    parser.reset();
    QVERIFY(!parser.overflowed());
    QCOMPARE(parser.limit(), qsizetype(1000)); // kept across streams
    QCOMPARE(parser.feed("data: a\n\n").size(), 1);
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
