#include "models/contextbuilder.h"
#include "models/transcriptmodel.h"
#include "storage/sessionstore.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTest>

class TestContextBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        CONFAB_REQUIRE_BACKEND();
        m_dir.reset(new QTemporaryDir);
        m_store.reset(new SessionStore);
        QVERIFY(m_store->open(TestUtil::dbPath(*m_dir)));
        m_model.reset(new TranscriptModel(m_store.get()));
    }

    void unlimitedSendsTheWholeBranchAfterRestart()
    {
        const QString path = m_store->path();
        const qint64 session = TestUtil::makeSession(m_store.get(), 40);
        m_model.reset();
        m_store.reset(new SessionStore); // "restart"
        QVERIFY(m_store->open(path));
        m_model.reset(new TranscriptModel(m_store.get()));
        m_model->conversation()->setPageSize(7);
        m_model->conversation()->setSession(session);

        ContextSettings settings;
        settings.systemPrompt = QStringLiteral("Be brief.");
        const ContextWindow window
            = ContextBuilder::loadAndBuild(m_model->conversation(), settings, QStringLiteral("next"));
        QCOMPARE(window.turns.size(), 41);
        QCOMPARE(window.turns.first(), (ChatTurn {QStringLiteral("user"), QStringLiteral("u1")}));
        QCOMPARE(window.turns.at(39), (ChatTurn {QStringLiteral("assistant"), QStringLiteral("a20")}));
        QCOMPARE(window.turns.last(), (ChatTurn {QStringLiteral("user"), QStringLiteral("next")}));
        QCOMPARE(window.systemPrompt, QStringLiteral("Be brief."));
        QCOMPARE(window.droppedMessages, 0);
        QVERIFY(!window.olderNotLoaded);
        QCOMPARE(m_model->rowCount(), 40); // it loaded the older pages it needed
    }

    void messageLimitCutsWholeTurns_data()
    {
        QTest::addColumn<int>("maxMessages");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("4") << 4
                           << QStringList {QStringLiteral("u4"), QStringLiteral("a4"), QStringLiteral("u5"),
                                  QStringLiteral("a5")};
        // 3 would split a turn: the whole older turn goes instead.
        QTest::newRow("3") << 3 << QStringList {QStringLiteral("u5"), QStringLiteral("a5")};
        // The newest turn is never dropped, even when it alone is over the limit.
        QTest::newRow("1") << 1 << QStringList {QStringLiteral("u5"), QStringLiteral("a5")};
        QTest::newRow("0 = no limit")
            << 0
            << QStringList {QStringLiteral("u1"), QStringLiteral("a1"), QStringLiteral("u2"),
                   QStringLiteral("a2"), QStringLiteral("u3"), QStringLiteral("a3"), QStringLiteral("u4"),
                   QStringLiteral("a4"), QStringLiteral("u5"), QStringLiteral("a5")};
    }

    void messageLimitCutsWholeTurns()
    {
        QFETCH(int, maxMessages);
        QFETCH(QStringList, expected);
        m_model->conversation()->setSession(TestUtil::makeSession(m_store.get(), 10));
        ContextSettings settings;
        settings.maxMessages = maxMessages;
        const ContextWindow window = ContextBuilder(m_model->conversation()).build(settings);
        m_model->conversation()->setContextWindow(window);
        QCOMPARE(contents(window), expected);
        QCOMPARE(window.droppedMessages, 10 - int(expected.size()));
        QCOMPARE(window.overBudget, maxMessages > 0 && int(expected.size()) > maxMessages);
        // The model marks exactly the rows sent.
        const int first = 10 - int(expected.size());
        QCOMPARE(m_model->contextStartId(), m_model->messageAt(first).id);
        for (int row = 0; row < 10; ++row)
            QCOMPARE(
                m_model->data(m_model->index(row), TranscriptModel::InContextRole).toBool(), row >= first);
    }

    void pendingMessageIsTheNewestTurn()
    {
        m_model->conversation()->setSession(TestUtil::makeSession(m_store.get(), 4));
        ContextSettings settings;
        settings.maxMessages = 1;
        const ContextWindow window
            = ContextBuilder(m_model->conversation()).build(settings, QStringLiteral("new question"));
        QCOMPARE(window.turns.size(), 1);
        QCOMPARE(window.turns.first().content, QStringLiteral("new question"));
        QCOMPARE(window.firstMessageId, 0);
        QCOMPARE(window.droppedMessages, 4);
    }

    void tokenBudgetCountsSystemPromptAndUsesCalibration()
    {
        const qint64 session = m_store->createSession();
        m_model->conversation()->setSession(session);
        // Each message: 40 ASCII characters = 10 tokens + 4 framing = 14.
        for (int i = 0; i < 6; ++i)
            m_model->conversation()->appendMessage(
                i % 2 ? QStringLiteral("assistant") : QStringLiteral("user"),
                QString(40, QLatin1Char('a' + i)));
        ContextSettings settings;
        settings.systemPrompt = QString(40, QLatin1Char('s')); // 14 tokens
        settings.tokenBudget = 14 + 4 * 14; // room for two turns
        ContextWindow window = ContextBuilder(m_model->conversation()).build(settings);
        QCOMPARE(window.turns.size(), 4);
        QCOMPARE(window.estimatedTokens, 70);
        QVERIFY(!window.overBudget);

        settings.tokenRatio = 1.5; // the server counts 50% more than we estimate: one turn fits
        window = ContextBuilder(m_model->conversation()).build(settings);
        QCOMPARE(window.turns.size(), 2);
        QCOMPARE(window.rawEstimate, 42);
        QCOMPARE(window.estimatedTokens, 63);
    }

    void skipsFailedEmptyAndStreamingRows()
    {
        const qint64 session = m_store->createSession();
        m_model->conversation()->setSession(session);
        m_model->conversation()->appendMessage(QStringLiteral("user"), QStringLiteral("q1"));
        const qint64 failed = m_model->conversation()->beginReply({});
        m_model->conversation()->appendToReply(failed, QStringLiteral("partial before the error"));
        m_model->conversation()->finishReply(
            failed, MessageState::Error, {}, -1, -1, QStringLiteral("HTTP 500"));
        m_model->conversation()->appendMessage(QStringLiteral("user"), QStringLiteral("q1 again"));
        const qint64 stopped = m_model->conversation()->beginReply({});
        m_model->conversation()->appendToReply(stopped, QStringLiteral("kept although stopped"));
        m_model->conversation()->finishReply(stopped, MessageState::Stopped);
        m_model->conversation()->appendMessage(QStringLiteral("user"), QStringLiteral("q2"));
        const qint64 empty = m_model->conversation()->beginReply({});
        m_model->conversation()->finishReply(empty, MessageState::Stopped);
        m_model->conversation()->appendMessage(QStringLiteral("user"), QStringLiteral("q3"));
        m_model->conversation()->beginReply({}); // streaming now

        const ContextWindow window = ContextBuilder(m_model->conversation()).build({});
        QCOMPARE(contents(window),
            (QStringList {QStringLiteral("q1"), QStringLiteral("q1 again"),
                QStringLiteral("kept although stopped"), QStringLiteral("q2"), QStringLiteral("q3")}));
    }

    void limitedWindowDoesNotLoadTheWholeHistory()
    {
        m_model->conversation()->setPageSize(10);
        m_model->conversation()->setSession(TestUtil::makeSession(m_store.get(), 1000));
        ContextSettings settings;
        settings.maxMessages = 6;
        const ContextWindow window = ContextBuilder(m_model->conversation()).build(settings);
        QCOMPARE(window.turns.size(), 6);
        QCOMPARE(m_model->rowCount(), 10);
        QVERIFY(window.olderNotLoaded);
    }

    void buildChangesNothingTheCallerLoads()
    {
        m_model->conversation()->setPageSize(7);
        m_model->conversation()->setSession(TestUtil::makeSession(m_store.get(), 40));
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        const ContextWindow partial = ContextBuilder(m_model->conversation()).build({});
        QCOMPARE(m_model->rowCount(), 7); // build() is const in deed: nothing loaded
        QCOMPARE(inserted.count(), 0);
        QVERIFY(partial.needsOlderRows);
        const ContextWindow full = ContextBuilder::loadAndBuild(m_model->conversation(), {});
        QVERIFY(!full.needsOlderRows);
        QCOMPARE(full.turns.size(), 40);
        QCOMPARE(m_model->rowCount(), 40);
    }

    void markerRolesFollowTheWindow()
    {
        m_model->conversation()->setSession(TestUtil::makeSession(m_store.get(), 10));
        ContextSettings settings;
        settings.maxMessages = 4;
        m_model->conversation()->setContextWindow(ContextBuilder(m_model->conversation()).build(settings));
        const auto marker = [this](int row) {
            return m_model->index(row).data(TranscriptModel::ContextMarkerRole).toInt();
        };
        for (int row = 0; row < 10; ++row)
            QCOMPARE(marker(row), row == 6 ? 6 : -1); // on the first row sent: 6 earlier rows left out
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        settings.maxMessages = 0;
        m_model->conversation()->setContextWindow(ContextBuilder(m_model->conversation()).build(settings));
        for (int row = 0; row < 10; ++row)
            QCOMPARE(marker(row), -1); // everything is sent: no marker
        // The rows sent changed for all; the marker only for the row that had it.
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 6);
        QCOMPARE(changed.at(1).at(1).toModelIndex().row(), 6);
        QVERIFY(changed.at(1).at(2).value<QList<int>>().contains(TranscriptModel::ContextSummaryRole));
    }

    void summaryAndTruncationAreRoles()
    {
        m_model->conversation()->setSession(TestUtil::makeSession(m_store.get(), 10));
        ContextSettings settings;
        settings.maxMessages = 4;
        m_model->conversation()->setContextWindow(ContextBuilder(m_model->conversation()).build(settings));
        // The marker's size in words, on its row only: what the delegate draws after the count.
        for (int row = 0; row < 10; ++row) {
            const QString summary = m_model->index(row).data(TranscriptModel::ContextSummaryRole).toString();
            QCOMPARE(summary.contains(QLatin1String(" tokens")), row == 6);
        }
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->conversation()->markTruncated(m_model->messageAt(9).id));
        QVERIFY(m_model->index(9).data(TranscriptModel::TruncatedRole).toBool());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 9);
        QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int> {TranscriptModel::TruncatedRole});
    }

    void estimatesAndCalibration()
    {
        QCOMPARE(ContextBuilder::estimateTokens(QString(400, QLatin1Char('x'))), 100);
        QCOMPARE(ContextBuilder::estimateTokens(QStringLiteral("你好世界")), 4);
        QCOMPARE(ContextBuilder::estimateTokens(QString()), 0);
        QCOMPARE(ContextBuilder::calibrate(1.0, 100, 100), 1.0);
        QCOMPARE(ContextBuilder::calibrate(1.0, 100, 200), 0.3 + 0.7 * 2.0);
        QCOMPARE(ContextBuilder::calibrate(1.0, 100, 100000), 0.3 + 0.7 * 4.0); // clamped
        QCOMPARE(ContextBuilder::calibrate(1.2, 0, 50), 1.2);
    }

private:
    static QStringList contents(const ContextWindow &window)
    {
        QStringList list;
        for (const ChatTurn &t : window.turns)
            list << t.content;
        return list;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<TranscriptModel> m_model;
};

QTEST_GUILESS_MAIN(TestContextBuilder)
#include "tst_contextbuilder.moc"
