// The start-up dialog when the database cannot be opened: a damaged file may be moved aside,
// a healthy one (newer schema, locked, unreadable) never is.
#include "storage/sessionstore.h"
#include "testutil.h"
#include "views/storeopener.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <functional>

namespace {
// Runs `handle` on the next modal message box, once it is shown.
void onNextMessageBox(std::function<void(QMessageBox *)> handle)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(box);
        }
    });
    timer->start(20);
}

QStringList buttonTexts(QMessageBox *box)
{
    QStringList texts;
    for (QAbstractButton *button : box->buttons())
        texts << button->text();
    return texts;
}

QAbstractButton *buttonWith(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().contains(text))
            return button;
    }
    return nullptr;
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}
} // namespace

class TestStoreOpener : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aStoreChosenInSettingsThatFailsMayGiveWayToTheDefault()
    {
        QTemporaryDir dir;
        QTcpServer free; // a loopback port nobody listens on once it is closed
        QVERIFY(free.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("postgresql://confab@127.0.0.1:%1/chats").arg(free.serverPort());
        free.close();
        const QString fallback = dir.filePath(QStringLiteral("default.sqlite"));
        QStringList offered;
        onNextMessageBox([&](QMessageBox *box) {
            offered = buttonTexts(box);
            buttonWith(box, QStringLiteral("default database"))->click();
        });
        SessionStore store;
        QVERIFY(StoreOpener::open(&store, url, nullptr, fallback));
        QCOMPARE(store.path(), fallback);
        QVERIFY(offered.contains(QStringLiteral("Try again")));
        QVERIFY(offered.contains(QStringLiteral("Quit")));
    }

    void newerDatabaseIsNeverMovedAside()
    {
        QTemporaryDir dir;
        const QString path = TestUtil::dbPath(dir);
        {
            SessionStore store;
            QVERIFY(store.open(path));
            TestUtil::makeSession(&store, 2, QStringLiteral("keep me"));
            QSqlQuery q(QSqlDatabase::database(store.connectionName()));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        const QByteArray before = hashOf(path);
        QStringList offered;
        onNextMessageBox([&](QMessageBox *box) {
            offered = buttonTexts(box);
            buttonWith(box, QStringLiteral("Quit"))->click();
        });
        SessionStore store;
        QVERIFY(!StoreOpener::open(&store, path));
        QVERIFY(!offered.isEmpty());
        QVERIFY2(!offered.join(QLatin1Char('|')).contains(QLatin1String("aside")),
            qPrintable(offered.join(QLatin1Char('|'))));
        QCOMPARE(hashOf(path), before);
    }

    void damagedDatabaseCanBeMovedAside()
    {
        QTemporaryDir dir;
        const QString path = TestUtil::dbPath(dir);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("not a database at all\n").repeated(100));
        file.close();
        const QByteArray before = hashOf(path);
        onNextMessageBox([](QMessageBox *box) {
            QAbstractButton *aside = buttonWith(box, QStringLiteral("aside"));
            QVERIFY(aside);
            // Then the box that says where the old file went.
            onNextMessageBox([](QMessageBox *info) { info->accept(); });
            aside->click();
        });
        SessionStore store;
        QVERIFY(StoreOpener::open(&store, path));
        QCOMPARE(store.sessionCount(), 0);
        const QStringList kept = QDir(dir.path()).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(hashOf(dir.filePath(kept.first())), before);
    }
};

QTEST_MAIN(TestStoreOpener)
#include "tst_storeopener.moc"
