#include "storage/walcheckpointer.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The write-ahead log is copied into the database on the checkpointer's thread, when it is asked
// to, and never by the writer's connection.
class TestWalCheckpointer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkpointsOnItsThreadWhenNudged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wal.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x TEXT)")));

            WalCheckpointer checkpointer;
            QVERIFY(checkpointer.start(path));
            QVERIFY(checkpointer.isRunning());
            // Everything so far is in the log only: the database file has not grown.
            const qint64 before = QFileInfo(path).size();
            const auto commit = [&] {
                return q.exec(
                    QStringLiteral("INSERT INTO t VALUES ('%1')").arg(QString(2000, QLatin1Char('x'))));
            };
            for (int i = 1; i < WalCheckpointer::CommitsPerCheckpoint; ++i) {
                QVERIFY(commit());
                checkpointer.nudge();
            }
            QCOMPARE(checkpointer.checkpoints(), 0); // none asked for yet
            QCOMPARE(QFileInfo(path).size(), before);
            QVERIFY(commit());
            checkpointer.nudge();
            QTRY_COMPARE(checkpointer.checkpoints(), 1);
            QVERIFY(QFileInfo(path).size() > before + 64 * 2000);

            // A big write asks for one at once.
            QVERIFY(commit());
            checkpointer.nudge(true);
            QTRY_COMPARE(checkpointer.checkpoints(), 2);
            checkpointer.stop();
            QVERIFY(!checkpointer.isRunning());
            checkpointer.nudge(true); // stopped: nothing happens
            QCOMPARE(checkpointer.checkpoints(), 2);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    }

    void fileThatCannotBeOpenedIsRefused()
    {
        QTemporaryDir dir;
        WalCheckpointer checkpointer;
        QVERIFY(!checkpointer.start(dir.path())); // a folder
        QVERIFY(!checkpointer.isRunning());
        QVERIFY(!checkpointer.checkpointAndWait());
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
