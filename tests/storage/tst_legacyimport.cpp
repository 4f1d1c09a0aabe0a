#include "storage/legacyimporter.h"
#include "storage/sessionexporter.h"
#include "storage/sessionstore.h"
#include "testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <sys/resource.h>

namespace {
// The example session file of the old design (seed document: storage-comparison.md).
QByteArray legacySession()
{
    QFile file(QFINDTESTDATA("data/sess_20251230_124854_aa19f7c3.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestLegacyImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_work.reset(new QTemporaryDir);
        QVERIFY(m_store.open(TestUtil::dbPath(*m_work)));
        QVERIFY(QDir(m_work->path()).mkpath(QStringLiteral("data/sessions")));
    }
    void cleanup() { m_store.close(); }

    void importsTheSeedFormat()
    {
        QVERIFY(!legacySession().isEmpty());
        write(QStringLiteral("sess_20251230_124854_aa19f7c3.json"), legacySession());
        LegacyImporter importer(&m_store);
        const auto results = importer.importPaths({sessionsDir()});
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().ok(), qPrintable(results.first().error));
        QCOMPARE(results.first().messageCount, 2);

        const auto info = m_store.session(results.first().sessionId);
        QVERIFY(info);
        QCOMPARE(info->uuid, QStringLiteral("sess_20251230_124854_aa19f7c3"));
        QCOMPARE(info->title, QStringLiteral("iphone under 200"));
        QCOMPARE(info->createdAt, QDateTime(QDate(2025, 12, 30), QTime(12, 48, 54, 430), QTimeZone::utc()));
        const QList<Message> branch = m_store.branch(info->currentLeafId);
        QCOMPARE(branch.size(), 2);
        QCOMPARE(branch.at(0).role, QStringLiteral("user"));
        QCOMPARE(branch.at(1).content, QStringLiteral("I currently don't have specific options..."));
        QCOMPARE(
            branch.at(1).createdAt, QDateTime(QDate(2025, 12, 30), QTime(12, 49, 18, 416), QTimeZone::utc()));

        // A second import of the same file is recognised, not duplicated.
        const auto again = importer.importPaths({sessionsDir()});
        QVERIFY(again.first().skipped);
        QCOMPARE(m_store.sessionCount(), 1);
    }

    void malformedFilesAreRejectedOneByOne_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << legacySession().left(120) << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("expected a JSON object");
        QTest::newRow("no id") << QByteArray(R"({"messages": []})") << QStringLiteral("session_id");
        QTest::newRow("messages not a list")
            << QByteArray(R"({"session_id": "x1", "messages": {"role": "user"}})")
            << QStringLiteral("\"messages\"");
        QTest::newRow("unknown role")
            << QByteArray(R"({"session_id": "x2", "messages": [{"role": "user", "content": "hi"},
                  {"role": "tool", "content": "{}"}]})")
            << QStringLiteral("message 2 has the role \"tool\"");
        QTest::newRow("content not text")
            << QByteArray(R"({"session_id": "x3", "messages": [{"role": "user", "content": 42}]})")
            << QStringLiteral("message 1 has no text");
        QTest::newRow("bad timestamp")
            << QByteArray(R"({"session_id": "x4", "created_at": "yesterday", "messages": []})")
            << QStringLiteral("\"created_at\" is not an ISO-8601 timestamp");
    }

    void malformedFilesAreRejectedOneByOne()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        write(QStringLiteral("a_good.json"), legacySession());
        write(QStringLiteral("b_bad.json"), content);
        const QByteArray other = legacySession().replace("aa19f7c3", "bb000000");
        write(QStringLiteral("c_good.json"), other);

        LegacyImporter importer(&m_store);
        const auto results = importer.importPaths({sessionsDir()});
        QCOMPARE(results.size(), 3);
        QVERIFY(results.at(0).ok());
        QVERIFY(results.at(2).ok());
        const QString error = results.at(1).error;
        QVERIFY2(error.contains(QLatin1String("b_bad.json")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        // The good files are in, the bad one left nothing behind.
        QCOMPARE(m_store.sessionCount(), 2);
        const QList<SearchHit> hits = m_store.search(QStringLiteral("iphone"));
        const auto messageHits
            = std::count_if(hits.cbegin(), hits.cend(), [](const SearchHit &h) { return h.messageId; });
        QCOMPARE(messageHits, 2);
    }

    void oversizedFileIsRefusedUnread()
    {
        // A 65 MiB session file (sparse: it costs no disk) is refused before it is read.
        const QString path = m_work->filePath(QStringLiteral("data/sessions/huge.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"session_id\":\"s\",\"messages\":[");
        QVERIFY(file.resize(LegacyImporter::MaxFileBytes + 1024 * 1024));
        file.close();
        LegacyImporter importer(&m_store);
        rusage before {};
        getrusage(RUSAGE_SELF, &before);
        const LegacyImporter::Result result = importer.importFile(path);
        rusage after {};
        getrusage(RUSAGE_SELF, &after);
        QVERIFY2(result.error.contains(QLatin1String("larger than 64 MiB")), qPrintable(result.error));
        QVERIFY(result.error.contains(path));
        QCOMPARE(m_store.sessionCount(), 0);
        const long grownMiB = (after.ru_maxrss - before.ru_maxrss) / 1024;
        qInfo("peak RSS grew by %ld MiB for a 65 MiB file (limit 64 MiB)", grownMiB);
        QVERIFY(grownMiB < 16);
    }

    void microsecondsSurviveTheRoundTrip()
    {
        // The seed file's timestamps carry microseconds; export writes back the same text.
        write(QStringLiteral("sess.json"),
            R"({"session_id": "sess_us", "created_at": "2025-12-30T12:48:54.430013Z",
            "updated_at": "2025-12-30T12:49:18.416292Z", "messages": [
            {"role": "user", "content": "hi", "timestamp": "2025-12-30T12:49:03.254143Z"},
            {"role": "assistant", "content": "hello", "timestamp": "2025-12-30T12:49:18.000007Z"}]})");
        const auto result = LegacyImporter(&m_store).importFile(sessionsDir() + QStringLiteral("/sess.json"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QString error;
        const QJsonObject json = QJsonDocument::fromJson(
            SessionExporter::exportSession(&m_store, result.sessionId, SessionExporter::Format::Json, &error))
                                     .object();
        QCOMPARE(json.value(QLatin1String("created_at")).toString(),
            QStringLiteral("2025-12-30T12:48:54.430013Z"));
        QCOMPARE(json.value(QLatin1String("updated_at")).toString(),
            QStringLiteral("2025-12-30T12:49:18.416292Z"));
        const QJsonArray messages = json.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("timestamp")).toString(),
            QStringLiteral("2025-12-30T12:49:03.254143Z"));
        QCOMPARE(messages.at(1).toObject().value(QLatin1String("timestamp")).toString(),
            QStringLiteral("2025-12-30T12:49:18.000007Z"));
        // A later change of the session's time is the app's own, in milliseconds: the imported
        // microseconds of updated_at go (schema trigger), those of created_at stay.
        QCOMPARE(m_store.session(result.sessionId)->updatedMicros, 292);
        QSqlQuery touch(QSqlDatabase::database(m_store.connectionName()));
        QVERIFY(touch.exec(QStringLiteral("UPDATE sessions SET updated_at = updated_at + 5")));
        const auto touched = m_store.session(result.sessionId);
        QCOMPARE(touched->updatedMicros, 0);
        QCOMPARE(touched->createdMicros, 13);
    }

    void missingPathIsAnError()
    {
        LegacyImporter importer(&m_store);
        const auto results = importer.importPaths({m_work->filePath(QStringLiteral("nope.json"))});
        QCOMPARE(results.size(), 1);
        QVERIFY(results.first().error.contains(QLatin1String("no such file")));
    }

    void jsonExportImportsBackIdentically()
    {
        const qint64 id = TestUtil::makeSession(&m_store, 6, QStringLiteral("Round trip"));
        QVERIFY(m_store.setSystemPrompt(id, QStringLiteral("Be brief.")));
        QString error;
        const QString file = m_work->filePath(QStringLiteral("export.json"));
        QVERIFY2(SessionExporter::exportToFile(&m_store, id, SessionExporter::Format::Json, file, &error),
            qPrintable(error));

        SessionStore other;
        QVERIFY(other.open(TestUtil::dbPath(*m_work, QStringLiteral("other.sqlite"))));
        const auto result = LegacyImporter(&other).importFile(file);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const auto original = *m_store.session(id);
        const auto copy = *other.session(result.sessionId);
        QCOMPARE(copy.uuid, original.uuid);
        QCOMPARE(copy.title, original.title);
        QCOMPARE(copy.systemPrompt, QStringLiteral("Be brief."));
        QCOMPARE(copy.createdAt, original.createdAt);
        const QList<Message> a = m_store.branch(original.currentLeafId);
        const QList<Message> b = other.branch(copy.currentLeafId);
        QCOMPARE(b.size(), a.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(b.at(i).role, a.at(i).role);
            QCOMPARE(b.at(i).content, a.at(i).content);
            QCOMPARE(b.at(i).createdAt, a.at(i).createdAt);
        }
    }

    void markdownExportReadsWell()
    {
        const qint64 id = TestUtil::makeSession(&m_store, 2, QStringLiteral("Notes"));
        QString error;
        const QString md = QString::fromUtf8(
            SessionExporter::exportSession(&m_store, id, SessionExporter::Format::Markdown, &error));
        QVERIFY(md.startsWith(QLatin1String("# Notes\n")));
        QVERIFY(md.contains(QLatin1String("## You")));
        QVERIFY(md.contains(QLatin1String("\n\nu1\n\n")));
        QVERIFY(md.contains(QLatin1String("## Assistant")));
    }

private:
    QString sessionsDir() const { return m_work->filePath(QStringLiteral("data/sessions")); }
    void write(const QString &name, const QByteArray &content)
    {
        QFile file(QDir(sessionsDir()).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    std::unique_ptr<QTemporaryDir> m_work;
    SessionStore m_store;
};

QTEST_GUILESS_MAIN(TestLegacyImport)
#include "tst_legacyimport.moc"
