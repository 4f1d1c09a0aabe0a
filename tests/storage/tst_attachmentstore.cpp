#include "attachmentfixtures.h"
#include "models/conversation.h"
#include "models/transcriptmodel.h"
#include "storage/attachmentfile.h"
#include "storage/sessionstore.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

// The attachments table on a real file: stored once per content, linked in order, gone with
// the last message that carried them, and a failed link leaves no half-written message.
class TestAttachmentStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_store.reset(new SessionStore);
        QVERIFY(m_store->open(TestUtil::dbPath(*m_dir)));
    }

    void storedOnceAndReadBackInOrder()
    {
        QString error;
        const auto image
            = AttachmentFile::fromData(QStringLiteral("a.png"), AttachmentFixtures::png(QSize(8, 8)), &error);
        const auto text
            = AttachmentFile::fromData(QStringLiteral("b.md"), QByteArray("# Notes\n\nKeep this.\n"), &error);
        QVERIFY2(image && text, qPrintable(error));
        QCOMPARE(text->mimeType, QStringLiteral("text/markdown"));
        QCOMPARE(text->text, QStringLiteral("# Notes\n\nKeep this.\n"));
        const qint64 session = m_store->createSession();
        const qint64 first = add(session, 0, {*image, *text});
        const qint64 second = add(session, first, {*text});
        QVERIFY(first && second);
        QCOMPARE(m_store->attachmentCount(), 2);

        const auto loaded = m_store->message(first);
        QCOMPARE(loaded->attachments.size(), 2);
        QCOMPARE(loaded->attachments.at(0).name, QStringLiteral("a.png"));
        QCOMPARE(loaded->attachments.at(0).sha256, image->sha256);
        QCOMPARE(QSize(loaded->attachments.at(0).width, loaded->attachments.at(0).height), QSize(8, 8));
        QVERIFY(loaded->attachments.at(0).data.isEmpty()); // only when asked for
        QCOMPARE(*m_store->attachmentData(image->sha256), image->data);
        QCOMPARE(m_store->branch(second).last().attachments.first().text, text->text);

        // A new message may point at a stored file without carrying its bytes again.
        Attachment reference = *image;
        reference.data.clear();
        reference.name = QStringLiteral("again.png");
        QVERIFY(add(session, second, {reference}));
        QCOMPARE(m_store->attachmentCount(), 2);
    }

    void aFileGoesWithItsLastMessage()
    {
        QString error;
        const auto image
            = AttachmentFile::fromData(QStringLiteral("a.png"), AttachmentFixtures::png(QSize(8, 8)), &error);
        const qint64 keep = m_store->createSession();
        const qint64 drop = m_store->createSession();
        QVERIFY(add(keep, 0, {*image}) && add(drop, 0, {*image}));
        QVERIFY(m_store->deleteSession(drop));
        QCOMPARE(m_store->purgeDeleted(drop), 1);
        QCOMPARE(m_store->attachmentCount(), 1);
        QVERIFY(m_store->deleteSession(keep));
        QCOMPARE(m_store->purgeDeleted(keep), 1);
        QCOMPARE(m_store->attachmentCount(), 0);
        QSqlQuery links(db());
        QVERIFY(links.exec(QStringLiteral("SELECT COUNT(*) FROM message_attachments")) && links.next());
        QCOMPARE(links.value(0).toInt(), 0);
    }

    void aMissingFileStoresNoMessage()
    {
        // A reference to a file that is not stored (another process deleted its last message).
        Attachment ghost;
        ghost.sha256 = QString(64, u'0');
        ghost.name = QStringLiteral("gone.png");
        ghost.mimeType = QStringLiteral("image/png");
        const qint64 session = m_store->createSession();
        QSignalSpy errors(m_store.get(), &SessionStore::storageError);
        QCOMPARE(add(session, 0, {ghost}), 0);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(m_store->messageCount(session), 0);
    }

    void anEditKeepsTheFiles()
    {
        QString error;
        const auto image
            = AttachmentFile::fromData(QStringLiteral("a.png"), AttachmentFixtures::png(QSize(8, 8)), &error);
        // Written through the Conversation, seen through the model that wraps it.
        Conversation conversation(m_store.get());
        TranscriptModel model(&conversation);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        conversation.setSession(m_store->createSession());
        QVERIFY(conversation.appendMessage(MessageRole::User, QStringLiteral("look"), {*image}));
        QVERIFY(conversation.editMessage(0, QStringLiteral("look again")));
        QCOMPARE(model.rowCount(), 1);
        const QVariantList files = model.index(0).data(TranscriptModel::AttachmentsRole).toList();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().toMap().value(QStringLiteral("sha256")).toString(), image->sha256);
        QCOMPARE(m_store->attachmentCount(), 1);
        QVERIFY(model.messageAt(0).attachments.first().data.isEmpty()); // rows do not hold the bytes
    }

private:
    QSqlDatabase db() const { return QSqlDatabase::database(m_store->connectionName()); }
    qint64 add(qint64 session, qint64 parent, const QList<Attachment> &files)
    {
        Message m;
        m.sessionId = session;
        m.parentId = parent;
        m.role = QStringLiteral("user");
        m.content = QStringLiteral("with files");
        m.attachments = files;
        return m_store->addMessage(m);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionStore> m_store;
};

QTEST_MAIN(TestAttachmentStore)
#include "tst_attachmentstore.moc"
