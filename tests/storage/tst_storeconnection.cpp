// The parts behind SessionStore: the connection's statement cache and error mapping, the
// message column list, the FTS query builder.
#include "storage/messagecolumns.h"
#include "storage/sessionsearch.h"
#include "storage/storeconnection.h"
#include "testutil.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

class TestStoreConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { m_path = TestUtil::dbPath(m_dir, QStringLiteral("%1.sqlite").arg(++m_counter)); }

    void keepsOnePreparedStatementPerSqlText()
    {
        StoreConnection db;
        QVERIFY2(db.open(m_path), qPrintable(db.lastError()));
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM sessions");
        QSqlQuery *first = nullptr;
        {
            CachedQuery q = db.prepare(sql);
            QVERIFY(db.exec(*q) && q->next());
            first = &*q;
        }
        {
            CachedQuery again = db.prepare(sql);
            QCOMPARE(&*again, first); // the same statement, not prepared again
            // Still lent out: a nested use of the same SQL gets a statement of its own.
            CachedQuery nested = db.prepare(sql);
            QVERIFY(&*nested != first);
            QVERIFY(db.exec(*again) && db.exec(*nested));
            QVERIFY(again->next() && nested->next());
        }
    }

    void aReturnedStatementHoldsNoSnapshot()
    {
        // A cached SELECT left mid-result would pin this connection to an old snapshot and hide
        // other processes' writes; returning it resets it.
        StoreConnection reader;
        StoreConnection writer;
        QVERIFY(reader.open(m_path) && writer.open(m_path));
        const QString count = QStringLiteral("SELECT COUNT(*) FROM sessions");
        const auto sessions = [&] {
            CachedQuery q = reader.prepare(count);
            return reader.exec(*q) && q->next() ? q->value(0).toInt() : -1;
        };
        QCOMPARE(sessions(), 0);
        QSqlQuery insert(writer.database());
        QVERIFY(insert.exec(
            QStringLiteral("INSERT INTO sessions (uuid, created_at, updated_at) VALUES ('x', 0, 0)")));
        QCOMPARE(sessions(), 1);
    }

    void failedStatementsAreLoggedAndMapped()
    {
        StoreConnection db;
        QVERIFY(db.open(m_path));
        QStringList reported;
        db.setErrorHandler([&](const QString &message) { reported << message; });
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot prepare: SELECT nope")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("failed: SELECT nope")));
        CachedQuery q = db.prepare(QStringLiteral("SELECT nope FROM nowhere"));
        QVERIFY(!db.exec(*q));
        QCOMPARE(reported.size(), 1);
        QCOMPARE(db.lastError(), reported.first());
        QVERIFY2(reported.first().startsWith(QLatin1String("Database error")), qPrintable(reported.first()));
    }

    void damageIsToldByTheDriversErrorCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::newRow("SQLITE_CORRUPT") << "11" << int(StoreConnection::ErrorKind::Damaged);
        QTest::newRow("SQLITE_NOTADB") << "26" << int(StoreConnection::ErrorKind::Damaged);
        QTest::newRow("SQLITE_FULL") << "13" << int(StoreConnection::ErrorKind::Full);
        QTest::newRow("SQLITE_IOERR_WRITE (extended)") << "778" << int(StoreConnection::ErrorKind::Io);
        QTest::newRow("SQLITE_BUSY") << "5" << int(StoreConnection::ErrorKind::Busy);
        QTest::newRow("SQLITE_READONLY") << "8" << int(StoreConnection::ErrorKind::ReadOnly);
        QTest::newRow("SQLITE_ERROR") << "1" << int(StoreConnection::ErrorKind::Other);
    }

    void damageIsToldByTheDriversErrorCode()
    {
        QFETCH(QString, code);
        QFETCH(int, kind);
        // The text says "malformed" for every code: only the code may decide.
        const QSqlError error(QStringLiteral("driver"), QStringLiteral("database disk image is malformed"),
            QSqlError::StatementError, code);
        QCOMPARE(int(StoreConnection::classify(error)), kind);
    }

    void notADatabaseIsDamaged()
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("plain text, not SQLite\n").repeated(300));
        file.close();
        StoreConnection db;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".")));
        QVERIFY(!db.open(m_path));
        QCOMPARE(db.openError(), StoreConnection::ErrorKind::Damaged);
        QVERIFY(!db.isOpen());
    }

    void messageColumnsRoundTrip()
    {
        StoreConnection db;
        QVERIFY(db.open(m_path));
        QSqlQuery session(db.database());
        QVERIFY(session.exec(
            QStringLiteral("INSERT INTO sessions (uuid, created_at, updated_at) VALUES ('s', 0, 0)")));
        Message m;
        m.sessionId = session.lastInsertId().toLongLong();
        m.role = QStringLiteral("assistant");
        m.content = QStringLiteral("text");
        m.reasoning = QStringLiteral("thought");
        m.state = MessageState::Stopped;
        m.model = QStringLiteral("m1");
        m.promptTokens = 12;
        m.finishReason = QStringLiteral("stop");
        qint64 id = 0;
        {
            CachedQuery insert = db.prepare(MessageColumns::insertSql());
            MessageColumns::bindInsert(*insert, m, 0, 1000, 2000, QString());
            QVERIFY(db.exec(*insert));
            id = insert->lastInsertId().toLongLong();
        }
        CachedQuery read = db.prepare(QStringLiteral("SELECT %1 FROM messages m WHERE m.id = ?")
                                          .arg(MessageColumns::select(db.isPostgres())));
        read->addBindValue(id);
        QVERIFY(db.exec(*read) && read->next());
        QCOMPARE(read->record().count(), MessageColumns::SelectCount);
        const Message back = MessageColumns::fromQuery(*read);
        QCOMPARE(back.id, id);
        QCOMPARE(back.content, m.content);
        QCOMPARE(back.reasoning, m.reasoning);
        QCOMPARE(back.state, MessageState::Stopped);
        QCOMPARE(back.promptTokens, 12);
        QCOMPARE(back.completionTokens, -1); // NULL
        QCOMPARE(back.parentId, 0); // NULL
        QCOMPARE(back.createdAt.toMSecsSinceEpoch(), 1000);
        QCOMPARE(back.updatedAt.toMSecsSinceEpoch(), 2000);
    }

    void ftsQueryQuotesEveryWord()
    {
        // Finished words are whole terms; only the word being typed is a prefix.
        QCOMPARE(SessionSearch::ftsQuery(QStringLiteral("crêpes AND \"x")),
            QStringLiteral("\"crêpes\" \"AND\" \"x\"*"));
        QCOMPARE(SessionSearch::ftsQuery(QStringLiteral("crêpes, ")), QStringLiteral("\"crêpes\""));
        QCOMPARE(SessionSearch::ftsQuery(QStringLiteral("  -- ")), QString());
        QCOMPARE(
            SessionSearch::tsQuery(QStringLiteral("l'eau froi")), QStringLiteral("'l' & 'eau' & 'froi':*"));
    }

    void completionsFoldAsTheIndexDoes()
    {
        // What unicode61 remove_diacritics 2 makes of them (checked with fts5vocab).
        const QStringList texts {
            QStringLiteral("The Compiler, compilers and a compilé build; COMPILER again"),
            QStringLiteral("decomposed compile\u0301d, x-compo, \U0001F600compiles"),
            QStringLiteral("йод иод ø o\u093Cb")};
        // Case and Latin accents folded, each word once as written, emoji separate words and a
        // combining accent does not.
        QCOMPARE(SessionSearch::completions(QStringLiteral("Compil"), texts),
            QStringList({QStringLiteral("Compiler"), QStringLiteral("compilers"), QStringLiteral("compilé"),
                QStringLiteral("compile\u0301d"), QStringLiteral("compiles")}));
        QCOMPARE(SessionSearch::completions(QStringLiteral("compilé"), texts),
            QStringList({QStringLiteral("Compiler"), QStringLiteral("compilers"), QStringLiteral("compilé"),
                QStringLiteral("compile\u0301d"), QStringLiteral("compiles")}));
        // Cyrillic keeps its marks; ø has none; other marks separate.
        QCOMPARE(
            SessionSearch::completions(QStringLiteral("и"), texts), QStringList({QStringLiteral("иод")}));
        QCOMPARE(SessionSearch::completions(QStringLiteral("o"), texts), QStringList({QStringLiteral("o")}));
        QCOMPARE(SessionSearch::completions(QStringLiteral("zz"), texts), QStringList());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestStoreConnection)
#include "tst_storeconnection.moc"
