#include "attachmentfixtures.h"
#include "storage/attachmentfile.h"
#include "storage/sessionstore.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// confab-cli copy: an SQLite file of 10,000 messages into the other backend (a server on the
// PostgreSQL run) and from there into a new file, every chat identical by show --json; a copy
// that fails or is killed halfway is finished by a rerun, which skips what is there.
class TestCliCopy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        CONFAB_REQUIRE_BACKEND();
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        // Built once; each test copies from a copy of the file.
        m_template = m_templateDir.filePath(QStringLiteral("source.sqlite"));
        buildSource(m_template, 1000);
        m_shownSource = shownChats(m_template);
        QCOMPARE(m_shownSource.size(), 10);
        // The interrupted copies need chats, not volume.
        m_smallTemplate = m_templateDir.filePath(QStringLiteral("small.sqlite"));
        buildSource(m_smallTemplate, 30);
    }

    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_source = m_dir->filePath(QStringLiteral("source.sqlite"));
        const bool small = QByteArray(QTest::currentTestFunction()) != "copiesEveryChatThereAndBack";
        QVERIFY(QFile::copy(small ? m_smallTemplate : m_template, m_source));
        m_middle = TestUtil::dbPath(*m_dir, QStringLiteral("middle.sqlite"));
        m_back = m_dir->filePath(QStringLiteral("back.sqlite"));
    }

    void copiesEveryChatThereAndBack()
    {
        const TestUtil::CliResult there = copy(m_source, m_middle);
        QVERIFY2(there.exitCode == 0, there.err.constData());
        QVERIFY2(there.err.contains("10/10 chats (10 copied, 0 already there"), there.err.constData());
        const TestUtil::CliResult back = copy(m_middle, m_back);
        QVERIFY2(back.exitCode == 0, back.err.constData());
        QCOMPARE(shownChats(m_middle), m_shownSource);
        QCOMPARE(shownChats(m_back), m_shownSource);
        QCOMPARE(trees(m_back), trees(m_source)); // the alternatives not shown too
        SessionStore back2;
        QVERIFY(back2.open(m_back));
        QCOMPARE(back2.attachmentCount(), 2); // still stored once per content
    }

    void aFailedChatIsReportedAndARerunFinishes()
    {
        // A damaged tree in the source (a message before its parent) cannot be copied as it is.
        SessionStore source;
        QVERIFY(source.open(m_source));
        const QList<SessionInfo> chats = source.sessions(100);
        const SessionInfo damaged = chats.at(3);
        const QList<Message> branch = source.branch(damaged.currentLeafId);
        QVERIFY(branch.size() > 2);
        QSqlDatabase db = QSqlDatabase::database(source.connectionName());
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("UPDATE messages SET parent_id = ? WHERE id = ?")));
        q.addBindValue(branch.last().id);
        q.addBindValue(branch.at(1).id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        const TestUtil::CliResult first = copy(m_source, m_middle);
        QCOMPARE(first.exitCode, 1);
        QVERIFY2(first.err.contains("comes before its parent"), first.err.constData());
        QVERIFY2(
            first.err.contains("10/10 chats (9 copied, 0 already there, 1 failed)"), first.err.constData());

        QVERIFY(q.prepare(QStringLiteral("UPDATE messages SET parent_id = ? WHERE id = ?")));
        q.addBindValue(branch.at(0).id);
        q.addBindValue(branch.at(1).id);
        QVERIFY(q.exec());
        const TestUtil::CliResult rerun = copy(m_source, m_middle);
        QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
        QVERIFY2(
            rerun.err.contains("10/10 chats (1 copied, 9 already there, 0 failed)"), rerun.err.constData());
        QCOMPARE(shownChats(m_middle), shownChats(m_source));
    }

    void aKilledCopyResumes()
    {
        if (!TestUtil::onPostgres())
            QSKIP("needs a server: a row lock there holds the copy at a known chat");
        // The fifth chat's uuid, taken by an open transaction: the copy waits there, after four
        // chats have committed, and is killed while it waits.
        SessionStore source;
        QVERIFY(source.open(m_source));
        QList<SessionInfo> chats = source.sessions(100);
        std::sort(chats.begin(), chats.end(),
            [](const SessionInfo &a, const SessionInfo &b) { return a.id < b.id; });
        SessionStore middle;
        QVERIFY(middle.open(m_middle));
        QSqlDatabase db = QSqlDatabase::database(middle.connectionName());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.prepare(
            QStringLiteral("INSERT INTO sessions (uuid, created_at, updated_at) VALUES (?, 0, 0)")));
        q.addBindValue(chats.at(4).uuid);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(TestUtil::binary(QStringLiteral("confab-cli")),
            {QStringLiteral("copy"), QStringLiteral("--from"), m_source, QStringLiteral("--to"), m_middle});
        QVERIFY(process.waitForStarted());
        QByteArray progress;
        QTRY_VERIFY_WITH_TIMEOUT(
            (progress += process.readAllStandardError(), progress.contains("4/10 chats")), 20000);
        process.kill();
        QVERIFY(process.waitForFinished());
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(middle.sessionCount(), 4);

        const TestUtil::CliResult rerun = copy(m_source, m_middle);
        QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
        QVERIFY2(
            rerun.err.contains("10/10 chats (6 copied, 4 already there, 0 failed)"), rerun.err.constData());
        QCOMPARE(shownChats(m_middle), shownChats(m_source));
    }

private:
    // 10 chats of `messagesPerChat` messages (10,000 in all for the big one), one transaction: alternatives,
    // files (one content in two chats), per-chat settings, every state; and an 11th in the trash, which is
    // not copied.
    void buildSource(const QString &path, int messagesPerChat)
    {
        SessionStore store;
        QVERIFY(store.open(path));
        QString error;
        const auto image
            = AttachmentFile::fromData(QStringLiteral("a.png"), AttachmentFixtures::png(QSize(8, 8)), &error);
        const auto notes
            = AttachmentFile::fromData(QStringLiteral("notes.md"), QByteArray("# Notes\n\nkeep\n"), &error);
        QVERIFY2(image && notes, qPrintable(error));
        QList<SessionTree> trees;
        for (int s = 0; s < 11; ++s) {
            SessionTree tree;
            tree.session.uuid = QStringLiteral("copy-test-%1").arg(s);
            tree.session.title = QStringLiteral("Chat %1 · ünïcode 🙂").arg(s);
            tree.session.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000000 + s * 1000, Qt::UTC);
            tree.session.updatedAt = tree.session.createdAt.addSecs(60);
            tree.session.pinned = s == 2;
            tree.session.systemPrompt = s % 3 == 0 ? QStringLiteral("Be terse.") : QString();
            tree.session.model = QStringLiteral("model-%1").arg(s % 2);
            tree.session.settings
                = QJsonObject {{QStringLiteral("maxMessages"), 10 + s}, {QStringLiteral("temperature"), 0.5}};
            for (int i = 0; i < messagesPerChat; ++i) {
                Message m;
                const bool alternative = i % 100 == 99; // a second reply beside the one before
                m.role = i % 2 == 0 ? QStringLiteral("user") : QStringLiteral("assistant");
                m.content = QStringLiteral("chat %1 message %2 %3").arg(s).arg(i).arg(QString(i % 7, u'x'));
                m.createdAt = tree.session.createdAt.addMSecs(i);
                m.createdMicros = i % 1000;
                if (m.role == QLatin1String("assistant")) {
                    m.model = tree.session.model;
                    m.promptTokens = i;
                    m.completionTokens = i / 2;
                    m.finishReason = QStringLiteral("stop");
                    m.reasoning = i % 10 == 1 ? QStringLiteral("thinking %1").arg(i) : QString();
                }
                if (i == 5)
                    m.state = MessageState::Stopped;
                if (i == 7) {
                    m.state = MessageState::Error;
                    m.error = QStringLiteral("HTTP 500");
                }
                if (i == 10)
                    m.attachments = {*image, *notes};
                if (i == 20 && s == 1)
                    m.attachments = {*image};
                tree.messages << m;
                tree.parents << (alternative ? i - 2 : i - 1);
            }
            trees << tree;
        }
        QCOMPARE(store.importTrees(trees).size(), 11);
        QVERIFY(store.deleteSession(store.sessionByUuid(QStringLiteral("copy-test-10"))->id));
    }

    // Not runCli(): 10,000 rows into a server of a busy CI machine may take longer than its 20 s.
    TestUtil::CliResult copy(const QString &from, const QString &to)
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(TestUtil::binary(QStringLiteral("confab-cli")),
            {QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
        QSignalSpy finished(&process, &QProcess::finished);
        if (!process.waitForStarted() || (process.state() != QProcess::NotRunning && !finished.wait(120000)))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    // Every chat's show --json, by uuid, with the store's own ids replaced by positions (all of
    // them from one `show`: a process per chat would be most of this test's time).
    QMap<QString, QJsonObject> shownChats(const QString &db)
    {
        QMap<QString, QJsonObject> shown;
        const TestUtil::CliResult list = TestUtil::runCli(
            {QStringLiteral("--db"), db, QStringLiteral("sessions"), QStringLiteral("--json")}, m_env);
        QStringList show {QStringLiteral("--db"), db, QStringLiteral("show"), QStringLiteral("--json")};
        const QJsonArray sessions = QJsonDocument::fromJson(list.out).array();
        for (const QJsonValue &v : sessions)
            show << QString::number(v.toObject().value(QLatin1String("id")).toInteger());
        if (sessions.isEmpty())
            return shown;
        const TestUtil::CliResult all = TestUtil::runCli(show, m_env);
        const QJsonDocument doc = QJsonDocument::fromJson(all.out);
        const QJsonArray chats = sessions.size() == 1 ? QJsonArray {doc.object()} : doc.array();
        for (const QJsonValue &cv : chats) {
            QJsonObject chat = cv.toObject();
            QHash<qint64, int> position;
            QJsonArray messages;
            for (const QJsonValue &mv : chat.value(QLatin1String("messages")).toArray()) {
                QJsonObject m = mv.toObject();
                const qint64 parent = m.value(QLatin1String("parent_id")).toInteger();
                position.insert(m.value(QLatin1String("id")).toInteger(), int(messages.size()));
                m.insert(QStringLiteral("id"), int(messages.size()));
                m.insert(QStringLiteral("parent_id"), parent ? position.value(parent, -2) : -1);
                messages.append(m);
            }
            chat.insert(QStringLiteral("messages"), messages);
            chat.remove(QStringLiteral("id"));
            shown.insert(chat.value(QLatin1String("uuid")).toString(), chat);
        }
        return shown;
    }

    // Every message of every chat (alternatives too), by uuid: what the store keeps.
    QMap<QString, QStringList> trees(const QString &db)
    {
        SessionStore store;
        if (!store.open(db))
            return {};
        QMap<QString, QStringList> all;
        for (const SessionInfo &s : store.sessions(100)) {
            QString error;
            const auto tree = store.sessionTree(s, &error);
            QStringList rows;
            for (int i = 0; tree && i < tree->messages.size(); ++i) {
                const Message &m = tree->messages.at(i);
                QStringList files;
                for (const Attachment &a : m.attachments)
                    files << a.name + QLatin1Char('=') + a.sha256 + QLatin1Char('/')
                            + QString::number(a.data.size());
                rows << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                            .arg(tree->parents.at(i))
                            .arg(m.role, messageStateToString(m.state), m.content, m.reasoning, m.error,
                                files.join(QLatin1Char(',')))
                            .arg(m.createdAt.toMSecsSinceEpoch() * 1000 + m.createdMicros);
            }
            all.insert(s.uuid, rows);
        }
        return all;
    }

    QProcessEnvironment m_env;
    QTemporaryDir m_templateDir;
    QString m_template;
    QString m_smallTemplate;
    QMap<QString, QJsonObject> m_shownSource;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_source;
    QString m_middle;
    QString m_back;
};

QTEST_MAIN(TestCliCopy)
#include "tst_cli_copy.moc"
