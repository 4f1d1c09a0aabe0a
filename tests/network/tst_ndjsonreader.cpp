#include "loopbackserver.h"
#include "network/ndjsonreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
QByteArrayList readInPieces(const QByteArray &input, qsizetype size)
{
    NdjsonReader reader;
    QByteArrayList lines;
    for (qsizetype pos = 0; pos < input.size(); pos += size)
        lines += reader.feed(input.mid(pos, size));
    lines += reader.finish();
    return lines;
}
} // namespace

class TestNdjsonReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lines_data();
    void lines();
    void finishOnlyOnce();
    void fixture();
    void oversizedLineIsBoundedAndEndsTheStream();
};

void TestNdjsonReader::lines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArrayList>("expected");

    QTest::newRow("trailing newline")
        << QByteArray("{\"a\":1}\n{\"b\":2}\n") << QByteArrayList {"{\"a\":1}", "{\"b\":2}"};
    QTest::newRow("last line without newline")
        << QByteArray("{\"a\":1}\n{\"b\":2}") << QByteArrayList {"{\"a\":1}", "{\"b\":2}"};
    QTest::newRow("crlf") << QByteArray("{\"a\":1}\r\n{\"b\":2}\r\n")
                          << QByteArrayList {"{\"a\":1}", "{\"b\":2}"};
    QTest::newRow("blank lines skipped")
        << QByteArray("\n{\"a\":1}\n\n  \n{\"b\":2}\n") << QByteArrayList {"{\"a\":1}", "{\"b\":2}"};
    QTest::newRow("utf-8") << QByteArray("{\"t\":\"\xF0\x9F\x98\x8A\"}\n")
                           << QByteArrayList {"{\"t\":\"\xF0\x9F\x98\x8A\"}"};
    QTest::newRow("empty") << QByteArray() << QByteArrayList {};
}

void TestNdjsonReader::lines()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArrayList, expected);
    for (qsizetype size :
        {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), qMax<qsizetype>(1, input.size())})
        QCOMPARE(readInPieces(input, size), expected);
}

void TestNdjsonReader::finishOnlyOnce()
{
    NdjsonReader reader;
    QVERIFY(reader.feed("{\"a\":").isEmpty());
    QCOMPARE(reader.finish(), QByteArrayList {"{\"a\":"});
    QVERIFY(reader.finish().isEmpty());
}

void TestNdjsonReader::fixture()
{
    const QByteArray input = LoopbackServer::fixture(QStringLiteral("ollama_native_chat.ndjson"));
    QCOMPARE(input.size(), 2888);
    const QByteArrayList whole = readInPieces(input, input.size());
    QCOMPARE(whole.size(), 22); // 21 content lines + the done line (SOURCES.md)
    QCOMPARE(readInPieces(input, 1), whole);
    QCOMPARE(readInPieces(input, 13), whole);
    // Without the final newline the last line still arrives, at finish().
    QCOMPARE(readInPieces(input.chopped(1), 5), whole);

    QString content;
    for (const QByteArray &line : whole) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QVERIFY(!object.isEmpty());
        content
            += object.value(QLatin1String("message")).toObject().value(QLatin1String("content")).toString();
    }
    QCOMPARE(content, QStringLiteral("Okay, here we go!\n\n1, 2, 3, 4, 5\n"));
    QVERIFY(QJsonDocument::fromJson(whole.last()).object().value(QLatin1String("done")).toBool());
}

void TestNdjsonReader::oversizedLineIsBoundedAndEndsTheStream()
{
    // One 64 MiB line (4 times the limit) without a newline, after a good one, in 64 KiB reads.
    NdjsonReader reader;
    QByteArrayList lines = reader.feed("{\"ok\":1}\n{\"message\":\"");
    QCOMPARE(lines.size(), 1);
    const QByteArray piece(64 * 1024, 'x');
    qsizetype peakBuffered = 0;
    for (qsizetype sent = 0; sent < 4 * NdjsonReader::MaxLineBytes && !reader.overflowed();
         sent += piece.size()) {
        lines += reader.feed(piece);
        peakBuffered = qMax(peakBuffered, reader.bufferedBytes());
    }
    QVERIFY(reader.overflowed());
    QVERIFY(peakBuffered <= NdjsonReader::MaxLineBytes);
    QCOMPARE(reader.bufferedBytes(), 0);
    QVERIFY(reader.feed("\n{\"late\":1}\n").isEmpty());
    QVERIFY(reader.finish().isEmpty());
    QCOMPARE(lines.size(), 1);
    reader.reset();
    QCOMPARE(reader.feed("{}\n").size(), 1);
    qInfo("peak buffered: %lld bytes (limit %lld)", qint64(peakBuffered), qint64(NdjsonReader::MaxLineBytes));
}

QTEST_GUILESS_MAIN(TestNdjsonReader)
#include "tst_ndjsonreader.moc"
