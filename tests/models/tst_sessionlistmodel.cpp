#include "models/searchmodel.h"
#include "models/sessionlistmodel.h"
#include "storage/sessionstore.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestSessionListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        CONFAB_REQUIRE_BACKEND();
        m_dir.reset(new QTemporaryDir);
        m_store.reset(new SessionStore);
        QVERIFY(m_store->open(TestUtil::dbPath(*m_dir)));
    }

    void pagesThroughManySessions()
    {
        for (int i = 0; i < 250; ++i)
            m_store->createSession(QStringLiteral("s%1").arg(i));
        SessionListModel model(m_store.get());
        QCOMPARE(model.rowCount(), SessionListModel::DefaultPageSize);
        QVERIFY(model.canFetchMore({}));
        model.setPageSize(170);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 230);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.data(model.index(0), SessionListModel::TitleRole).toString(), QStringLiteral("s249"));
        QCOMPARE(model.data(model.index(249), SessionListModel::TitleRole).toString(), QStringLiteral("s0"));

        // The tester fetches on its own; the pages must still join up.
        SessionListModel tested(m_store.get());
        tested.setPageSize(40);
        QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (tested.canFetchMore({}))
            tested.fetchMore({});
        QCOMPARE(tested.rowCount(), 250);
        QCOMPARE(
            tested.data(tested.index(249), SessionListModel::TitleRole).toString(), QStringLiteral("s0"));
    }

    void followsTheStore()
    {
        SessionListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 old = TestUtil::makeSession(m_store.get(), 2, QStringLiteral("old"));
        QTest::qWait(5); // distinct updated_at
        const qint64 newer = TestUtil::makeSession(m_store.get(), 2, QStringLiteral("newer"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), SessionListModel::IdRole).toLongLong(), newer);
        QCOMPARE(model.data(model.index(1), SessionListModel::PreviewRole).toString(), QStringLiteral("u1"));
        QCOMPARE(model.data(model.index(1), SessionListModel::MessageCountRole).toInt(), 2);

        // A new message moves a session to the top.
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QTest::qWait(5);
        Message m;
        m.sessionId = old;
        m.parentId = m_store->session(old)->currentLeafId;
        m.role = QStringLiteral("user");
        m.content = QStringLiteral("again");
        QVERIFY(m_store->addMessage(m));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(model.data(model.index(0), SessionListModel::IdRole).toLongLong(), old);
        QCOMPARE(model.data(model.index(0), SessionListModel::MessageCountRole).toInt(), 3);

        // Pinning moves the other one above it, in the Pinned section.
        QVERIFY(m_store->setPinned(newer, true));
        QCOMPARE(model.data(model.index(0), SessionListModel::IdRole).toLongLong(), newer);
        QCOMPARE(
            model.data(model.index(0), SessionListModel::SectionRole).toString(), QStringLiteral("Pinned"));
        QVERIFY(m_store->renameSession(old, QStringLiteral("renamed")));
        QCOMPARE(model.data(model.index(1), Qt::DisplayRole).toString(), QStringLiteral("renamed"));

        QVERIFY(m_store->deleteSession(newer));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(m_store->restoreSession(newer));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfId(newer), 0);
    }

    void aDeletedChatStaysDeletedWhenItsReplyFinishes()
    {
        SessionListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 id = TestUtil::makeSession(m_store.get(), 1, QStringLiteral("streaming"));
        Message reply;
        reply.sessionId = id;
        reply.parentId = m_store->session(id)->currentLeafId;
        reply.role = QStringLiteral("assistant");
        reply.state = MessageState::Streaming;
        reply.id = m_store->addMessage(reply);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(m_store->deleteSession(id)); // undo still possible
        QCOMPARE(model.rowCount(), 0);
        reply.state = MessageState::Stopped; // the reply ends after the delete
        QVERIFY(m_store->finishMessage(reply));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(m_store->session(id)->deleted);
        QVERIFY(m_store->restoreSession(id));
        QCOMPARE(model.rowCount(), 1);
    }

    void sectionsByDate_data()
    {
        QTest::addColumn<int>("daysAgo");
        QTest::addColumn<QString>("section");
        QTest::newRow("today") << 0 << QStringLiteral("Today");
        QTest::newRow("yesterday") << 1 << QStringLiteral("Yesterday");
        QTest::newRow("5 days") << 5 << QStringLiteral("Previous 7 days");
        QTest::newRow("20 days") << 20 << QStringLiteral("Previous 30 days");
        QTest::newRow("old") << 400 << QStringLiteral("Older");
    }

    void sectionsByDate()
    {
        QFETCH(int, daysAgo);
        QFETCH(QString, section);
        m_store->createSession(QStringLiteral("x"));
        SessionListModel model(m_store.get());
        model.setNow(QDateTime::currentDateTime().addDays(daysAgo));
        QCOMPARE(model.data(model.index(0), SessionListModel::SectionRole).toString(), section);
    }

    void searchModelShowsSnippets()
    {
        const qint64 s = m_store->createSession(QStringLiteral("Recipes"));
        Message m;
        m.sessionId = s;
        m.role = QStringLiteral("user");
        m.content = QStringLiteral("How long do I bake <bread> at 220 degrees?");
        m_store->addMessage(m);
        SearchModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(QStringLiteral("bread"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), SearchModel::SessionIdRole).toLongLong(), s);
        QCOMPARE(model.data(model.index(0), SearchModel::SnippetRole).toString(), m.content);
        QCOMPARE(model.data(model.index(0), SearchModel::SnippetHtmlRole).toString(),
            QStringLiteral("How long do I bake &lt;<b>bread</b>&gt; at 220 degrees?"));
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void renamesInPlace()
    {
        const qint64 first = m_store->createSession(QStringLiteral("first"));
        const qint64 second = m_store->createSession(QStringLiteral("second"));
        SessionListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex row = model.index(model.rowOfId(first));
        QVERIFY(model.flags(row).testFlag(Qt::ItemIsEditable));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(row, QStringLiteral("  Renamed  "), SessionListModel::TitleRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_store->session(first)->title, QStringLiteral("Renamed"));
        QCOMPARE(model.data(model.index(model.rowOfId(first)), SessionListModel::TitleRole).toString(),
            QStringLiteral("Renamed"));
        // Qt::EditRole (what a default editor commits) renames too; other roles do not.
        QVERIFY(model.setData(model.index(model.rowOfId(second)), QStringLiteral("Other"), Qt::EditRole));
        QCOMPARE(m_store->session(second)->title, QStringLiteral("Other"));
        QVERIFY(!model.setData(model.index(model.rowOfId(second)), true, SessionListModel::PinnedRole));
        QVERIFY(!m_store->session(second)->pinned);
        QVERIFY(!model.setData(QModelIndex(), QStringLiteral("x"), SessionListModel::TitleRole));
        QCOMPARE(model.rowCount(), 2);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionStore> m_store;
};

QTEST_GUILESS_MAIN(TestSessionListModel)
#include "tst_sessionlistmodel.moc"
